import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PNG } from "pngjs";
import { DIST_DIR } from "../../bench/bundle";
import { OFFICE_PROBLEM_MESSAGES } from "../../src/taskpane/shell/office-ready";
import { SMOKE_WORKBOOK_NAME } from "./harness/smoke-data";
import { buildHarness } from "./support/build-harness";
import { ASSOCIATED_IDS_GLOBAL } from "./support/harness-globals";
import { EXCEL_ON_THE_WEB } from "./support/office-stub";
import { openPane, type PaneSession } from "./support/pane-session";
import { serveFolder, type StaticServer } from "./support/serve-dist";

const SCREENSHOTS = resolve(__dirname, "..", "..", "test-results", "browser");

let server: StaticServer;
let harness: string;
let session: PaneSession | undefined;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [server, harness] = await Promise.all([
    serveFolder(DIST_DIR),
    buildHarness("test/browser/harness/smoke-workbook.ts"),
  ]);
}, 120_000);

afterEach(async () => {
  await session?.close();
  session = undefined;
});

afterAll(async () => {
  await server?.close();
});

describe("the task pane in Chromium, attached to an in-memory workbook", () => {
  it("renders the product name and the attached workbook, with no errors", async () => {
    session = await openPane(server, { harness, office: EXCEL_ON_THE_WEB });
    const { page } = session;

    await page.getByRole("heading", { name: "TrustTier", level: 1 }).waitFor();
    const card = page.getByRole("group", { name: "Attached workbook" });
    await card.getByText(SMOKE_WORKBOOK_NAME).waitFor();
    // Two sheets a person sees; TrustTier's very hidden settings sheet is not counted.
    await card.getByText("2 sheets · 1 table").waitFor();
    await page.getByText("Running in Excel on the web").waitFor();

    const screenshot = join(SCREENSHOTS, "pane-smoke.png");
    await page.screenshot({ path: screenshot, fullPage: true });
    const png = PNG.sync.read(readFileSync(screenshot));
    expect(png.width).toBe(340);

    const metadata = JSON.parse(readFileSync(join(DIST_DIR, "functions.json"), "utf8"));
    const associated = await page.evaluate(
      (name) => (window as unknown as Record<string, string[]>)[name],
      ASSOCIATED_IDS_GLOBAL
    );
    expect([...associated].sort()).toEqual(
      metadata.functions.map(({ id }: { id: string }) => id).sort()
    );
    expect(await session.problems()).toEqual([]);
  }, 60_000);

  it("follows Office's dark theme", async () => {
    session = await openPane(server, {
      harness,
      office: { ...EXCEL_ON_THE_WEB, platform: "PC", bodyBackgroundColor: "#262626" },
    });
    const { page } = session;
    await page.getByText("Running in Excel on Windows").waitFor();
    await page.locator("[data-theme='dark']").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "pane-dark.png"), fullPage: true });
    expect(await session.problems()).toEqual([]);
  }, 60_000);

  it("selects Fluent's high-contrast theme in a Windows contrast theme", async () => {
    session = await openPane(server, { harness, office: EXCEL_ON_THE_WEB, forcedColors: true });
    const { page } = session;
    await page.locator("[data-theme='highContrast']").getByText(SMOKE_WORKBOOK_NAME).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "pane-high-contrast.png"), fullPage: true });
    expect(await session.problems()).toEqual([]);
  }, 60_000);

  it("explains, instead of a blank pane, when Office.js is blocked", async () => {
    session = await openPane(server, { harness, office: "blocked" });
    const { page } = session;
    await page.getByRole("alert").getByText(OFFICE_PROBLEM_MESSAGES.blocked).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "pane-office-blocked.png"), fullPage: true });
    // Only the two consequences of the blocked script: its failed load, and the functions
    // bundle finding no CustomFunctions to register with (Excel never runs it without Office).
    expect(await session.problems()).toEqual([
      expect.stringMatching(/^console error: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/),
      "uncaught: CustomFunctions is not defined",
    ]);
  }, 60_000);
});
