import { describeContents } from "../../../src/taskpane/components/WorkbookSummary";

describe("the first screen's workbook line", () => {
  it("counts sheets a person can see or unhide, not TrustTier's very hidden settings", () => {
    expect(
      describeContents({
        name: "Trust.xlsx",
        sheets: [
          { name: "Schools", visibility: "visible" },
          { name: "Old", visibility: "hidden" },
          { name: "TrustTier_Settings", visibility: "veryHidden" },
        ],
        tables: [{ name: "Schools", sheet: "Schools", headers: ["URN"], rowCount: 12 }],
        calculation: "automatic",
      })
    ).toBe("2 sheets · 1 table");
  });

  it("uses singular and plural correctly, including none", () => {
    expect(
      describeContents({
        name: "Book1.xlsx",
        sheets: [{ name: "Sheet1", visibility: "visible" }],
        tables: [],
        calculation: "automatic",
      })
    ).toBe("1 sheet · 0 tables");
  });
});
