import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * The README's layer map is checked, not only written: ESLint, with the project's own config,
 * refuses an import that breaks an arrow. Each case is one file of one line, placed in a copy
 * of the layout (ESLint's flat config cannot be loaded inside jest, so it runs as a process).
 */
const ROOT = join(__dirname, "../..");

const refused: Array<[string, string, RegExp]> = [
  ["src/core/a.ts", 'import { OfficeWorkbook } from "../adapters/office";', /src\/core is pure/],
  ["src/core/b.ts", 'import { readFileSync } from "node:fs";', /src\/core is pure/],
  ["src/core/c.ts", 'import type { WorkbookPort } from "../port";', /src\/core is pure/],
  ["src/features/a.ts", 'import { OfficeWorkbook } from "../adapters/office";', /src\/features/],
  ["src/features/b.ts", 'import { Button } from "@fluentui/react-components";', /src\/features/],
  ["src/features/c.ts", 'import { App } from "../taskpane/App";', /src\/features/],
  ["src/features/meeting/f.ts", 'import { writeDemoMeetings } from "../demo";', /no demo builder/],
  ["src/functions/a.ts", 'import type { WorkbookPort } from "../port";', /src\/functions/],
  ["src/functions/b.ts", 'import { generateCards } from "../features/cards";', /src\/functions/],
  // The zip reader (files the pane and the CLI read) stays off the custom functions' path.
  [
    "src/functions/d.ts",
    'import { readZipEntry } from "../features/import/zip-entries";',
    /src\/functions/,
  ],
  ["src/port/a.ts", 'import { MemoryWorkbook } from "../adapters/memory";', /src\/port/],
];
const allowed: Array<[string, string]> = [
  ["src/features/d.ts", 'import { classify } from "../core/classify/classify";'],
  ["src/features/e.ts", 'import type { WorkbookPort } from "../port";'],
  ["src/features/demo/g.ts", 'import { recordMeetingInWorkbook } from "../meeting";'],
  ["src/cli/b.ts", 'import { writeDemoMeetings } from "../features/demo";'],
  ["src/functions/c.ts", 'import { classify } from "../core/classify/classify";'],
  ["src/cli/a.ts", 'import { XlsxWorkbook } from "../adapters/xlsx";'],
];

let messages: Map<string, string[]>;

beforeAll(() => {
  const folder = mkdtempSync(join(tmpdir(), "trusttier-layers-"));
  try {
    copyFileSync(join(ROOT, "eslint.config.mjs"), join(folder, "eslint.config.mjs"));
    symlinkSync(join(ROOT, "node_modules"), join(folder, "node_modules"), "dir");
    for (const [file, source] of [...refused, ...allowed]) {
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      writeFileSync(
        join(folder, file),
        `${source}\nexport type Unused = typeof x;\nconst x = 1;\n`
      );
    }
    let output: string;
    try {
      output = execFileSync(
        process.execPath,
        [join(ROOT, "node_modules/eslint/bin/eslint.js"), "--format", "json", "src"],
        { cwd: folder, encoding: "utf8" }
      );
    } catch (error) {
      // ESLint exits 1 when it finds errors; its report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? "");
    }
    const results = JSON.parse(output) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string | null; message: string }>;
    }>;
    messages = new Map(
      results.map((r) => [
        r.filePath.slice(folder.length + 1),
        r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message),
      ])
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}, 120_000);

describe("the layer map (README, How the code is laid out)", () => {
  it.each(refused)("%s may not: %s", (file, _source, message) => {
    const found = messages.get(file) ?? [];
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it.each(allowed)("%s may: %s", (file) => {
    expect(messages.get(file)).toEqual([]);
  });
});
