import { performance } from "node:perf_hooks";
import { OfficeWorkbook } from "../src/adapters/office/OfficeWorkbook";
import { XlsxWorkbook } from "../src/adapters/xlsx/XlsxWorkbook";
import type { CardTables, LocatedTable } from "../src/features/cards";
import {
  CARDS_PER_RUN,
  generateCards,
  planCardLayouts,
  readCardTables,
} from "../src/features/cards";
import { getBuiltinFramework } from "../src/core/frameworks/builtin";
import { FakeExcel } from "../test/support/fake-excel";
import { demoCardTables } from "../test/core/cards/demo-card-tables";

const CARDS = 150;

/** The demo's 14 academies repeated to 150 (new URNs, same figures), as a large trust's tables. */
function largeTrust(): CardTables {
  const base = demoCardTables();
  const copies = Math.ceil(CARDS / 14);
  const grow = (name: keyof CardTables) => {
    const table = base[name];
    if (!table) return undefined;
    const [header, ...rows] = table.grid;
    const urnCol = header.indexOf("URN");
    const all = Array.from({ length: copies }, (_, copy) =>
      rows.map((row) =>
        row.map((cell, c) =>
          c === urnCol && typeof cell === "number"
            ? cell + copy * 1000
            : c === 1 && name === "schools"
              ? `${String(cell)} ${copy + 1}`
              : cell
        )
      )
    ).flat();
    const kept = name === "schools" ? all.slice(0, CARDS) : all;
    return { ref: { ...table.ref, rowCount: kept.length }, grid: [header, ...kept] };
  };
  return Object.fromEntries(
    Object.keys(base).map((name) => [name, grow(name as keyof CardTables)])
  ) as unknown as CardTables;
}

/** The tables as sheets, one write run, into a strict fake Excel: the workbook cards read. */
async function excelWith(
  tables: CardTables
): Promise<{ excel: FakeExcel; office: OfficeWorkbook }> {
  const excel = new FakeExcel("Book1.xlsx");
  const office = new OfficeWorkbook(excel.run);
  const sheets = (Object.entries(tables) as [string, LocatedTable | undefined][]).flatMap(
    ([name, located]) => {
      if (!located) return [];
      const [headers, ...rows] = located.grid;
      const layout = {
        name: located.ref.sheet,
        cells: [],
        tables: [
          {
            name: located.ref.name ?? name,
            row: located.ref.headerRow,
            col: located.ref.firstCol,
            headers: headers.map(String),
            rows,
          },
        ],
      };
      return [{ layout, mode: "replace" as const }];
    }
  );
  await office.writeSheets({ sheets });
  return { excel, office };
}

/** `generateCards` on the strict fake: syncs per card sheet, first time and regenerating. */
async function demoCardSyncs(): Promise<string> {
  const { excel, office } = await excelWith(demoCardTables());
  const runs = [];
  for (const pass of ["first generation", "regeneration"]) {
    const before = excel.metrics.syncs;
    const sizes = excel.metrics.requestSizes.length;
    const result = await generateCards(office, { generatedOn: "2026-07-17" });
    const sheets = result?.written.length ?? 0;
    const syncs = excel.metrics.syncs - before;
    const largest = Math.max(...excel.metrics.requestSizes.slice(sizes));
    runs.push(
      `${pass} ${syncs} syncs for ${sheets} sheets (${(syncs / sheets).toFixed(1)} per card), largest request ${(largest / 1024).toFixed(0)} KiB`
    );
  }
  return `generateCards on the demo through the Office.js adapter (strict fake, goal at most 3 syncs per card): ${runs.join("; ")}`;
}

/** `npm run bench`: build and render 150 academy cards through both writers. */
export async function benchCards(): Promise<string[]> {
  const framework = getBuiltinFramework("tiers")!;
  let start = performance.now();
  const read = readCardTables(largeTrust());
  const { cards, index } = planCardLayouts({ read, framework, generatedOn: "2026-07-17" });
  const layouts = [...cards.map((c) => c.layout), index];
  const buildMs = performance.now() - start;
  const cells = layouts.reduce((n, l) => n + l.cells.length, 0);

  const { excel, office } = await excelWith(largeTrust());
  start = performance.now();
  const before = excel.metrics.syncs;
  const sizes = excel.metrics.requestSizes.length;
  for (let i = 0; i < layouts.length; i += CARDS_PER_RUN) {
    const sheets = layouts
      .slice(i, i + CARDS_PER_RUN)
      .map((layout) => ({ layout, mode: "replace" as const }));
    await office.writeSheets({ sheets });
  }
  const officeMs = performance.now() - start;
  const syncs = excel.metrics.syncs - before;
  const largest = Math.max(...excel.metrics.requestSizes.slice(sizes));

  const xlsx = XlsxWorkbook.create("cards.xlsx");
  start = performance.now();
  await xlsx.writeSheets({
    sheets: layouts.map((layout) => ({ layout, mode: "replace" as const })),
  });
  const buffer = await xlsx.toBuffer();
  const xlsxMs = performance.now() - start;

  const blocked = await longestBlock(largeTrust());

  return [
    `${cards.length} cards + index: ${cells} cells (${Math.round(cells / cards.length)} per card), laid out in ${buildMs.toFixed(0)} ms`,
    `Office.js writer on the strict fake, ${CARDS_PER_RUN} sheets a run: ${officeMs.toFixed(0)} ms, ${syncs} sync() calls (${(syncs / layouts.length).toFixed(1)} per sheet), largest request as Office.js would send it ${(largest / 1024).toFixed(0)} KiB`,
    await demoCardSyncs(),
    `xlsx writer: ${xlsxMs.toFixed(0)} ms including the ${(buffer.length / 1024 / 1024).toFixed(1)} MiB file`,
    `Pane thread while generateCards prepares and writes them (1 ms round trips, the fake's own apply time left out): longest stretch without a turn ${blocked.toFixed(0)} ms (goal under 1000; Office restarts an add-in blocked for 5 s)`,
  ];
}

/**
 * The longest time the event loop went without a turn while `generateCards` ran through the
 * Office.js writer, measured by a 1 ms timer that records the largest gap between its ticks.
 */
async function longestBlock(tables: CardTables): Promise<number> {
  const { excel, office } = await excelWith(tables);
  excel.roundTripMs = 1;
  // The fake applies each batch on this thread; Excel does that in its own process, so the
  // time the fake spends applying is taken out of each stretch.
  const fakeMs = () => excel.metrics.applyMs ?? 0;
  let last = performance.now();
  let lastFake = fakeMs();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - (fakeMs() - lastFake));
    last = now;
    lastFake = fakeMs();
  }, 1);
  last = performance.now();
  lastFake = fakeMs();
  await generateCards(office, { generatedOn: "2026-07-17" });
  clearInterval(timer);
  return Math.max(longest, performance.now() - last - (fakeMs() - lastFake));
}
