import { localIsoDate, type IsoDate } from "../../core/dates/iso";

/** Today where the person is, as Excel's TODAY() gives it (never the UTC date). */
export function todayIso(): IsoDate {
  return localIsoDate(new Date());
}
