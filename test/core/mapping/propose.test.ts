import { getBuiltinFramework } from "../../../src/core/frameworks";
import {
  chooseColumn,
  columnsFromSaved,
  criterionTargets,
  mappingByHeader,
  proposeMapping,
  savedMappingSchema,
  scoreHeader,
  type MappingTarget,
} from "../../../src/core/mapping";
import { parsed, invalid } from "../../../src/core/values/parsed";

const category = getBuiltinFramework("category");
if (!category) throw new Error("category framework missing");

const yesNo: MappingTarget = {
  id: "flag",
  label: "Flag",
  aliases: [],
  sniff: true,
  read: (value) => (value === "yes" || value === "no" ? parsed(value) : invalid("not yes/no")),
};

describe("scoreHeader", () => {
  const target: MappingTarget = {
    id: "attendance",
    label: "Attendance and PA",
    aliases: ["PA"],
  };
  it("matches exactly after normalising case, spacing and punctuation", () => {
    expect(scoreHeader(" attendance & pa ", target)).toMatchObject({ kind: "exact", score: 1 });
  });
  it("matches partially when half the words are shared", () => {
    const score = scoreHeader("Attendance 2024", target);
    expect(score.kind).toBe("partial");
    expect(score.score).toBeGreaterThan(0.5);
    expect(score.score).toBeLessThan(1);
  });
  it("never matches a short alias inside a longer header", () => {
    expect(scoreHeader("PA target", target).kind).toBe("none");
  });
});

describe("proposeMapping", () => {
  it("sniffs a criterion from its values when the header says nothing", () => {
    const grid = [["Column 7"], ["Good"], ["Requires improvement"], ["Outstanding"]];
    const proposal = proposeMapping(criterionTargets(category), grid, { sheet: "S" });
    expect(proposal.columns[0].target).toBe("criterion:ofsted");
    expect(proposal.columns[0].basis).toBe("values look like it; 3 of 3 values fit");
    expect(proposal.columns[0].confidence).toBeLessThan(0.8);
  });

  it("does not pick one of several criteria whose values are the same words", () => {
    // "No issues / Minor issues" fits QA visits, Partnership review and Other external reports.
    const grid = [["Notes"], ["No issues"], ["Minor issues"]];
    const proposal = proposeMapping(criterionTargets(category), grid, { sheet: "S" });
    expect(proposal.columns[0].target).toBeNull();
    expect(proposal.columns[0].candidates.map((c) => c.target)).toEqual(
      expect.arrayContaining(["criterion:qa", "criterion:partnership", "criterion:external"])
    );
  });

  it("never sniffs a target from a column of numbers", () => {
    const grid = [["Score"], [1], [2], [3]];
    const proposal = proposeMapping(criterionTargets(category), grid, { sheet: "S" });
    expect(proposal.columns[0].target).toBeNull();
  });

  it("doubts a header whose values do not fit, and gives each target one column", () => {
    const grid = [
      ["Flag", "flag "],
      ["maybe", "yes"],
      ["perhaps", "no"],
    ];
    const proposal = proposeMapping([yesNo], grid, { sheet: "S" });
    expect(proposal.columns.map((c) => c.target)).toEqual([null, "flag"]);
    expect(proposal.columns[0].candidates[0].confidence).toBe(0.4);
  });

  it("lists required targets no column holds", () => {
    const required: MappingTarget = { id: "urn", label: "URN", aliases: [], required: true };
    expect(proposeMapping([required], [["Name"]], { sheet: "S" }).missingRequired).toEqual(["urn"]);
  });
});

describe("corrections and the saved mapping", () => {
  it("moves a target to the chosen column and unmaps the column's previous target", () => {
    expect(chooseColumn({ a: 0, b: 1 }, 1, "a")).toEqual({ a: 1 });
    expect(chooseColumn({ a: 0, b: 1 }, 0, null)).toEqual({ b: 1 });
  });

  it("saves by header text, so moved columns are still found, and reports vanished headers", () => {
    const saved = mappingByHeader({ "criterion:ofsted": 2, "school:urn": 0 }, [
      "URN",
      "x",
      "Ofsted",
    ]);
    expect(saved).toEqual({ "criterion:ofsted": "Ofsted", "school:urn": "URN" });
    expect(columnsFromSaved(saved, ["Ofsted", "Name"])).toEqual({
      columnOf: { "criterion:ofsted": 0 },
      missing: [{ target: "school:urn", header: "URN" }],
    });
  });

  it("validates a saved mapping read back from the settings sheet", () => {
    const good = {
      version: 1,
      source: { kind: "table", name: "Schools" },
      framework: "tiers",
      columns: { "criterion:ofsted": "OFSTEDRATING" },
    };
    expect(savedMappingSchema.safeParse(good).success).toBe(true);
    expect(savedMappingSchema.safeParse({ ...good, version: 2 }).success).toBe(false);
    expect(savedMappingSchema.safeParse({ ...good, columns: "OFSTEDRATING" }).success).toBe(false);
  });
});
