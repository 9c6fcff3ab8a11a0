import { builtinFrameworkIds, classify, getBuiltinFramework } from "../../src/core";
import { runCatalogue } from "../../src/functions/catalogue";
import { levelAnswer } from "../../src/functions/catalogue/classify-rows";
import { asValues, randomSchools } from "../core/classify/support/random-schools";

// 2025-01-06 as Excel's date serial.
const AS_OF = 45663;

describe.each(builtinFrameworkIds.map((id) => [id, getBuiltinFramework(id)!] as const))(
  "TRUST.TIER(%s) over many rows",
  (id, framework) => {
    it("answers each row as classify does for that row alone (rows of one shape share work)", () => {
      const rows = randomSchools(framework, 1500, 7);
      const headers = [framework.criteria.map((criterion) => criterion.label)];
      const expected = rows.map((row, index) => [
        levelAnswer(
          classify(framework, { values: asValues(framework, row) }, { asOf: "2025-01-06" }),
          `row ${index + 1}`
        ),
      ]);
      expect(expected.flat().filter((cell) => typeof cell !== "string").length).toBeGreaterThan(1);
      expect(runCatalogue("TIER", [id, headers, rows, AS_OF])).toEqual(expected);
    });
  }
);
