import { columnSpecifier, structuredColumn } from "../../../src/core/layout/a1";
import { findExcelName, sameExcelName } from "../../../src/core/layout/sheet-names";
import { layoutProblems, validateTableName } from "../../../src/core/layout/validate-layout";
import { normaliseText } from "../../../src/core/values/text";

describe("structured references (Microsoft, Using structured references with Excel tables)", () => {
  it("names a plain header, or one with spaces only, in one pair of brackets", () => {
    expect(structuredColumn("Measures", "Value")).toBe("Measures[Value]");
    expect(structuredColumn("DeptSales", "Sales Amount")).toBe("DeptSales[Sales Amount]");
    expect(columnSpecifier("Inspection_Date")).toBe("[Inspection_Date]");
  });

  it("encloses a header with a special character in brackets of its own", () => {
    expect(structuredColumn("Inspections", "Post-16")).toBe("Inspections[[Post-16]]");
    expect(structuredColumn("DeptSalesFYSummary", "Total$Amount")).toBe(
      "DeptSalesFYSummary[[Total$Amount]]"
    );
    expect(columnSpecifier("Personal development and well-being")).toBe(
      "[[Personal development and well-being]]"
    );
  });

  it("escapes [ ] # and ' with a single quotation mark", () => {
    expect(structuredColumn("DeptSalesFYSummary", "#OfItems")).toBe(
      "DeptSalesFYSummary[['#OfItems]]"
    );
    expect(columnSpecifier("QA [visits] #1 'peer'")).toBe("[[QA '[visits'] '#1 ''peer'']]");
  });
});

describe("two name comparisons", () => {
  it("Excel's: sheet, table and header names differ only in case, never in spelling", () => {
    expect(sameExcelName("Inspection date", "INSPECTION DATE")).toBe(true);
    expect(sameExcelName("Écoles", "écoles")).toBe(true);
    expect(sameExcelName("Inspection date", "Inspection_Date")).toBe(false);
    expect(findExcelName(["Schools", "Measures"], "MEASURES")).toBe("Measures");
  });

  it("labels': spacing, punctuation and case do not matter", () => {
    expect(normaliseText("Inspection_Date")).toBe(normaliseText("Inspection date"));
  });

  it("a table name shares its namespace with defined names, and headers are unique in a table", () => {
    expect(validateTableName("Targets", ["TARGETS"])).toMatch(/already used .*"TARGETS"/);
    expect(validateTableName("Targets", ["Measures"])).toBeNull();
    const problems = layoutProblems({
      name: "Data",
      cells: [],
      tables: [{ name: "T", row: 0, col: 0, headers: ["URN", "urn"], rows: [] }],
    });
    expect(problems.join("\n")).toMatch(/repeats header "urn"/);
  });
});
