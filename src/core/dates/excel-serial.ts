import { dayNumberToIso, isoToDayNumber, type IsoDate } from "./iso";

/**
 * Excel's 1900 date system. Serial 1 is 1900-01-01. Excel, copying Lotus 1-2-3, counts a
 * 29 February 1900 that never existed as serial 60, so from serial 61 (1 March 1900) on the
 * day number is one higher than the calendar's. Sources: Microsoft, "Excel incorrectly assumes
 * that the year 1900 is a leap year" (KB 214326), and "Date systems in Excel".
 */
const DAY_NUMBER_OF_SERIAL_ZERO_AFTER_BUG = -25569; // 1899-12-30
const DAY_NUMBER_OF_SERIAL_ZERO_BEFORE_BUG = -25568; // 1899-12-31
const LAST_SERIAL = 2958465; // 9999-12-31

export type SerialConversion = { ok: true; value: IsoDate } | { ok: false; message: string };

/** The calendar date of an Excel serial; a time of day (the fraction) is dropped. */
export function excelSerialToIso(serial: number): SerialConversion {
  if (!Number.isFinite(serial))
    return { ok: false, message: `${serial} is not a date serial number` };
  const whole = Math.floor(serial);
  if (whole < 1 || whole > LAST_SERIAL) {
    return {
      ok: false,
      message: `${serial} is outside Excel's dates (1 = 1900-01-01 to ${LAST_SERIAL} = 9999-12-31)`,
    };
  }
  if (whole === 60) {
    return {
      ok: false,
      message:
        "serial 60 is 29 February 1900, a day that does not exist (Excel's 1900 leap-year quirk)",
    };
  }
  const base =
    whole < 60 ? DAY_NUMBER_OF_SERIAL_ZERO_BEFORE_BUG : DAY_NUMBER_OF_SERIAL_ZERO_AFTER_BUG;
  return { ok: true, value: dayNumberToIso(base + whole) };
}

/** The Excel serial of a calendar date from 1900-01-01 on. */
export function isoToExcelSerial(date: IsoDate): number {
  const dayNumber = isoToDayNumber(date);
  const serial = dayNumber - DAY_NUMBER_OF_SERIAL_ZERO_AFTER_BUG;
  if (serial >= 61) return serial;
  const early = dayNumber - DAY_NUMBER_OF_SERIAL_ZERO_BEFORE_BUG;
  if (early < 1) throw new RangeError(`${date} is before Excel's first date, 1900-01-01`);
  return early;
}
