import {
  classify,
  explain,
  getBuiltinFramework,
  type Classification,
  type Evidence,
  type InspectionRecord,
} from "../../../src/core";

const support = getBuiltinFramework("support")!;
const asOf = "2025-03-01";
const goodSchool = {
  rsc: "Strengths and areas for development",
  hip: "Strengths and areas for development",
  finance: "Few concerns",
  safeguarding: "Few concerns",
  complaints: "Very few",
  website: "Meets all statutory requirements",
};
const run = (values: Record<string, unknown>, extra: Partial<Evidence> = {}) =>
  classify(support, { values: values as never, ...extra }, { asOf });
const levelOf = (result: Classification) =>
  result.status === "classified" ? result.level.name : result.status;
const floorsOf = (result: Classification) =>
  result.status === "classified" ? result.floors.map((floor) => floor.id) : [];
const inspection = (date: string, fields: Partial<InspectionRecord>): InspectionRecord => ({
  date,
  regime: "eif",
  areas: {},
  predecessor: false,
  ...fields,
});

describe("support (000 best-fit criteria)", () => {
  it("'The school is judged good or outstanding' with internal capacity: Low support, with earned autonomy", () => {
    const result = run({ ...goodSchool, ofsted: "Good" });
    expect(levelOf(result)).toBe("Low support");
    expect(result.status === "classified" && result.level.support).toContain("earned autonomy");
  });

  it("'The school is / is at risk of being judged as requiring improvement': at least Medium, though every other row is Low", () => {
    for (const ofsted of ["Requires improvement", "At risk of RI"]) {
      const result = run({ ...goodSchool, ofsted });
      expect(levelOf(result)).toBe("Medium support");
      expect(floorsOf(result)).toEqual(["ri"]);
      expect(result.status === "classified" && result.bestFit?.name).toBe("Low support");
    }
  });

  it("a worse grade keeps the floor of a better one: inadequate is at least what requires improvement is", () => {
    expect(levelOf(run({ ...goodSchool, ofsted: "Inadequate" }))).toBe("High support");
  });

  it("'issued with a Warning Notice or Significant Concerns letter': High support", () => {
    const result = run({ ...goodSchool, ofsted: "Good", rsc: "Warning notice" });
    expect(levelOf(result)).toBe("High support");
    expect(floorsOf(result)).toEqual(["warning-notice"]);
  });

  it("'judged as requiring improvement on two consecutive occasions': High support, from the inspection history", () => {
    const result = run(goodSchool, {
      inspections: [
        inspection("2019-05-01", { overall: "requires improvement" }),
        inspection("2023-01-10", { overall: "requires improvement" }),
      ],
    });
    expect(levelOf(result)).toBe("High support");
    expect(floorsOf(result)).toContain("ri-twice");
    expect(result.stuck?.stuck).toBe(true);
  });

  it("'Needs attention' does not count towards requires improvement twice", () => {
    const result = run(goodSchool, {
      inspections: [
        inspection("2022-01-10", { overall: "requires improvement" }),
        inspection("2025-12-01", {
          regime: "report card",
          areas: { inclusion: "needs attention" },
        }),
      ],
    });
    expect(floorsOf(result)).not.toContain("ri-twice");
  });

  it("'Safeguarding does not meet statutory requirements': High support", () => {
    const result = run({
      ...goodSchool,
      ofsted: "Good",
      safeguarding: "Does not meet statutory requirements",
    });
    expect(levelOf(result)).toBe("High support");
    expect(floorsOf(result)).toEqual(["safeguarding-review"]);
  });

  it("an outcome inherited from a predecessor school triggers no floor, only a warning", () => {
    const result = run(goodSchool, {
      inspections: [inspection("2018-03-01", { overall: "inadequate", predecessor: true })],
    });
    expect(levelOf(result)).toBe("Low support");
    expect(result.warnings.join(" ")).toContain("predecessor school");
  });

  it("counts one inspection once, however many areas it grades", () => {
    const result = run({
      ofsted: "Good",
      "quality-of-education": "Good",
      "behaviour-and-attitudes": "Good",
      "personal-development": "Good",
      "leadership-and-management": "Good",
      "early-years": "Good",
      finance: "Few concerns",
    });
    expect(result.status).toBe("not enough evidence");
    expect(result.supplied).toBe(2);
  });

  it("treats 'not applicable' early years as not applicable, not missing", () => {
    const result = run({ ...goodSchool, "early-years": "N/A" });
    expect(result.missing).toEqual(["Ofsted"]);
    expect(result.notApplicable).toEqual([]);
    const noInspection = run({
      ...goodSchool,
      "quality-of-education": "Good",
      "early-years": "N/A",
    });
    expect(noInspection.missing).toEqual([]);
  });

  it("flags evidence older than the framework's staleness limit", () => {
    const result = run(
      { ...goodSchool, ofsted: "Good" },
      { dates: { rsc: "2023-01-01", hip: "2025-01-10" } }
    );
    expect(result.stale.map((item) => item.criterion)).toEqual(["rsc"]);
    expect(explain(result)).toContain("stale: RSC review");
  });

  it("a KJ-era inspection's key judgements fill the Ofsted rows, best fit within the inspection", () => {
    const result = run(goodSchool, {
      inspections: [
        inspection("2025-02-01", {
          regime: "key judgements",
          areas: {
            "quality of education": "requires improvement",
            "leadership and management": "good",
          },
        }),
      ],
    });
    const ofsted = result.pieces.find((piece) => piece.id === "ofsted");
    expect(ofsted?.items.map((item) => item.criterion)).toEqual([
      "quality-of-education",
      "leadership-and-management",
    ]);
    expect(ofsted && [ofsted.from, ofsted.to]).toEqual([1, 1]);
  });
});
