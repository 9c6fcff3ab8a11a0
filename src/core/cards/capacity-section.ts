import type { Canvas } from "./canvas";
import { cardColumn } from "./card-tables";
import { countIfs, lastMatchFormula, quoted } from "./formulas";
import { cardSection } from "./section";
import { findColumn } from "./sources";
import { LABEL_STYLE, LAST_COL, SECTION_STYLE } from "./style";

/**
 * Trust capacity to support: the school's leadership (a Schools evidence column, any header
 * read as the label "Leadership") and the subject areas that can support others.
 */
export const capacitySection = cardSection({
  name: "Trust capacity to support",
  write(canvas: Canvas, { sources }, { urnCell }) {
    const leadership = findColumn(sources.schools, "Leadership");
    const schoolUrn = cardColumn(sources, "schools", "urn");
    const urn = cardColumn(sources, "curriculumTiers", "urn");
    const capacity = cardColumn(sources, "curriculumTiers", "capacity");
    const tier = cardColumn(sources, "curriculumTiers", "tier");
    if (!(leadership && schoolUrn) && !(urn && capacity)) return false;
    const title = canvas.row++;
    canvas.value(title, 0, "Trust Capacity to Support", SECTION_STYLE);
    canvas.format({ row: title, col: 1, cols: LAST_COL }, SECTION_STYLE);
    const line = (label: string, formula: string) => {
      const row = canvas.row++;
      canvas.value(row, 0, label, LABEL_STYLE);
      canvas.formula(row, 1, formula, undefined, { horizontal: "left" });
      canvas.merge({ row, col: 1, cols: LAST_COL });
    };
    if (leadership && schoolUrn) {
      line("Leadership", lastMatchFormula(leadership, [{ column: schoolUrn, equals: urnCell }]));
    }
    if (urn && capacity) {
      const mine = [{ column: urn, equals: urnCell }];
      const all = countIfs(mine);
      const able = countIfs([...mine, { column: capacity, equals: quoted("Has capacity") }]);
      line(
        "Subject areas with capacity",
        `=IF(${all}=0,"",${able}&" of "&${all}&" subject areas have leadership capacity to support others")`
      );
      if (tier) {
        const strong = ["Tier 1", "Tier 2"]
          .map((t) => countIfs([...mine, { column: tier, equals: quoted(t) }]))
          .join("+");
        line(
          "Able to support (tier 1–2)",
          `=IF(${all}=0,"",(${strong})&" subject areas at curriculum tier 1 or 2")`
        );
      }
    }
    canvas.row++;
    return true;
  },
});
