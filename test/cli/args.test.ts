import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("defaults the demo's output and data folder", () => {
    expect(parseArgs(["demo"])).toEqual({
      ok: true,
      command: { kind: "demo", output: "demo/TrustTier-demo.xlsx", data: "data/demo-trust" },
    });
  });

  it("reads classify's options in either --name value or --name=value form", () => {
    expect(
      parseArgs([
        "classify",
        "--input",
        "trust.xlsx",
        "--table=Schools",
        "--framework",
        "tiers, category",
        "--as-of",
        "2026-07-17",
        "--output",
        "out/packs.xlsx",
      ])
    ).toEqual({
      ok: true,
      command: {
        kind: "classify",
        input: "trust.xlsx",
        output: "out/packs.xlsx",
        source: { kind: "table", name: "Schools" },
        frameworks: ["tiers", "category"],
        asOf: "2026-07-17",
      },
    });
  });

  it.each([
    [[], { kind: "help" }],
    [["--help"], { kind: "help" }],
    [["classify", "--help"], { kind: "help" }],
  ])("%j asks for help", (argv, command) => {
    expect(parseArgs(argv)).toEqual({ ok: true, command });
  });

  it.each([
    [
      ["report"],
      "unknown command 'report'; expected demo, classify, cards, import, targets, baseline or join",
    ],
    [["classify"], "classify needs --input <trust workbook.xlsx>"],
    [["classify", "--input"], "--input needs a value"],
    [["classify", "--input", "--sheet", "S"], "--input needs a value"],
    [
      ["import", "--data", "ks2.xlsx", "--output", "o.xlsx"],
      "--data ks2.xlsx is not a .csv or .ods file (save it as CSV first)",
    ],
    [["import", "--data", "ks2.csv"], "import needs --output OUT.xlsx"],
    [
      ["import", "--output", "o.xlsx"],
      "import needs at least one --data FILE (a published .csv or .ods file)",
    ],
    [
      ["import", "--data", "a.csv", "--year", "2019", "--output", "o.xlsx"],
      "--year 2019 is not an academic year; expected YYYY/YY such as 2018/19",
    ],
    [["classify", "--input", "t.xlsx", "--output", "t.csv"], "--output t.csv must end in .xlsx"],
    [
      ["classify", "--input", "t.xlsx", "--sheet", "A", "--table", "B"],
      "give --sheet or --table, not both",
    ],
    [
      ["classify", "--input", "t.xlsx", "--as-of", "17/07/2026"],
      "--as-of 17/07/2026 is not a date; expected YYYY-MM-DD",
    ],
    [["classify", "--input", "t.xlsx", "--input", "u.xlsx"], "--input is given twice"],
    [["demo", "--sheet", "S"], "'--sheet' is not an option of demo; expected --output, --data"],
  ])("%j is refused: %s", (argv, message) => {
    expect(parseArgs(argv)).toEqual({ ok: false, message });
  });
});

describe("parseArgs import", () => {
  it("takes --data more than once, with --input, --schools and --year", () => {
    expect(
      parseArgs([
        "import",
        "--input",
        "trust.xlsx",
        "--schools",
        "schools.csv",
        "--data",
        "a.csv",
        "--data=b.csv",
        "--year",
        "2018-19",
        "--output",
        "out.xlsx",
      ])
    ).toEqual({
      ok: true,
      command: {
        kind: "import",
        input: "trust.xlsx",
        schools: "schools.csv",
        data: ["a.csv", "b.csv"],
        year: "2018/19",
        output: "out.xlsx",
      },
    });
  });

  it("accepts a .csv input for classify and cards", () => {
    expect(parseArgs(["cards", "--input", "schools.csv"])).toMatchObject({ ok: true });
  });
});
