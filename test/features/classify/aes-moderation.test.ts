import { explain } from "../../../src/core/classify/explain";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { classifySchoolsGrid } from "../../../src/features/classify/classify-grid";

// Issue 14, item 14. Seed 003: "Principals and the Local Governing Boards assess the current
// classification of the academy using the TLET classification framework in the AES and rate
// how secure the current position is"; "The classification outcomes are moderated by the
// Director of Education". The leaders' own stage is an input to moderate, never evidence.
const header = [
  "URN",
  "School name",
  "Phase",
  "Ofsted",
  "Historic performance",
  "QA visits",
  "Partnership review",
  "Other external reports",
  "AES security",
  "AES classification",
];
const row = (urn: number, aes: string) => [
  urn,
  `School ${urn}`,
  "Primary",
  "Good",
  "Positive",
  "Minor issues",
  "Minor issues",
  "Minor issues",
  "Secure",
  aes,
];
const grid = [header, row(900201, "Improve"), row(900202, "Sustain"), row(900203, "")];

describe("the leaders' AES classification, read from the schools table", () => {
  const run = (id: string) =>
    classifySchoolsGrid({
      source: { sheet: "Schools", headerRow: 1, grid },
      framework: getBuiltinFramework(id)!,
      asOf: "2025-01-15",
    }).results.map((r) => r.classification);

  it("sets it against the computed stage and flags where they differ, for moderation", () => {
    const [agrees, differs, none] = run("stages");
    expect(agrees.status === "classified" && agrees.level.name).toBe("B Improve");
    expect(explain(agrees)).toContain("self-assessed (AES) B Improve, Secure: agrees");
    expect(explain(differs)).toContain(
      "self-assessed (AES) A Sustain, Secure: differs from the computed B Improve; for the Director of Education to moderate"
    );
    expect(differs.warnings.join(" ")).toContain("to moderate");
    expect(none.stated).toBeUndefined();
  });

  it("does not count it: the same evidence without it gives the same stage", () => {
    const without = classifySchoolsGrid({
      source: { sheet: "Schools", headerRow: 1, grid: grid.map((r) => r.slice(0, -1)) },
      framework: getBuiltinFramework("stages")!,
      asOf: "2025-01-15",
    }).results.map((r) => r.classification.status === "classified" && r.classification.level.id);
    expect(run("stages").map((c) => c.status === "classified" && c.level.id)).toEqual(without);
  });

  it("leaves it out for other frameworks (the AES classifies 003's stages only)", () => {
    for (const result of run("category")) expect(result.stated).toBeUndefined();
  });
});
