import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR, FUNCTIONS_SCRIPT, functionsScripts, readPanePage } from "../../bench/bundle";
import { loadFunctionsBundle, registrationProblems } from "./load-functions-bundle";

interface FunctionsMetadata {
  readonly functions: readonly { readonly id: string; readonly name: string }[];
}

const readJson = (file: string): FunctionsMetadata => JSON.parse(readFileSync(file, "utf8"));
const metadata = readJson(join(DIST_DIR, "functions.json"));
const GOLDEN = join(__dirname, "functions.golden.json");
const metadataIds = metadata.functions.map(({ id }) => id);

describe("the built functions bundle registers exactly the functions in its metadata", () => {
  const associations = loadFunctionsBundle();

  it("associates at least one function", () => {
    expect(associations.length).toBeGreaterThan(0);
  });

  it("associates every metadata id once, and only metadata ids, each with a function", () => {
    expect(registrationProblems(metadataIds, associations)).toEqual([]);
  });

  it("reports a function renamed in the code but not in the metadata", () => {
    const renamed = metadataIds[0];
    const bundle = readFileSync(join(DIST_DIR, FUNCTIONS_SCRIPT), "utf8");
    const call = `CustomFunctions.associate("${renamed}"`;
    expect(bundle).toContain(call);
    const broken = bundle.replace(call, `CustomFunctions.associate("${renamed}RENAMED"`);

    const problems = registrationProblems(
      metadataIds,
      loadFunctionsBundle(DIST_DIR, { [FUNCTIONS_SCRIPT]: broken })
    );

    expect(problems).toEqual([
      `${renamed} is in functions.json but never associated: Excel shows #NAME?`,
      `${renamed}RENAMED is associated but not in functions.json: Excel never calls it`,
    ]);
  });

  it("registers nothing when the functions bundle runs without the webpack runtime chunk", () => {
    const [runtime] = functionsScripts(readPanePage());
    expect(runtime).not.toBe(FUNCTIONS_SCRIPT);
    const associations = loadFunctionsBundle(DIST_DIR, { [runtime]: "" });
    expect(registrationProblems(metadataIds, associations)).toContain(
      `${metadataIds[0]} is in functions.json but never associated: Excel shows #NAME?`
    );
  });
});

describe("the generated metadata matches the reviewed golden file", () => {
  const readGolden = (): FunctionsMetadata => {
    if (!existsSync(GOLDEN)) {
      throw new Error(
        `${GOLDEN} is missing: review dist/functions.json and copy it there (README.md)`
      );
    }
    return readJson(GOLDEN);
  };

  it("keeps every reviewed id (ids are stored in users' workbooks)", () => {
    const missing = readGolden()
      .functions.map(({ id }) => id)
      .filter((id) => !metadataIds.includes(id));
    expect(missing).toEqual([]);
  });

  it("equals the golden file (see test/registration/README.md to update it deliberately)", () => {
    expect(metadata).toEqual(readGolden());
  });
});
