import {
  classify,
  curriculumTier,
  explain,
  getBuiltinFramework,
  sccNextLevel,
  type Classification,
} from "../../../src/core";

const asOf = "2025-01-15";
const levelOf = (result: Classification) =>
  result.status === "classified" ? result.level.name : result.status;

describe("tiers (001 school improvement tiers)", () => {
  const tiers = getBuiltinFramework("tiers")!;
  const run = (values: Record<string, unknown>) =>
    classify(tiers, { values: values as never }, { asOf });
  const grow = {
    attendance: "Close to national",
    teaching: "Strong and consistent",
    "national-tests": "Close to national",
    leadership: "Assuring quality",
    governance: "Strong, holds leaders to account",
    culture: "Secure",
    safeguarding: "Effective",
  };

  it("Tier 2 Grow from its descriptors, reviewed at the start of the next academic year", () => {
    const result = run(grow);
    expect(levelOf(result)).toBe("Tier 2 Grow");
    expect(result.status === "classified" && result.nextReview).toBe("2025-09-01");
    expect(result.status === "classified" && result.level.support).toContain(
      "CEO 1:1 every 4 weeks"
    );
  });

  it.each([
    ["leadership", "Unstable", "unstable-leadership"],
    ["governance", "Ineffective", "ineffective-governance"],
    ["safeguarding", "Ineffective", "ineffective-safeguarding"],
  ])("'%s: %s' puts the academy in Tier 4 Stabilise (trust led)", (criterion, value, floor) => {
    const result = run({ ...grow, [criterion]: value });
    expect(levelOf(result)).toBe("Tier 4 Stabilise");
    expect(result.status === "classified" && result.floors.map((applied) => applied.id)).toEqual([
      floor,
    ]);
  });
});

describe("curriculum (001 Trust curriculum support table)", () => {
  it.each([
    ["Secure", "Highly effective", "In line or above national", "", 1],
    ["Secure", "Effective", "Improving towards national", "", 2],
    ["Secure", "Effective", "Weak", "Yes", 3],
    ["Secure", "Ineffective", "Weak", "Has capacity", 4],
    ["Not secure", "Ineffective", "Weak", "No", 5],
  ])(
    "intent %s, implementation %s, impact %s, capacity '%s' is Tier %i",
    (intent, implementation, impact, capacity, tier) => {
      expect(curriculumTier(intent, implementation, impact, capacity)).toEqual({ ok: true, tier });
      const framework = getBuiltinFramework("curriculum")!;
      const result = classify(
        framework,
        { values: { intent, implementation, impact, capacity: capacity === "" ? null : capacity } },
        { asOf }
      );
      expect(levelOf(result)).toBe(`Tier ${tier}`);
    }
  );

  it("says 'no matching tier' for a combination the table does not hold", () => {
    expect(curriculumTier("Not secure", "Highly effective", "Weak", "No")).toMatchObject({
      ok: false,
      reason: "no matching tier",
    });
    expect(curriculumTier("Secure", "Effective", "Weak", "No")).toMatchObject({
      ok: false,
      reason: "no matching tier",
    });
  });

  it("names the value it cannot read", () => {
    const result = curriculumTier("Secure", "Brilliant", "Weak", "Yes");
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(result.ok ? "" : result.message).toContain(
      "implementation 'Brilliant' is not recognised"
    );
  });

  it("reviews 1/2/2/2/3 times a year", () => {
    const cadences = getBuiltinFramework("curriculum")!.levels.map((level) => level.cadence.kind);
    expect(cadences).toEqual([
      "annually",
      "twice a year",
      "twice a year",
      "twice a year",
      "termly",
    ]);
  });
});

describe("stages (004 evidence, 002's scale as a TrustTier proposal, 003 support)", () => {
  const stages = getBuiltinFramework("stages")!;
  const values = {
    ofsted: "Good",
    historic: "Positive",
    qa: "Minor issues",
    elevator: "Minor issues",
    "performance-management": "No issues",
    partnership: "Minor issues",
    external: "No issues",
  };

  it("marks its value scale as a TrustTier proposal", () => {
    const nonOfsted = stages.mapping.filter((row) => row.criterion !== "ofsted");
    expect(nonOfsted.every((row) => row.source.startsWith("TrustTier proposal"))).toBe(true);
  });

  it("classifies B Improve, re-assessed every half term, with 004's core offer", () => {
    const result = classify(stages, { values }, { asOf });
    expect(levelOf(result)).toBe("B Improve");
    expect(result.status === "classified" && result.nextReview).toBe("2025-02-24");
    expect(result.status === "classified" && result.level.support).toContain(
      "six support and challenge days"
    );
  });

  // Issue 14, item 13: 004 "School Improvement Core Offer" and 3.7; 003's Universal / Enhanced
  // offer (RIP, People Pledge) belongs to 003's own plans (ADP, RIP), not to this framework.
  it("gives every stage seed 004's own offer, and Head teacher+ at Sustain", () => {
    for (const level of stages.levels) {
      expect(level.support).toContain(
        '"six support and challenge days from the allocated Director of Quality Assurance and School Improvement"'
      );
      expect(level.support).toContain("funded through the core offer");
      expect(level.support).toContain("brokered and funded by the school itself");
      expect(level.support).not.toMatch(/People Pledge|Rapid Improvement Plan|Universal/);
    }
    const [sustain, , , stabilise] = stages.levels;
    expect(sustain.support).toContain("Head teacher+");
    expect(stabilise.support).toContain("Interim Executive Head teachers");
  });

  it("shows a leader's stated classification beside the computed one, without counting it", () => {
    const result = classify(
      stages,
      { values, stated: { level: "Sustain", security: "Secure" } },
      { asOf }
    );
    expect(levelOf(result)).toBe("B Improve");
    expect(result.stated?.level.name).toBe("A Sustain");
    expect(result.warnings).toContain(
      "self-assessed (AES) A Sustain differs from the computed B Improve: for the Director of Education to moderate"
    );
    // Issue 14, item 14 (seed 003: classifications "moderated by the Director of Education").
    expect(explain(result)).toContain(
      "self-assessed (AES) A Sustain, Secure: differs from the computed B Improve; for the Director of Education to moderate"
    );
    const agreeing = classify(stages, { values, stated: { level: "B" } }, { asOf });
    expect(explain(agreeing)).toContain(
      "self-assessed (AES) B Improve: agrees with the computed level"
    );
  });

  it("rejects a stated classification that is not a stage", () => {
    const result = classify(stages, { values, stated: { level: "Thriving" } }, { asOf });
    expect(result.status === "invalid" && result.message).toContain(
      "stated classification 'Thriving' is not a level"
    );
  });
});

describe("Schools Causing Concern levels (002 section 6, 004 Table 3)", () => {
  it("'monitoring identifies insufficient progress': moves up a level", () => {
    expect(sccNextLevel(1, "Insufficient progress")).toMatchObject({
      ok: true,
      level: 2,
      change: "moves up",
    });
    expect(sccNextLevel("Level 3", "The concerns remain")).toMatchObject({ ok: true, level: 4 });
  });

  it("level 4 is the ceiling", () => {
    expect(sccNextLevel(4, "concerns remain")).toMatchObject({
      ok: true,
      level: 4,
      change: "stays",
    });
  });

  it("'respond well ... improvements in line with expectations': stays by default, steps down where the trust says so", () => {
    expect(sccNextLevel(2, "Responding well")).toMatchObject({ level: 2, change: "stays" });
    expect(sccNextLevel(2, "Responding well", "step down")).toMatchObject({
      level: 1,
      change: "steps down",
    });
    expect(sccNextLevel(1, "Responding well", "step down")).toMatchObject({
      level: 0,
      change: "leaves SCC",
    });
  });

  it("names what it cannot read", () => {
    expect(sccNextLevel(5, "Responding well")).toMatchObject({
      ok: false,
      message: expect.stringContaining("SCC level 5"),
    });
    expect(sccNextLevel(2, "meh")).toMatchObject({
      ok: false,
      message: expect.stringContaining("progress 'meh'"),
    });
  });

  it("returns what it cannot read as Problems naming the field and the value found", () => {
    expect(sccNextLevel(5, "Responding well")).toMatchObject({
      ok: false,
      problems: [{ code: "invalid", field: "level", value: 5 }],
    });
    expect(sccNextLevel(2, "")).toMatchObject({
      ok: false,
      problems: [{ code: "missing", field: "progress" }],
    });
  });
});
