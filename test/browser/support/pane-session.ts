import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page, type Route } from "playwright-core";
import { CSP_VIOLATIONS_GLOBAL } from "./harness-globals";
import { officeStubSource, type OfficeStubOptions } from "./office-stub";
import type { StaticServer } from "./serve-dist";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Debian's Chromium with the flags toolchain-notes.md found to work on this kind of machine. */
const LAUNCH = {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

/** The default task pane width in Excel. */
const PANE_VIEWPORT = { width: 340, height: 720 };

export interface PaneSessionOptions {
  /** Page-side harness script (see build-harness.ts), run before the page's own scripts. */
  readonly harness: string;
  /** The Office.js stand-in to serve, or "blocked" to fail Office's script as a proxy would. */
  readonly office: OfficeStubOptions | "blocked";
  /** Emulate a Windows contrast theme (CSS `forced-colors: active`). */
  readonly forcedColors?: boolean;
}

export interface PaneSession {
  readonly page: Page;
  /** Console errors, uncaught errors, CSP violations and requests to other hosts, as text. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

const recordCspViolations = `(() => {
  const seen = (window[${JSON.stringify(CSP_VIOLATIONS_GLOBAL)}] = []);
  document.addEventListener("securitypolicyviolation", (event) =>
    seen.push(event.violatedDirective + " blocked " + (event.blockedURI || "inline code"))
  );
})();`;

/**
 * Opens dist/taskpane.html from `server` in Chromium. Office's script request is answered by
 * the stand-in; every other request that is not to `server` is aborted and reported.
 */
export async function openPane(
  server: StaticServer,
  options: PaneSessionOptions
): Promise<PaneSession> {
  const profile = mkdtempSync(join(tmpdir(), "trusttier-chromium-"));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    ...LAUNCH,
    viewport: PANE_VIEWPORT,
    forcedColors: options.forcedColors ? "active" : "none",
  });
  const problems: string[] = [];

  await context.route("**/*", (route: Route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      if (options.office === "blocked") return route.abort("blockedbyclient");
      return route.fulfill({
        contentType: "text/javascript",
        body: officeStubSource(options.office),
      });
    }
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(recordCspViolations);
  await context.addInitScript(options.harness);

  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(`${server.origin}/taskpane.html`);

  return {
    page,
    async problems() {
      const violations = await page.evaluate(
        (name) => (window as unknown as Record<string, string[]>)[name] ?? [],
        CSP_VIOLATIONS_GLOBAL
      );
      return [...problems, ...violations.map((violation) => `CSP violation: ${violation}`)];
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
