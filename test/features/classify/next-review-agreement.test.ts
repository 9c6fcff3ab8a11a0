import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { nextReviewDate } from "../../../src/core/classify/next-review";
import { excelSerialToIso } from "../../../src/core/dates/excel-serial";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { columnLetter } from "../../../src/core/import/location";
import { prepareCards } from "../../../src/features/cards";
import { classifySchools, ensureLevelColumns } from "../../../src/features/classify";
import { openMeetingRegister } from "../../../src/features/meeting";
import { call, installExcelRuntime, loadRegistered } from "../../functions/excel-runtime";
import { demoDataTablesOnly } from "../demo-fixtures";

const category = getBuiltinFramework("category")!;
// Summer 2 of 2025/26: the next half term is Autumn 1 2026/27, which the demo's TermDates start
// on Wednesday 2 September, not on TrustTier's default date.
const AS_OF = "2026-07-17";

/** The demo's data tables, Schools without any result column: every reader computes its own. */
async function trustWorkbook() {
  const port = new MemoryWorkbook("trust.xlsx");
  for (const layout of demoDataTablesOnly()) await port.writeLayout(layout, { mode: "create" });
  return port;
}

beforeAll(() => installExcelRuntime());

describe("the next review of a Category 4 school with the trust's TermDates", () => {
  it("is the same in Classify, on the card, in the register and from TRUST.NEXTREVIEW", async () => {
    const port = await trustWorkbook();
    const termDates = await port.readTable("TermDates");
    expect(termDates.rowCount).toBeGreaterThan(0);

    // Classify (the pane, the CLI, plans and the live column all call this).
    const classified = await classifySchools(port, { frameworks: [category], asOf: AS_OF });
    const school = classified.blocks[0].results.find(
      (r) => r.classification.status === "classified" && r.classification.level.id === "cat4"
    )!;
    expect(school).toBeDefined();
    const classification = school.classification;
    if (classification.status !== "classified") return;
    const expected = classification.nextReview;
    expect(expected).toBe("2026-09-02");
    // Without the TermDates the date would differ: the test tells the two apart.
    expect(nextReviewDate(classification.level.cadence, AS_OF)).not.toBe(expected);

    // Cards: the card's Next review cell reads the Schools table's "Category next review"
    // column, which the cards feature fills through the same entry point.
    expect(await ensureLevelColumns(port, { framework: category, asOf: AS_OF })).toMatchObject({
      kind: "added",
    });
    const schools = await port.readTable("Schools");
    const row = schools.rows.find((cells) => cells[schools.headers.indexOf("URN")] === school.urn)!;
    // A date serial, as the column's date format shows it.
    const onCard = row[schools.headers.indexOf("Category next review")] as number;
    expect(excelSerialToIso(onCard)).toEqual({ ok: true, value: expected });
    const prepared = await prepareCards(port, {
      frameworkId: "category",
      generatedOn: AS_OF,
      urns: [school.urn],
    });
    const card = prepared.plan.steps.find((step) => step.urn === school.urn)!;
    const column = columnLetter(
      schools.origin.col + schools.headers.indexOf("Category next review")
    );
    expect(card.layout.cells.find((cell) => cell.row === 2 && cell.col === 9)?.formula).toContain(
      `INDEX('Schools'!$${column}:$${column},`
    );

    // The register, opened for a meeting on the same date (no earlier meeting).
    const opened = await openMeetingRegister(port, { framework: category, meetingDate: AS_OF });
    const registerRow = opened.register.rows.find((r) => r.urn === school.urn)!;
    expect(registerRow.review.nextReviewDue).toBe(expected);

    // TRUST.NEXTREVIEW over the TermDates table.
    const fn = (await loadRegistered()).byId.get("NEXTREVIEW")!;
    const [[serial]] = call(
      fn,
      "category",
      [["Category 4"]],
      [[AS_OF]],
      [[...termDates.headers], ...termDates.rows]
    ) as number[][];
    expect(excelSerialToIso(serial)).toEqual({ ok: true, value: expected });
  });
});
