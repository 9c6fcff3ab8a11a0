import {
  StaleNamesError,
  allNeeds,
  confirmNames,
  frameworkNeeds,
  missingNames,
  sourceNeeds,
} from "../../../src/features/workbook";
import type { WorkbookDescription } from "../../../src/port";

const before: WorkbookDescription = {
  name: "Trust.xlsx",
  calculation: "automatic",
  sheets: [
    { name: "Data", visibility: "visible" },
    { name: "Framework_tiers", visibility: "visible" },
    { name: "Notes", visibility: "visible" },
  ],
  tables: [
    { name: "Schools", sheet: "Data", headers: ["URN", "Name"], rowCount: 9 },
    { name: "Framework_tiers", sheet: "Framework_tiers", headers: ["Level"], rowCount: 4 },
  ],
};

describe("checking names before an action", () => {
  it("passes when every name is still there, compared without case as Excel does", () => {
    expect(missingNames(before, before, { tables: ["schools"], sheets: ["DATA"] })).toEqual([]);
    expect(() => confirmNames(before, before, { tables: ["Schools"] })).not.toThrow();
  });

  it("names a renamed table's new name: a new table on the same sheet with the same headers", () => {
    const now = {
      ...before,
      tables: [{ ...before.tables[0], name: "SchoolList" }, before.tables[1]],
    };
    expect(missingNames(before, now, { tables: ["Schools"] })).toEqual([
      { kind: "table", name: "Schools", renamedTo: "SchoolList" },
    ]);
  });

  it("does not guess a rename for a deleted table, or for a new table with other headers", () => {
    const deleted = { ...before, tables: [before.tables[1]] };
    expect(missingNames(before, deleted, { tables: ["Schools"] })).toEqual([
      { kind: "table", name: "Schools" },
    ]);
    const other = {
      ...before,
      tables: [{ ...before.tables[0], name: "Pupils", headers: ["UPN"] }, before.tables[1]],
    };
    expect(missingNames(before, other, { tables: ["Schools"] })).toEqual([
      { kind: "table", name: "Schools" },
    ]);
  });

  it("names a renamed sheet's new name by its tab position", () => {
    const now = {
      ...before,
      sheets: [
        before.sheets[0],
        { name: "Our framework", visibility: "visible" as const },
        before.sheets[2],
      ],
    };
    expect(missingNames(before, now, { sheets: ["Framework_tiers"] })).toEqual([
      { kind: "sheet", name: "Framework_tiers", renamedTo: "Our framework" },
    ]);
  });

  it("says what is gone, that nothing was written and what to do", () => {
    const now = { ...before, sheets: [before.sheets[0]], tables: [] };
    const needs = allNeeds(
      sourceNeeds({ kind: "table", name: "Schools" }),
      frameworkNeeds({ kind: "workbook", sheet: "Framework_tiers", table: "Framework_tiers" })
    );
    let thrown: unknown;
    try {
      confirmNames(before, now, needs);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StaleNamesError);
    const message = (thrown as Error).message;
    expect(message).toContain('The table "Schools" is no longer in this workbook');
    expect(message).toContain('The table "Framework_tiers" is no longer in this workbook');
    expect(message).toContain('The sheet "Framework_tiers" is no longer in this workbook');
    expect(message).toContain("Nothing was written.");
    expect(message).toContain("choose again above");
  });

  it("needs nothing for a built-in framework, and the sheet for a source read as a range", () => {
    expect(frameworkNeeds({ kind: "builtin" })).toEqual({});
    expect(sourceNeeds({ kind: "sheet", name: "Data" })).toEqual({ sheets: ["Data"] });
  });
});
