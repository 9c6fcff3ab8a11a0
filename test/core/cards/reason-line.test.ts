import { REASON_HEIGHT } from "../../../src/core/cards/header";
import { columnLetter } from "../../../src/core/layout/a1";
import { type CardTables } from "../../../src/features/cards";
import { demoCardTables } from "./demo-card-tables";
import { tiersCardOf } from "./tiers-card";

const URN = 900110;

const card = (tables: CardTables) => tiersCardOf(tables, URN);

/** The demo's Schools without its reason column (as before anything is classified). */
function withoutReason(): CardTables {
  const tables = demoCardTables();
  const { ref, grid } = tables.schools;
  const keep = ref.headers.flatMap((h, i) => (h === "Tier reason" ? [] : [i]));
  const cut = grid.map((row) => keep.map((i) => row[i]));
  return { ...tables, schools: { ref: { ...ref, headers: cut[0].map(String) }, grid: cut } };
}

describe("the reason line in the card's header", () => {
  it("shows the Schools table's reason live, wrapped across the card, with room for two lines", () => {
    const tables = demoCardTables();
    const c = card(tables);
    const at = c.headerCells.reason!;
    expect(c.layout.cells.find((x) => x.row === at.row && x.col === 0)?.value).toBe(
      "Reason (proposed)"
    );
    const cell = c.layout.cells.find((x) => x.row === at.row && x.col === 1)!;
    expect(cell.formula).toContain("Schools[URN],$B$2");
    // The demo's "Tier reason" column (written by classify, ensureLevelColumns), by its letter.
    const { ref } = tables.schools;
    const col = columnLetter(ref.firstCol + ref.headers.indexOf("Tier reason"));
    expect(cell.formula).toContain(`INDEX('${ref.sheet}'!$${col}:$${col},`);
    expect(cell.style).toMatchObject({ wrapText: true });
    expect(c.layout.merges).toContainEqual({ row: at.row, col: 1, cols: 11 });
    expect(c.layout.rowHeights).toContainEqual({ row: at.row, height: REASON_HEIGHT });
    expect(c.layout.print).toMatchObject({ fitTo: { wide: 1, tall: 1 } });
  });

  it("is left out when Schools has no reason column (nothing classified yet)", () => {
    const c = card(withoutReason());
    expect(c.headerCells.reason).toBeUndefined();
    expect(c.layout.cells.some((x) => x.value === "Reason (proposed)")).toBe(false);
  });
});
