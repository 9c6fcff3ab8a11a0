import {
  classify,
  FRAMEWORK_TABLE_COLUMNS,
  frameworkFromTable,
  frameworkToTable,
  getBuiltinFramework,
  type Classification,
} from "../../../src/core";

const column = (name: (typeof FRAMEWORK_TABLE_COLUMNS)[number]) =>
  FRAMEWORK_TABLE_COLUMNS.indexOf(name);
const levelOf = (result: Classification) =>
  result.status === "classified" ? result.level.name : result.status;
const floorIds = (result: Classification) =>
  result.status === "classified" ? result.floors.map((floor) => floor.id) : [];

const support = getBuiltinFramework("support")!;
const goodSchool = {
  rsc: "Strengths and areas for development",
  ofsted: "Good",
  hip: "Strengths and areas for development",
  finance: "Few concerns",
  safeguarding: "Few concerns",
  complaints: "Very few",
  website: "Meets all statutory requirements",
};

describe("floors the seeds do not set are labelled TrustTier proposal (issue 14, item 12)", () => {
  it.each([
    [
      "support",
      [
        "warning-notice",
        "ri-twice",
        "at-risk-sm",
        "at-risk-sm-hip",
        "ri",
        "safeguarding-review",
        "safeguarding-inspection",
        "finance-delegation",
        "concern",
        "concern-value",
      ],
    ],
    [
      "tiers",
      [
        "unstable-leadership",
        "ineffective-governance",
        "ineffective-safeguarding",
        "safeguarding-inspection",
        "concern",
        "concern-value",
      ],
    ],
    ["category", ["concern", "concern-value", "safeguarding-inspection"]],
    ["stages", ["concern", "concern-value", "safeguarding-inspection"]],
  ])("%s: each floor's source says TrustTier proposal and quotes its criterion", (id, floors) => {
    const framework = getBuiltinFramework(id)!;
    for (const floorId of floors) {
      const floor = framework.floors.find((f) => f.id === floorId);
      expect(floor?.source).toMatch(/^TrustTier proposal .*Criterion: /);
    }
  });

  it("seed 000 'at risk of SM/SW' (HIP visits) is the seed's criterion; the floor on it can be switched off in the table", () => {
    const values = { ...goodSchool, hip: "At risk of special measures" };
    expect(floorIds(classify(support, { values }, { asOf: "2025-03-01" }))).toEqual([
      "at-risk-sm-hip",
    ]);

    const table = frameworkToTable(support);
    const row = table.findIndex(
      (cells) => cells[0] === "floor" && cells[column("Id")] === "at-risk-sm-hip"
    );
    expect(table[row][column("Applies")]).toBe("Yes");
    table[row][column("Applies")] = "No";
    const edited = frameworkFromTable(table);
    if (!edited.ok) throw new Error(JSON.stringify(edited.problems));
    expect(edited.framework.floors.find((f) => f.id === "at-risk-sm-hip")?.off).toBe(true);
    const result = classify(edited.framework, { values }, { asOf: "2025-03-01" });
    expect(floorIds(result)).toEqual([]);
    // Best fit alone: one High row among six Low ones.
    expect(levelOf(result)).toBe("Low support");
    // Switched off, it stays in the table when exported again.
    expect(frameworkToTable(edited.framework)[row][column("Applies")]).toBe("No");
  });

  it("reads a table copied before the Applies column existed, every floor on", () => {
    const table = frameworkToTable(support).map((cells) => cells.slice(0, column("Applies")));
    const back = frameworkFromTable(table);
    expect(back.ok && back.framework.floors.every((floor) => !floor.off)).toBe(true);
  });

  it("refuses an Applies cell that is not Yes or No, naming row and column", () => {
    const table = frameworkToTable(support);
    const row = table.findIndex((cells) => cells[0] === "floor");
    table[row][column("Applies")] = "sometimes";
    const back = frameworkFromTable(table);
    expect(back.ok ? [] : back.problems).toEqual([
      {
        code: "invalid",
        row: row + 1,
        header: "Applies",
        message: "Applies must be Yes or No (blank is Yes)",
      },
    ]);
  });
});

describe("seed 000, finance: 'the board will temporarily remove delegated responsibility' (issue 14, item 11)", () => {
  it("a Good school with serious/complex financial concerns is not Low support and carries the delegation consequence", () => {
    const result = classify(
      support,
      { values: { ...goodSchool, finance: "Serious/complex concerns" } },
      { asOf: "2025-03-01" }
    );
    expect(levelOf(result)).toBe("Medium support");
    expect(result.status === "classified" && result.bestFit?.name).toBe("Low support");
    const floor = result.status === "classified" ? result.floors[0] : undefined;
    expect(floor?.id).toBe("finance-delegation");
    expect(floor?.consequence).toContain(
      "the board will temporarily remove delegated responsibility for specific, or all, functions from the local governing body"
    );
    expect(result.warnings.join(" ")).toContain("finance functions");
    expect(result.status === "classified" && result.level.support).not.toContain("earned autonomy");
  });
});
