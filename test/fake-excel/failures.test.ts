import type { FailureMode } from "../support/fake-excel";
import type { FakeRange } from "../support/fake-excel/range";
import { batch, fake, valueAt } from "./helpers";

/** Failures as Excel has them: no transactions, three modes (failures.ts, RULES.md). */

async function threeWrites(mode: FailureMode | "failAtSync") {
  const excel = fake();
  if (mode === "failAtSync") excel.failAtSync = 1;
  else excel.failure = { sync: 1, mode, afterOps: 2 };
  const result = batch(excel, async (b) => {
    const { context } = b;
    const sheet = b.sheet("Sheet1");
    for (const address of ["A1", "A2", "A3"])
      (sheet.getRange(address) as FakeRange).values = [[address]];
    await context.sync();
  });
  await expect(result).rejects.toThrow(/Injected failure at sync 1/);
  const sheet = excel.sheet("Sheet1");
  return [0, 1, 2].map((row) => valueAt(sheet, [row, 0]) ?? null);
}

describe("a failing sync", () => {
  it("refused: nothing in the batch is applied", async () => {
    expect(await threeWrites("refused")).toEqual([null, null, null]);
    expect(await threeWrites("failAtSync")).toEqual([null, null, null]);
  });

  it("after operation k: what was done stays done, the rest is dropped", async () => {
    expect(await threeWrites("after")).toEqual(["A1", "A2", null]);
  });

  it("response lost: everything is applied, yet the caller sees an error", async () => {
    expect(await threeWrites("responseLost")).toEqual(["A1", "A2", "A3"]);
  });
});
