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

    it("answers as classify does on a later call with fewer columns and another date", () => {
      // The "not enough evidence" answers are kept from one call to the next: a call whose
      // span leaves out a criterion, or that is made on another date, still gets each row's own.
      const rows = randomSchools(framework, 600, 11);
      const headers = [framework.criteria.map((criterion) => criterion.label)];
      runCatalogue("TIER", [id, headers, rows, AS_OF]);
      const kept = framework.criteria.slice(1);
      const fewer = rows.map((row) => row.slice(1));
      const expected = fewer.map((row, index) => [
        levelAnswer(
          classify(
            framework,
            { values: Object.fromEntries(kept.map((criterion, c) => [criterion.id, row[c]])) },
            { asOf: "2025-09-01" }
          ),
          `row ${index + 1}`
        ),
      ]);
      const laterHeaders = [kept.map((criterion) => criterion.label)];
      // 2025-09-01 as Excel's date serial.
      expect(runCatalogue("TIER", [id, laterHeaders, fewer, 45901])).toEqual(expected);
    });
  }
);
