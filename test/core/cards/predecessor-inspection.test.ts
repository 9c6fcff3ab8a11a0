import { type AcademyCard } from "../../../src/core/cards";
import { PREDECESSOR_WORDS } from "../../../src/core/cards/ofsted-section";
import { type CardTables } from "../../../src/features/cards";
import { demoCardTables } from "./demo-card-tables";
import { tiersCardOf as card } from "./tiers-card";

/** The demo's Inspections with the columns an import writes: Predecessor and Predecessor URN. */
function withPredecessorColumns(tables: CardTables, keep: readonly string[]): CardTables {
  const inspections = tables.inspections!;
  const [headers, ...rows] = inspections.grid;
  const kept = headers.flatMap((h, i) => (/^predecessor/i.test(String(h)) ? [] : [i]));
  const added = ["Predecessor", "Predecessor URN"].filter((h) => keep.includes(h));
  const grid = [
    [...kept.map((i) => headers[i]), ...added],
    ...rows.map((row) => [
      ...kept.map((i) => row[i]),
      ...added.map((h) => (h === "Predecessor" ? "Yes" : 122713)),
    ]),
  ];
  return {
    ...tables,
    inspections: {
      ...inspections,
      ref: { ...inspections.ref, headers: grid[0].map(String) },
      grid,
    },
  };
}

const URN = 900110;
const predecessorCells = (c: AcademyCard) =>
  c.layout.cells.filter((cell) => cell.formula?.includes(PREDECESSOR_WORDS));

describe("a predecessor school's inspection on the card", () => {
  it("says 'predecessor school (URN …)' beside the type, live from the latest inspection's row", () => {
    const c = card(
      withPredecessorColumns(demoCardTables(), ["Predecessor", "Predecessor URN"]),
      URN
    );
    const [cell] = predecessorCells(c);
    const type = c.layout.cells.find((x) => x.value === "Type:")!;
    expect(cell).toMatchObject({ row: type.row, col: 4 });
    expect(cell.formula).toMatch(/^=IF\(AND\(IF\(.*<>"No",OR\(OR\(/);
    expect(cell.formula).toContain('" (URN "&');
    expect(cell.formula).toContain("Inspections[Inspection date]");
    expect(predecessorCells(c)).toHaveLength(1);
  });

  it("reads a Predecessor URN alone, and writes nothing when Inspections has neither column", () => {
    const urnOnly = card(withPredecessorColumns(demoCardTables(), ["Predecessor URN"]), URN);
    expect(predecessorCells(urnOnly)[0].formula).toContain('IF(AND(""<>"No",OR(FALSE,');
    const neither = card(withPredecessorColumns(demoCardTables(), []), URN);
    expect(predecessorCells(neither)).toEqual([]);
  });
});
