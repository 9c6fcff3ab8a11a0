import { classify, getBuiltinFramework } from "../../../src/core";
import { evidenceProblems } from "../../../src/core/classify";
import { formatProblem } from "../../../src/core/problems";

const category = getBuiltinFramework("category")!;
const asOf = "2026-11-30";
const invalid = () => {
  const result = classify(
    category,
    {
      values: {
        ofsted: "Goodish",
        historic: "Positive",
        qa: "No issues",
        partnership: "No issues",
      } as never,
    },
    { asOf }
  );
  if (result.status !== "invalid") throw new Error(`expected invalid, got ${result.status}`);
  return result;
};

describe("evidence problems leave the core as Problems", () => {
  it("names the criterion as the field, the value found, and the school first", () => {
    const [problem] = evidenceProblems(invalid(), { school: "Oak Primary", urn: 900101 });
    expect(problem).toMatchObject({
      code: "invalid",
      field: "ofsted",
      value: "Goodish",
      school: "Oak Primary",
      urn: 900101,
    });
    expect(formatProblem(problem)).toMatch(
      /^Oak Primary: Ofsted value 'Goodish' is not recognised; expected Outstanding, Good/
    );
  });

  it("places each on a sheet when the caller knows where the criterion sits", () => {
    const [problem] = evidenceProblems(invalid(), {
      locate: (p) => ({ sheet: "Baseline", row: 7, column: 2, header: p.label }),
    });
    expect(formatProblem(problem)).toMatch(
      /^Baseline!C7 \(column C 'Ofsted', row 7\): Ofsted value 'Goodish' is not recognised/
    );
  });
});
