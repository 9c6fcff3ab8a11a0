/**
 * National scale (issue 16, item 8): a KS2 performance-tables file of about 16,000 schools,
 * generated here deterministically under the 2022/23 edition's headers (the synthetic fixture's
 * header row, national and LA rows; no national file is committed), read from its bytes as the
 * CLI and the pane read it, imported into a new in-memory workbook and classified. Two school
 * lists: every school in the file (a national analysis) and a 19-school trust. Goal: under 10 s
 * for the national import and classification. Printed as measured, never asserted.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { MemoryWorkbook } from "../src/adapters/memory/MemoryWorkbook";
import { getBuiltinFramework } from "../src/core/frameworks/builtin";
import type { Framework } from "../src/core";
import { readPublishedCsv, type PublishedFile } from "../src/core/published";
import { classifiedSheetLayouts, classifySchools } from "../src/features/classify";
import { importPublishedData } from "../src/features/import";
import { seededRandom } from "../test/core/classify/support/random-schools";

const SCHOOLS = Number(process.env.TRUSTTIER_BENCH_IMPORT_SCHOOLS ?? 16_000);
const TRUST = 19;
const GOAL_MS = 10_000;
const FIXTURES = join(__dirname, "..", "test", "fixtures", "published", "synthetic");
const EDITION = "england_ks2_2022-2023_provisional.csv";
const META = "england_ks2_2022-2023_meta.csv";

/** The national file's bytes: BOM, the edition's headers, 16,000 school rows, then LA and national rows. */
function nationalKs2(): Uint8Array {
  const fixture = readFileSync(join(FIXTURES, EDITION), "utf8").replace(/^\ufeff/, "");
  const [header, ...lines] = fixture.split(/\r?\n/).filter((line) => line !== "");
  const summaryRows = lines.filter((line) => !line.startsWith("1,"));
  const columns = header.split(",");
  const random = seededRandom(16);
  const percent = () => {
    const draw = random();
    if (draw < 0.03) return "SUPP";
    if (draw < 0.04) return "x";
    return `${Math.round(35 + random() * 55)}%`;
  };
  const progress = () => (random() < 0.03 ? "SUPP" : (random() * 8 - 4).toFixed(1));
  const las = [831, 892, 830, 891, 202, 330, 926];
  const rows = Array.from({ length: SCHOOLS }, (_, i) => {
    const cohort = 8 + Math.floor(random() * 80);
    return columns
      .map((column) => {
        switch (column) {
          case "RECTYPE":
            return "1";
          case "LEA":
            return String(las[i % las.length]);
          case "URN":
            return String(100_000 + i);
          case "SCHNAME":
            return `"Generated Primary School ${i + 1}, Anytown"`;
          case "TELIG":
          case "TELIG_22":
            return String(cohort);
          case "TEALGRP2":
            return String(Math.floor(cohort / 3));
          default:
            return /PROG/.test(column) ? progress() : percent();
        }
      })
      .join(",");
  });
  const text = `\ufeff${[header, ...rows, ...summaryRows].join("\r\n")}\r\n`;
  return new TextEncoder().encode(text);
}

function read(name: string, bytes: Uint8Array): PublishedFile {
  const result = readPublishedCsv(name, bytes);
  if (!result.ok) throw new Error(result.problems[0].message);
  return result.value;
}

function schoolList(count: number): PublishedFile {
  return {
    name: "schools.csv",
    grid: [
      ["URN", "School name", "Phase"],
      ...Array.from({ length: count }, (_, i) => [
        String(100_000 + i * Math.floor(SCHOOLS / count)),
        `Generated Primary School ${i + 1}`,
        "Primary",
      ]),
    ],
  };
}

async function run(schools: number, bytes: Uint8Array, meta: Uint8Array, framework: Framework) {
  const start = performance.now();
  const files = [read(EDITION, bytes), read(META, meta)];
  const readMs = performance.now() - start;
  const port = new MemoryWorkbook("national.xlsx");
  const imported = await importPublishedData(port, { files, schoolList: schoolList(schools) });
  const importMs = performance.now() - start - readMs;
  const classified = await classifySchools(port, {
    frameworks: [framework],
    asOf: "2024-01-15",
    source: { kind: "table", name: "Schools" },
  });
  // The sheets `trusttier classify` writes, planned as before the two steps were apart.
  classifiedSheetLayouts(classified);
  const totalMs = performance.now() - start;
  const measures = imported.tables.find((t) => t.table === "Measures")?.added ?? 0;
  return {
    line:
      `${schools.toLocaleString("en-GB")} schools from a ${SCHOOLS.toLocaleString("en-GB")}-school file ` +
      `(${(bytes.length / 1e6).toFixed(1)} MB): read ${readMs.toFixed(0)} ms, import ${importMs.toFixed(0)} ms ` +
      `(${measures.toLocaleString("en-GB")} Measures rows), classify ${(totalMs - readMs - importMs).toFixed(0)} ms ` +
      `(${classified.blocks[0].results.length.toLocaleString("en-GB")} schools, ${framework.name}); total ${(totalMs / 1000).toFixed(2)} s`,
    totalMs,
  };
}

export async function benchImport(): Promise<string[]> {
  const bytes = nationalKs2();
  const meta = readFileSync(join(FIXTURES, META));
  const framework = getBuiltinFramework("category") as Framework;
  const national = await run(SCHOOLS, bytes, meta, framework);
  const trust = await run(TRUST, bytes, meta, framework);
  return [
    `KS2 performance tables, 2022/23 edition's headers, generated (seeded): ${national.line}; ` +
      (national.totalMs <= GOAL_MS
        ? `within the ${GOAL_MS / 1000} s goal`
        : `OVER the ${GOAL_MS / 1000} s goal`),
    `a trust: ${trust.line}`,
  ];
}
