import { DIST_DIR } from "../../../bench/bundle";
import { buildHarness } from "./build-harness";
import { openPane, type PaneSession, type PaneSessionOptions } from "./pane-session";
import { serveFolder, type StaticServer } from "./serve-dist";

/**
 * The lifecycle every browser walk shares, registered at a test file's top level: build the
 * harness (after setting `globals`, string values the harness reads), serve dist/, and close
 * each test's pane. `open` starts the pane for one test.
 */
export function paneSuite(
  harnessEntry: string,
  globals: () => Record<string, string> = () => ({})
) {
  let server: StaticServer | undefined;
  let harness = "";
  let session: PaneSession | undefined;
  beforeAll(async () => {
    const bundle = await buildHarness(harnessEntry);
    server = await serveFolder(DIST_DIR);
    const prelude = Object.entries(globals())
      .map(([name, value]) => `globalThis[${JSON.stringify(name)}] = ${JSON.stringify(value)};\n`)
      .join("");
    harness = prelude + bundle;
  }, 120_000);
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    async open(options: Omit<PaneSessionOptions, "harness">): Promise<PaneSession> {
      if (!server) throw new Error("the pane suite's server did not start");
      session = await openPane(server, { harness, ...options });
      return session;
    },
  };
}
