import { safeSheetName, validateSheetName } from "../../../src/core/layout/sheet-names";

describe("validateSheetName (Excel's rules)", () => {
  it.each([
    ["", /empty/],
    ["   ", /only spaces/],
    ["x".repeat(32), /32 characters/],
    ["Year 7/8", /"\/"/],
    ["a[b]", /"\["/],
    ["What?", /"\?"/],
    ["'Quoted", /apostrophe/],
    ["Quoted'", /apostrophe/],
    ["history", /reserved/],
  ])("refuses %j", (name, message) => {
    expect(validateSheetName(name)).toMatch(message);
  });

  it("accepts 31 characters, inner apostrophes and unicode, and compares without case", () => {
    expect(validateSheetName("x".repeat(31))).toBeNull();
    expect(validateSheetName("St Mary's (C of E)")).toBeNull();
    expect(validateSheetName("Ysgol Gymraeg Bro Dinefwr")).toBeNull();
    expect(validateSheetName("ÉCOLE", ["école"])).toMatch(/already used by sheet "école"/);
  });
});

describe("safeSheetName", () => {
  it("replaces forbidden characters and trims apostrophes and spaces", () => {
    expect(safeSheetName("Card: Year 7/8 [Oak]*")).toBe("Card- Year 7-8 (Oak)-");
    expect(safeSheetName("'Oak'")).toBe("Oak");
    expect(safeSheetName("''")).toBe("Sheet");
  });

  it("cuts to 31 characters and resolves collisions made by the cut", () => {
    const long = "Card - The Very Long Named Academy Trust School";
    const first = safeSheetName(long, []);
    expect(first).toHaveLength(31);
    const second = safeSheetName(long, [first]);
    expect(second).toMatch(/ \(2\)$/);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(safeSheetName(long, [first, second])).toMatch(/ \(3\)$/);
  });

  it("treats History and case-insensitive clashes as taken", () => {
    expect(safeSheetName("History")).toBe("History (2)");
    expect(safeSheetName("oak", ["OAK", "Oak (2)"])).toBe("oak (3)");
  });

  it("writes an inner apostrophe as a typographic one (ExcelJS's print area cannot quote it)", () => {
    expect(safeSheetName("St Mary's Primary")).toBe("St Mary\u2019s Primary");
  });

  it("never ends with an apostrophe after cutting", () => {
    const name = safeSheetName(`${"a".repeat(30)}'b`);
    expect(name.endsWith("'")).toBe(false);
    expect(validateSheetName(name)).toBeNull();
  });
});
