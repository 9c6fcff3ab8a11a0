import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import { COMMIT_MARKER } from "../../src/core/layout/settings-sheet";
import type { WorkbookPort } from "../../src/port/WorkbookPort";
import { FakeExcel } from "../support/fake-excel";
import type { FailureMode } from "../support/fake-excel/failures";
import { personsSheet, reportRun } from "./support/report-run";

const run = (version: number, rows: number) => reportRun(version, rows, { version });
const mine = personsSheet;

/** What a person sees: every sheet's content, the Data table and the settings. */
async function picture(port: WorkbookPort) {
  const sheets = (await port.describe()).sheets.map((s) => s.name);
  const visible = sheets.filter((name) => !name.startsWith("TrustTier_"));
  return {
    sheets: visible,
    content: await port.readSheetContents(visible),
    data: (await port.readTable("Data")).rows,
    settings: (await port.readSettings()).values,
  };
}

async function prepared() {
  const excel = new FakeExcel();
  const port = new OfficeWorkbook(excel.run);
  await port.writeSheets(run(1, 3));
  await port.writeLayout(mine, { mode: "create" });
  return { excel, port };
}

describe("Office.js write runs when a sync fails (no transactions in Office.js)", () => {
  let clean: Awaited<ReturnType<typeof picture>>;
  let before: Awaited<ReturnType<typeof picture>>;
  let syncsPerRun = 0;

  beforeAll(async () => {
    const { excel, port } = await prepared();
    before = await picture(port);
    const start = excel.metrics.syncs;
    await port.writeSheets(run(2, 5));
    syncsPerRun = excel.metrics.syncs - start;
    clean = await picture(port);
  });

  const cases: [FailureMode, number | undefined][] = [
    ["refused", undefined],
    ["after", 1],
    ["after", 7],
    ["responseLost", undefined],
  ];

  it.each(cases)(
    "in mode %s (after %s operations), at every sync: as it was, or repaired by the next run",
    async (mode, afterOps) => {
      expect(syncsPerRun).toBeGreaterThan(3);
      for (let k = 1; k <= syncsPerRun; k++) {
        const { excel, port } = await prepared();
        excel.failure = {
          sync: excel.metrics.syncs + k,
          mode,
          ...(afterOps !== undefined && { afterOps }),
        };
        const failed = await port.writeSheets(run(2, 5)).then(
          () => false,
          () => true
        );
        excel.failure = undefined;
        expect(failed).toBe(true);
        const after = await picture(port);
        const pending = after.settings[COMMIT_MARKER] !== undefined;
        // Never silently half-written: as it was, fully written, or marked for repair.
        if (!pending) expect([before, clean]).toContainEqual(after);
        await port.writeSheets(run(2, 5));
        expect(await picture(port)).toEqual(clean);
        const names = (await port.describe()).sheets.map((s) => s.name);
        expect(names.filter((n) => n.startsWith("TrustTier_stage"))).toEqual([]);
      }
    }
  );
});
