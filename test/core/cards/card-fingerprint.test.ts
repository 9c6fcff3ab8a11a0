import { academyCardLayout } from "../../../src/core/cards";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { layoutContent, type ContentCell } from "../../../src/core/layout/content";
import { fingerprintContent, fingerprintLayout } from "../../../src/core/layout/fingerprint";
import { levelHeaders, readCardTables } from "../../../src/features/cards";
import { renderAsExcel } from "../../support/excel-rendering";
import { demoCardTables } from "./demo-card-tables";

const tiers = getBuiltinFramework("tiers")!;
const read = readCardTables(demoCardTables());
const school = read.schools[0];
const layout = academyCardLayout({
  sheetName: "Card",
  academy: { urn: school.urn, name: school.name, phase: school.phase },
  framework: tiers,
  levels: levelHeaders(tiers),
  sources: read.sources,
  data: read.data,
  generatedOn: "2026-07-17",
  curriculumFramework: getBuiltinFramework("curriculum")!,
}).layout;
const sheetNames = Object.values(read.sources).map((table) => table!.sheet);

/** The card as Excel's Range.formulas and values give it back: formulas re-rendered, results cached. */
const readBack: ContentCell[] = layoutContent(layout).map((cell) =>
  cell.formula === undefined
    ? cell
    : { ...cell, value: "", formula: renderAsExcel(cell.formula, sheetNames) }
);

describe("a card read back with Excel's rendering", () => {
  it("differs in text from what TrustTier wrote (the rendering is exercised)", () => {
    const written = layoutContent(layout).filter((cell) => cell.formula !== undefined);
    const shown = readBack.filter((cell) => cell.formula !== undefined);
    const changed = written.filter((cell, i) => cell.formula !== shown[i].formula);
    expect(changed.length).toBeGreaterThan(10);
    // No sheet name quoted any more (apostrophes inside string literals are text, not quotes).
    const outsideLiterals = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');
    expect(readBack.some((cell) => outsideLiterals(cell.formula ?? "").includes("'"))).toBe(false);
  });

  it("is still recognised as TrustTier's own", () => {
    expect(fingerprintContent(readBack)).toBe(fingerprintLayout(layout));
  });

  it("is recognised as edited when one cell changes, whichever cell", () => {
    const expected = fingerprintLayout(layout);
    const formulaAt = readBack.findIndex((cell) => cell.formula?.includes("!$"));
    const textAt = readBack.findIndex(
      (cell) => cell.formula === undefined && typeof cell.value === "string"
    );
    const edits: ContentCell[][] = [
      readBack.map((cell, i) =>
        i === formulaAt ? { ...cell, formula: cell.formula!.replace(/!\$([A-Z]+)/, "!$Z") } : cell
      ),
      readBack.map((cell, i) =>
        i === textAt ? { ...cell, value: `${String(cell.value)}.` } : cell
      ),
      readBack.map((cell, i) =>
        i === formulaAt ? { ...cell, formula: cell.formula!.replace(/""/, '"-"') } : cell
      ),
      [...readBack, { row: 200, col: 0, value: "note" }],
      readBack.filter((_, i) => i !== textAt),
    ];
    for (const edited of edits) {
      expect(JSON.stringify(edited)).not.toBe(JSON.stringify(readBack));
      expect(fingerprintContent(edited)).not.toBe(expected);
    }
  });
});
