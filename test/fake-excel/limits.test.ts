/* eslint-disable office-addins/no-context-sync-in-loop -- each case runs the fake strict, then with its rule relaxed */
import type { FakeRange } from "../support/fake-excel/range";
import { batch, fake, put, valueAt } from "./helpers";

/**
 * Request size as Office.js sends it (payload.ts); rules request-payload-limit,
 * response-payload-limit and read-cell-limit (RULES.md).
 */

describe("request size as Office.js would send it", () => {
  it("counts an object path and an Instantiate action for every proxy, not only the values", async () => {
    const excel = fake();
    const cells = 1000;
    await batch(excel, async (b) => {
      const { context } = b;
      const sheet = b.sheet("Sheet1");
      await context.sync();
      for (let r = 0; r < cells; r++) sheet.getRange(`A${r + 1}`).format.font.bold = true;
      await context.sync();
      const rows = Array.from({ length: cells }, (_, r) => `A${r + 1}`).join(",");
      sheet.getRanges(rows).format.font.bold = true;
      await context.sync();
    });
    const [, oneByOne, asAreas] = excel.metrics.requestSizes;
    // getRange + format + font paths, three Instantiates and a SetProperty: ~470 bytes a cell,
    // where the fake's own JSON of `true` would be a handful.
    expect(oneByOne / cells).toBeGreaterThan(300);
    expect(asAreas).toBeLessThan(oneByOne / 10);
    expect(excel.largestRequest()).toBe(oneByOne);
  });

  it("request-payload-limit: a request over 5 MB fails on the web with nothing applied, and passes on desktop", async () => {
    const big = [Array.from({ length: 200 }, () => "x".repeat(26_000))];
    for (const platform of ["web", "desktop"] as const) {
      const excel = fake({ platform });
      const write = batch(excel, async (b) => {
        const { context } = b;
        (b.sheet("Sheet1").getRange("A1:GR1") as FakeRange).values = big;
        await context.sync();
      });
      if (platform === "web") {
        await expect(write).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
        expect(excel.sheet("Sheet1")!.cells.size).toBe(0);
      } else await write;
    }
    const lenient = fake({ lenient: ["request-payload-limit"] });
    await batch(lenient, async (b) => {
      const { context } = b;
      (b.sheet("Sheet1").getRange("A1:GR1") as FakeRange).values = big;
      await context.sync();
    });
    expect(String(valueAt(lenient.sheet("Sheet1"), [0, 0])).length).toBe(26_000);
  });

  it("response-payload-limit: a read whose response is over 5 MB fails on the web", async () => {
    for (const strict of [true, false]) {
      const excel = fake(strict ? {} : { lenient: ["response-payload-limit"] });
      const half = [Array.from({ length: 100 }, () => "y".repeat(26_000))];
      await put(excel, "Big", "A1:CV1", half);
      await put(excel, "Big", "A2:CV2", half);
      const read = batch(excel, async (b) => {
        const { context } = b;
        const range = b.sheet("Big").getRange("A1:CV2");
        range.load("values");
        await context.sync();
        const values: unknown[][] = range.values;
        return values.length;
      });
      if (strict)
        await expect(read).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      else await expect(read).resolves.toBe(2);
    }
  });

  it("read-cell-limit: reading more than 5,000,000 cells at once is refused; their row count is not", async () => {
    const excel = fake();
    await expect(
      batch(excel, async (b) => {
        const { context } = b;
        b.sheet("Sheet1").getRange("A1:E1000001").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    const rows = await batch(excel, async (b) => {
      const { context } = b;
      const range = b.sheet("Sheet1").getRange("A1:E1000001");
      range.load("rowCount");
      await context.sync();
      return range.rowCount;
    });
    expect(rows).toBe(1_000_001);
  });
});
