import {
  isBlank,
  isSuppressed,
  normaliseText,
  parseDate,
  parseNumber,
  suppressionOf,
} from "../../../src/core/values";

describe("normaliseText", () => {
  it("ignores case, spacing, accents and punctuation, and reads & as and", () => {
    expect(normaliseText(" Req.  Improvement ")).toBe("req improvement");
    expect(normaliseText("REQ-IMPROVEMENT")).toBe("req improvement");
    expect(normaliseText("Safeguarding, health & safety review")).toBe(
      "safeguarding health and safety review"
    );
    expect(normaliseText("Café")).toBe("cafe");
  });
});

describe("isBlank", () => {
  it("treats null, undefined and spaces as blank, but not zero or FALSE", () => {
    expect([null, undefined, "", "   "].every((value) => isBlank(value))).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});

describe("DfE suppression codes", () => {
  it.each(["c", "x", "z", "SUPP", "NE", "supp", " [c] ", "[low]", "LOWCOV"])(
    "'%s' is not available, not an error",
    (code) => {
      expect(isSuppressed(code)).toBe(true);
      expect(parseNumber(code)).toMatchObject({ ok: false, kind: "suppressed" });
    }
  );

  it("keeps the code so it can be shown, and marks z (not applicable)", () => {
    expect(suppressionOf("[z]")).toMatchObject({ code: "z", notApplicable: true });
    expect(suppressionOf("SUPP")).toMatchObject({ code: "SUPP", notApplicable: false });
    expect(parseNumber("c")).toMatchObject({ code: "c" });
  });

  it("does not read ordinary words or numbers as codes", () => {
    expect(isSuppressed("cat")).toBe(false);
    expect(isSuppressed(0)).toBe(false);
  });
});

describe("parseNumber", () => {
  it.each([
    [45, 45],
    ["45", 45],
    ["45%", 45],
    ["45.2 %", 45.2],
    ["-5.1", -5.1],
    ["+3", 3],
    ["1,234", 1234],
    [" 0.5 ", 0.5],
  ])("reads %p as %p", (cell, expected) => {
    expect(parseNumber(cell)).toEqual({ ok: true, value: expected });
  });

  it("names the value and the forms expected for text that is not a number", () => {
    const result = parseNumber("about 45");
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    expect(result.ok ? "" : result.message).toContain("'about 45' is not a number");
  });

  it("rejects booleans, infinities and malformed thousands", () => {
    expect(parseNumber(true).ok).toBe(false);
    expect(parseNumber(Infinity).ok).toBe(false);
    expect(parseNumber("1,23").ok).toBe(false);
    expect(parseNumber("")).toMatchObject({ ok: false, kind: "blank" });
  });
});

describe("parseDate", () => {
  it.each([
    ["2019-07-02", "2019-07-02"],
    ["20190702", "2019-07-02"],
    [20190702, "2019-07-02"],
    ["02/07/2019", "2019-07-02"],
    ["2/7/2019", "2019-07-02"],
    ["22nd October 2024", "2024-10-22"],
    ["1 Sept 2025", "2025-09-01"],
    ["2024-10-22T00:00:00Z", "2024-10-22"],
    [43648, "2019-07-02"],
    [43648.75, "2019-07-02"],
  ])("reads %p as %s", (cell, expected) => {
    expect(parseDate(cell)).toEqual({ ok: true, value: expected });
  });

  it("reads a JavaScript Date in UTC, as exceljs gives them", () => {
    expect(parseDate(new Date(Date.UTC(2024, 8, 1)))).toEqual({ ok: true, value: "2024-09-01" });
  });

  it("reads UK dates day first, and rejects impossible days", () => {
    expect(parseDate("13/02/2020")).toEqual({ ok: true, value: "2020-02-13" });
    expect(parseDate("02/13/2020").ok).toBe(false);
    expect(parseDate("31/02/2020").ok).toBe(false);
    expect(parseDate("29/02/2024")).toEqual({ ok: true, value: "2024-02-29" });
  });

  it("asks for a four-digit year rather than guessing a century", () => {
    const result = parseDate("02/07/19");
    expect(result.ok ? "" : result.message).toContain("two-digit year");
  });

  it("names the value and the accepted forms for unknown text", () => {
    const result = parseDate("next Tuesday");
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    expect(result.ok ? "" : result.message).toMatch(
      /'next Tuesday' is not recognised as a date; expected a date such as 2019-07-02/
    );
  });

  it("treats blanks and suppression codes as not available", () => {
    expect(parseDate(null)).toMatchObject({ ok: false, kind: "blank" });
    expect(parseDate("x")).toMatchObject({ ok: false, kind: "suppressed", code: "x" });
  });
});
