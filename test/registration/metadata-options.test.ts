import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR } from "../../bench/bundle";
import { buildSettings } from "../manifest/build-settings";

const { allowErrorsForAnyParameters } = buildSettings;

const fn = (id: string, types: (string | undefined)[]) => ({
  id,
  name: id,
  parameters: types.map((type, i) => ({ name: `p${i}`, ...(type ? { type } : {}) })),
  result: {},
});

describe("the build lets Excel pass error cells to parameters of type any", () => {
  it("sets the top-level allowErrorForDataTypeAny when a function takes an any parameter", () => {
    const metadata = { functions: [fn("ONE", ["number"]), fn("TWO", ["string", "any"])] };
    expect(allowErrorsForAnyParameters(metadata)).toEqual({
      ...metadata,
      allowErrorForDataTypeAny: true,
    });
  });

  it("treats a parameter without a type as any, as Excel does", () => {
    const metadata = { functions: [fn("UNTYPED", [undefined])] };
    expect(allowErrorsForAnyParameters(metadata).allowErrorForDataTypeAny).toBe(true);
  });

  it("leaves metadata without any parameters of type any unchanged", () => {
    const metadata = { functions: [fn("ADD", ["number", "number"])] };
    expect(allowErrorsForAnyParameters(metadata)).toEqual(metadata);
  });

  it("is applied to the built dist/functions.json", () => {
    const built = JSON.parse(readFileSync(join(DIST_DIR, "functions.json"), "utf8"));
    expect(built).toEqual(allowErrorsForAnyParameters(built));
  });
});
