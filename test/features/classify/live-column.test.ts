import { matchHeadersToCriteria } from "../../../src/core/classify/headers";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { structuredName } from "../../../src/core/layout/a1";
import { planLiveColumn } from "../../../src/features/classify/live-column";
import { tier } from "../../../src/functions/catalogue/tier";
import { demoTables } from "../demo-fixtures";

const category = getBuiltinFramework("category")!;
const headers = demoTables().Schools[0].map(String);

/** The mapping Connect proposes where every header is one the framework knows. */
function mappingFor(names: readonly string[]) {
  const match = matchHeadersToCriteria(category, names);
  return Object.fromEntries(Object.entries(match.columnOf).map(([id, i]) => [id, names[i]]));
}

describe("the live formula column", () => {
  it("spans the mapped evidence columns of the demo's Schools table with the per-row pattern", () => {
    const plan = planLiveColumn({
      table: { name: "Schools", headers },
      framework: category,
      mapping: mappingFor(headers),
    });
    expect(plan).toEqual({
      ok: true,
      header: "Category (live)",
      formula:
        '=TRUST.TIER("category",Schools[[#Headers],[Ofsted]:[Other external reports]],Schools[@[Ofsted]:[Other external reports]],TODAY())',
    });
  });

  it("gives, row by row, what TRUST.TIER gives over the whole row: the span holds all it reads", () => {
    const plan = planLiveColumn({
      table: { name: "Schools", headers },
      framework: category,
      mapping: mappingFor(headers),
    });
    if (!plan.ok) throw new Error(plan.problems.map((p) => p.message).join("\n"));
    const [, from, to] = /\[\[#Headers\],\[(.+?)\]:\[(.+?)\]\]/.exec(plan.formula)!;
    const [first, last] = [headers.indexOf(from), headers.indexOf(to)];
    const rows = demoTables().Schools.slice(1);
    const asOf = 46220;
    const overSpan = tier(
      "category",
      [headers.slice(first, last + 1)],
      rows.map((r) => r.slice(first, last + 1)),
      asOf
    );
    expect(overSpan).toEqual(tier("category", [headers], rows, asOf));
    const levels = (overSpan as unknown[][]).flat().filter((cell) => typeof cell === "string");
    expect(levels.length).toBeGreaterThan(10);
  });

  it("reads a workbook framework table with TRUST.TIERFROM", () => {
    const plan = planLiveColumn({
      table: { name: "Schools", headers },
      framework: category,
      frameworkTable: "Framework_category",
      mapping: mappingFor(headers),
    });
    expect(plan.ok && plan.formula).toMatch(
      /^=TRUST\.TIERFROM\(Framework_category\[#All\],Schools\[\[#Headers\]/
    );
  });

  it("refuses a mapped column the function would not recognise by its header, saying what to do", () => {
    const renamed = headers.map((h) => (h === "Ofsted" ? "Inspection verdict" : h));
    const mapping = { ...mappingFor(headers), ofsted: "Inspection verdict" };
    const plan = planLiveColumn({
      table: { name: "Schools", headers: renamed },
      framework: category,
      mapping,
    });
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.problems.map((p) => p.message).join("\n")).toContain(
      'TRUST.TIER would not read "Inspection verdict" as Ofsted: it matches columns by header. Rename the column "Ofsted", or copy the framework into the workbook (Frameworks tab) and add "Inspection verdict" to its aliases.'
    );
  });

  it("refuses a span holding a recognised column the mapping leaves out", () => {
    const mapping = { ...mappingFor(headers), qa: null };
    const plan = planLiveColumn({
      table: { name: "Schools", headers },
      framework: category,
      mapping,
    });
    expect(!plan.ok && plan.problems.map((p) => p.message).join("\n")).toMatch(
      /would read "QA visits" as .*which the mapping does not use/
    );
  });

  it("refuses when the result column sits among the evidence (a circular reference)", () => {
    const withResult = [...headers.slice(0, 8), "Category (live)", ...headers.slice(8)];
    const plan = planLiveColumn({
      table: { name: "Schools", headers: withResult },
      framework: category,
      mapping: mappingFor(withResult),
    });
    expect(!plan.ok && plan.problems[0].message).toContain("circular reference");
  });

  it("names a mapped column that has gone, and a table with no mapping", () => {
    const gone = planLiveColumn({
      table: { name: "Schools", headers },
      framework: category,
      mapping: { ofsted: "Ofsted grade (old)" },
    });
    expect(!gone.ok && gone.problems).toEqual([
      {
        code: "missing",
        header: "Ofsted grade (old)",
        message: 'Column "Ofsted grade (old)" (mapped to Ofsted) is no longer in table Schools.',
      },
    ]);
    const none = planLiveColumn({
      table: { name: "Schools", headers },
      framework: category,
      mapping: {},
    });
    expect(!none.ok && none.problems[0].message).toContain("connect the table first");
  });

  it("escapes the characters structured references reserve", () => {
    expect(structuredName("QA [visits] #1 'peer'")).toBe("QA '[visits'] '#1 ''peer''");
  });
});
