import { MemoryWorkbook } from "../../src/adapters/memory/MemoryWorkbook";
import { getBuiltinFramework } from "../../src/core/frameworks";
import { readCardTablesFromPort } from "../../src/features/cards/read-tables";
import { classifyWithLiveColumn } from "../../src/features/classify";
import { InputProblemsError, isInputProblemsError } from "../../src/features/input-problems";

/** The Problems a refused call carries, or what else it threw. */
const problemsOf = (attempt: Promise<unknown>) =>
  attempt.then(
    () => "resolved",
    (error: unknown) => (isInputProblemsError(error) ? error.problems : error)
  );

describe("input a person must fix throws InputProblemsError with located Problems", () => {
  it("gives a first-noted cell fault the code 'invalid' and prints each problem with its place", () => {
    const error = new InputProblemsError("Nothing was written.", [
      { sheet: "Schools", column: 2, header: "Ofsted", row: 5, message: "'Goodish' is not …" },
    ]);
    expect(error.problems[0].code).toBe("invalid");
    expect(error.message).toBe(
      "Nothing was written.\n  Schools!C5 (column C 'Ofsted', row 5): 'Goodish' is not …"
    );
  });

  it("cards without a Schools table: a missing table", async () => {
    const port = await MemoryWorkbook.from("trust.xlsx", [{ name: "Cover", cells: [] }]);
    await expect(problemsOf(readCardTablesFromPort(port, await port.describe()))).resolves.toEqual([
      expect.objectContaining({
        code: "missing",
        message: expect.stringMatching(/no Schools table/),
      }),
    ]);
  });

  it("a live column for schools on a plain sheet: names the sheet", async () => {
    const port = await MemoryWorkbook.from("trust.xlsx", [
      { name: "Cover", cells: [] },
      { name: "Data", cells: [{ row: 0, col: 0, value: "URN" }] },
    ]);
    const framework = getBuiltinFramework("tiers")!;
    await expect(
      problemsOf(
        classifyWithLiveColumn(port, {
          framework,
          choice: { kind: "workbook", sheet: "Framework_tiers" },
          asOf: "2026-11-30",
        })
      )
    ).resolves.toEqual([expect.objectContaining({ code: "missing", sheet: "Framework_tiers" })]);
  });
});
