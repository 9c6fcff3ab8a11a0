import { historyTable } from "../../../src/core/meeting";
import { historyCells } from "../../../src/core/meeting/history-grid";
import {
  headerRow,
  readCanonicalTable,
  rowUnderHeaders,
  targetsTable,
} from "../../../src/core/import";

describe("a row written by column key under the table's own headers", () => {
  it("follows moved and renamed-variant columns and leaves a person's own columns null", () => {
    const headers = ["Target", "My note", "academic_year", "URN", "=calculated", "Measure"];
    const cells = rowUnderHeaders(targetsTable, headers, {
      urn: 900101,
      measure: "attendance",
      year: "2025/26",
      target: 95,
    });
    expect(cells).toEqual([95, null, "2025/26", 900101, null, "attendance"]);
    // Read back by the same definition, it is the row written.
    const read = readCanonicalTable(targetsTable, [headers, cells]);
    expect(read.problems).toEqual([]);
    expect(read.rows[0].value).toEqual({
      urn: 900101,
      measure: "attendance",
      year: "2025/26",
      target: 95,
    });
  });

  it("writes TrustTier's own order when given the definition's header row", () => {
    const row = {
      rowId: "M1",
      meetingDate: "2025-10-15",
      urn: 900101,
      framework: "tiers",
      agreed: "Lead",
    } as const;
    const cells = rowUnderHeaders(historyTable, headerRow(historyTable), historyCells(row));
    expect(cells[0]).toBe("M1");
    expect(cells.filter((cell) => cell === "")).toEqual([]);
    expect(cells).toHaveLength(historyTable.columns.length);
  });
});
