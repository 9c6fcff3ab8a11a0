import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinFrameworkIds } from "../../src/core";
import { HELP_BASE_URL } from "../../src/functions/help-url";
import { CellFailure, catalogueIds, runCatalogue } from "../../src/functions/catalogue";
import { exampleArguments, functionExamples } from "../../src/functions/examples";
import {
  call,
  ExcelError,
  installExcelRuntime,
  loadRegistered,
  type Metadata,
  type Registered,
} from "./excel-runtime";

const DOCS = readFileSync(join(__dirname, "../../docs/functions.md"), "utf8");
const FUNCTIONS_SOURCE = readFileSync(join(__dirname, "../../src/functions/functions.ts"), "utf8");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/ /g, "-");
const ANCHORS = DOCS.split("\n")
  .filter((line) => line.startsWith("#"))
  .map((line) => anchorOf(line.replace(/^#+\s*/, "")));

let metadata: Metadata;
let byId: Map<string, Registered>;

beforeAll(async () => {
  installExcelRuntime();
  ({ metadata, byId } = await loadRegistered());
});

describe("the TRUST catalogue's metadata", () => {
  it("is the reviewed list of ids (ids are stored in workbooks: never rename one)", () => {
    expect(metadata.functions.map(({ id }) => id)).toEqual([
      "TIER",
      "TIERFROM",
      "EXPLAIN",
      "EXPLAINFROM",
      "SUPPORT",
      "NEXTREVIEW",
      "OFSTED",
      "TREND",
      "RAG",
      "CURRICULUM",
      "SCCLEVEL",
      "FRAMEWORK",
      "TARGET",
    ]);
  });

  it("gives every function a description, parameter help and a help URL into docs/functions.md", () => {
    for (const fn of metadata.functions) {
      expect(fn.description).toBeTruthy();
      expect(fn.parameters.every((parameter) => Boolean(parameter.description))).toBe(true);
      expect(fn.helpUrl).toBe(`${HELP_BASE_URL}#trust${fn.id.toLowerCase()}`);
      expect(ANCHORS).toContain(`trust${fn.id.toLowerCase()}`);
    }
  });

  it("writes every help URL from the one base", () => {
    const urls = [...FUNCTIONS_SOURCE.matchAll(/^\s*\* @helpurl (\S+)/gm)].map((match) => match[1]);
    expect(urls).toHaveLength(metadata.functions.length);
    expect(urls.every((url) => url.startsWith(`${HELP_BASE_URL}#`))).toBe(true);
  });

  it("offers the built-in framework ids as a custom enum on every framework parameter", () => {
    const frameworkEnum = metadata.enums?.find(({ id }) => id === "FrameworkId");
    expect(frameworkEnum?.values.map((value) => value.stringValue)).toEqual([
      ...builtinFrameworkIds,
    ]);
    const frameworkParameters = metadata.functions.flatMap(({ parameters }) =>
      parameters.filter(({ name }) => name === "framework")
    );
    expect(frameworkParameters.length).toBe(5);
    expect(frameworkParameters.every(({ customEnumId }) => customEnumId === "FrameworkId")).toBe(
      true
    );
  });

  it("takes ranges as any[][] so Excel passes error cells in (allowErrorForDataTypeAny)", () => {
    const rangeParameters = ["headers", "values", "frameworkTable", "level", "outcome", "value"];
    for (const { parameters } of metadata.functions) {
      for (const parameter of parameters.filter(({ name }) => rangeParameters.includes(name))) {
        expect([parameter.name, parameter.type, parameter.dimensionality]).toEqual([
          parameter.name,
          "any",
          "matrix",
        ]);
      }
    }
  });
});

describe("the catalogue without Excel (for the command-line tool and the demo workbook)", () => {
  it("holds every registered id", () => {
    expect([...catalogueIds]).toEqual(metadata.functions.map(({ id }) => id));
  });

  it("gives what Excel gets, with failures as CellFailure values", () => {
    const plain = (value: unknown): unknown =>
      value instanceof CellFailure
        ? [value.code === "invalidValue" ? "#VALUE!" : "#N/A", value.message]
        : value instanceof ExcelError
          ? [value.code, value.message]
          : Array.isArray(value)
            ? value.map(plain)
            : value;
    for (const example of functionExamples) {
      const args = exampleArguments(example);
      expect(plain(runCatalogue(example.id, args))).toEqual(
        plain(call(byId.get(example.id) as Registered, ...args))
      );
    }
  });

  it("names an unknown id", () => {
    expect(runCatalogue("NOPE", [])).toEqual(
      new CellFailure(
        "invalidValue",
        `TRUST.NOPE is not a TrustTier function; expected one of: ${catalogueIds.join(", ")}`
      )
    );
  });
});
