import {
  academicYearOf,
  addMonths,
  defaultHalfTerms,
  excelSerialToIso,
  halfTermsFor,
  isoToExcelSerial,
  nextHalfTermStart,
  nextTermStart,
  nextYearStart,
  parseAcademicYear,
  weekdayOf,
  type HalfTerm,
} from "../../../src/core/dates";

describe("Excel serial dates (1900 system)", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45658, "2025-01-01"],
    [43648, "2019-07-02"],
  ])("serial %i is %s", (serial, iso) => {
    expect(excelSerialToIso(serial)).toEqual({ ok: true, value: iso });
    expect(isoToExcelSerial(iso)).toBe(serial);
  });

  it("refuses serial 60, Excel's non-existent 29 February 1900", () => {
    const result = excelSerialToIso(60);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toContain("leap-year");
  });

  it("refuses serials outside Excel's range", () => {
    expect(excelSerialToIso(0).ok).toBe(false);
    expect(excelSerialToIso(2958466).ok).toBe(false);
  });

  it("round-trips every day across the years trusts use", () => {
    for (let serial = 36526; serial < 36526 + 365 * 40; serial += 17) {
      const converted = excelSerialToIso(serial);
      expect(converted.ok && isoToExcelSerial(converted.value)).toBe(serial);
    }
  });
});

describe("academic years", () => {
  it("runs September to August", () => {
    expect(academicYearOf("2024-09-01")).toBe("2024/25");
    expect(academicYearOf("2025-08-31")).toBe("2024/25");
    expect(academicYearOf("2099-12-01")).toBe("2099/00");
  });

  it.each(["2024/25", "2024-25", "2024/2025", "2024 to 2025", "202425"])(
    "reads '%s' as 2024/25",
    (text) => {
      expect(parseAcademicYear(text)).toEqual({ ok: true, value: "2024/25" });
    }
  );

  it("rejects years that do not follow on", () => {
    expect(parseAcademicYear("2024/26").ok).toBe(false);
  });
});

describe("half terms", () => {
  const terms = defaultHalfTerms("2024/25");

  it("gives six default half terms, labelled as defaults, each starting on a Monday and ending on a Friday", () => {
    expect(terms.map((term) => term.name)).toEqual([
      "Autumn 1",
      "Autumn 2",
      "Spring 1",
      "Spring 2",
      "Summer 1",
      "Summer 2",
    ]);
    expect(
      terms.every(
        (term) => term.isDefault && weekdayOf(term.start) === 1 && weekdayOf(term.end) === 5
      )
    ).toBe(true);
    expect(terms[0].start).toBe("2024-09-02");
    expect(terms[5].end >= "2025-07-14" && terms[5].end <= "2025-07-25").toBe(true);
  });

  it("lets a trust's TermDates rows override the defaults by name", () => {
    const own: HalfTerm = {
      academicYear: "2024/25",
      name: "Spring 1",
      start: "2025-01-07",
      end: "2025-02-14",
      isDefault: false,
    };
    const merged = halfTermsFor("2024/25", [own]);
    expect(merged[2]).toBe(own);
    expect(merged[0].isDefault).toBe(true);
  });

  it("finds the next half-term, term and year start strictly after a date", () => {
    expect(nextHalfTermStart("2024-09-02")).toBe(terms[1].start);
    expect(nextTermStart("2024-10-01")).toBe(terms[2].start);
    expect(nextTermStart("2025-06-01")).toBe("2025-09-01");
    expect(nextYearStart("2024-09-01")).toBe("2024-09-02");
  });

  it("adds calendar months, clamping to the month's end", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-11-15", 3)).toBe("2025-02-15");
  });
});
