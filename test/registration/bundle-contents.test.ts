import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR, FUNCTIONS_SCRIPT, functionsScripts, readPanePage } from "../../bench/bundle";

/** Text only the pane's libraries carry, found in the built pane bundle. */
const PANE_ONLY = {
  "@microsoft/office-js-helpers": "hostInfoValue",
  "react-dom": "Minified React error",
};

const read = (file: string) => readFileSync(join(DIST_DIR, file), "utf8");

describe("the functions bundle carries none of the pane's libraries", () => {
  const functionsCode = functionsScripts(readPanePage()).map(read).join("\n");
  const paneCode = read("taskpane.js");

  it.each(Object.entries(PANE_ONLY))("%s stays in the pane", (_library, marker) => {
    expect(paneCode).toContain(marker);
    expect(functionsCode).not.toContain(marker);
  });

  it("is a separate file from the pane", () => {
    expect(functionsScripts(readPanePage())).not.toContain("taskpane.js");
    expect(functionsScripts(readPanePage()).at(-1)).toBe(FUNCTIONS_SCRIPT);
  });
});
