import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack from "webpack";

/** The build's own TypeScript rule (webpack.config.js is CommonJS). */
const { tsRule } = createRequire(__filename)("../../../webpack.config.js") as {
  tsRule: (options?: { sourceMap?: boolean }) => webpack.RuleSetRule;
};

const ROOT = resolve(__dirname, "..", "..", "..");

/**
 * Bundles a page-side harness entry (test/browser/harness/*.ts) into one script for
 * `page.addInitScript`. It is built here, not by `npm run build`, so dist/ ships no test code.
 */
export async function buildHarness(entry: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "trusttier-harness-"));
  const compiler = webpack({
    mode: "production",
    context: ROOT,
    entry: resolve(ROOT, entry),
    // No eval-based source maps: the pane's Content-Security-Policy forbids eval.
    devtool: false,
    output: { path: outDir, filename: "harness.js", iife: true },
    optimization: { minimize: false },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule()] },
  });
  try {
    const stats = await new Promise<webpack.Stats>((done, fail) =>
      compiler.run((error, result) => (error || !result ? fail(error) : done(result)))
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    return readFileSync(join(outDir, "harness.js"), "utf8");
  } finally {
    await new Promise((done) => compiler.close(done));
    rmSync(outDir, { recursive: true, force: true });
  }
}
