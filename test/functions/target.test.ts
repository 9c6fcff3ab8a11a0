import { runCatalogue, CellFailure } from "../../src/functions/catalogue";
import { targetMethodToTable } from "../../src/core/targets/method-table";

/** The one result cell (an argument problem comes back as a single failure, not a grid). */
const cell = (result: unknown): unknown => (Array.isArray(result) ? result[0][0] : result);

describe("TRUST.TARGET", () => {
  it("names the row and column of a wrong method setting", () => {
    const method = targetMethodToTable();
    method[3][1] = "soon";
    const result = cell(runCatalogue("TARGET", [method, [[50, 60]], "", 70, true]));
    expect(result).toEqual(
      new CellFailure(
        "invalidValue",
        "method is not a valid TargetMethod table: row 4, column 'Value': expected a whole number of years from 1 to 10"
      )
    );
  });

  it("refuses to imitate imported estimates", () => {
    const method = targetMethodToTable();
    method[1][1] = "imported estimates";
    const result = cell(runCatalogue("TARGET", [method, [[50]], "", 70, true]));
    expect((result as CellFailure).message).toMatch(/never computes them/);
  });

  it("asks for one cohort per year", () => {
    const result = cell(runCatalogue("TARGET", ["", [[50, 60]], [[30]], 70, true]));
    expect((result as CellFailure).message).toMatch(/one cohort per year/);
  });
});
