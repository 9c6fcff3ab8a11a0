import {
  call,
  errorCell,
  installExcelRuntime,
  loadRegistered,
  shown,
  type Registered,
} from "./excel-runtime";

let TREND: Registered;
let RAG: Registered;

beforeAll(async () => {
  installExcelRuntime();
  const { byId } = await loadRegistered();
  TREND = byId.get("TREND") as Registered;
  RAG = byId.get("RAG") as Registered;
});

describe("TRUST.TREND", () => {
  it("reads one school's years from a row, against national", () => {
    expect(call(TREND, [[60, 62, 65]], [[61, 61, 61]])).toEqual([["Positive"]]);
    expect(call(TREND, [[60, 58, 55]], [[61, 61, 61]])).toEqual([["Declining"]]);
    expect(call(TREND, [[60, 63, 59]], [[61, 61, 61]])).toEqual([["Variable"]]);
  });

  it("reads a single column as one school's years, with one national figure for all", () => {
    expect(call(TREND, [[55], [57], [56]], [[50]])).toEqual([["Positive"]]);
  });

  it("spills one result per school when given a row per school", () => {
    const values = [
      [60, 62, 65],
      [60, 58, 55],
      [60, 63, 59],
    ];
    expect(call(TREND, values, [[61, 61, 61]])).toEqual([
      ["Positive"],
      ["Declining"],
      ["Variable"],
    ]);
  });

  it("turns the comparison round when lower is better (persistent absence)", () => {
    expect(call(TREND, [[20, 18, 15]], [[19, 19, 19]], false)).toEqual([["Positive"]]);
    expect(call(TREND, [[15, 18, 20]], null, false)).toEqual([["Declining"]]);
  });

  it("skips blank and suppressed years, and reads numbers written as text", () => {
    expect(call(TREND, [["45%", "SUPP", "", "48%"]])).toEqual([["Positive"]]);
  });

  it("needs at least two years", () => {
    expect(shown(call(TREND, [[60, "c", ""]]))).toEqual([
      ["#N/A: not enough years: TREND needs figures for at least 2 years (values has 1)"],
    ]);
  });

  it("gives an error cell in one school's row an error for that school only", () => {
    const result = shown(
      call(TREND, [
        [1, 2],
        [1, errorCell("#N/A")],
        [2, 1],
      ])
    );
    expect(result).toEqual([
      ["Positive"],
      ["#N/A: values row 2 year 2 holds the error #N/A"],
      ["Declining"],
    ]);
  });

  it.each([
    [
      [[1, "lots"]],
      null,
      undefined,
      "#VALUE!: values year 2 'lots' is not a number; expected e.g. 45, 45.2, 1,234 or 45%",
    ],
    [
      [[1, 2, 3]],
      [[1, 2]],
      undefined,
      "#VALUE!: national has 1 x 2 cells but values has 3 years per school; give one national figure per year (or one for every year)",
    ],
    [[[1, 2]], null, "sideways", "#VALUE!: higherIsBetter 'sideways' is not TRUE or FALSE"],
    [[], null, undefined, "#VALUE!: values is an empty range"],
  ])("refuses %j / %j / %j with a message", (values, national, higher, message) => {
    const result = shown(call(TREND, values, national, higher));
    expect(Array.isArray(result) ? (result as string[][])[0][0] : result).toBe(message);
  });
});

describe("TRUST.RAG", () => {
  it("rates a single figure", () => {
    expect(call(RAG, [[92]], [[94]], [[90]])).toEqual([["Amber"]]);
    expect(call(RAG, [["18%"]], [[15]], [[20]], false)).toEqual([["Amber"]]);
  });

  it("rates a column of figures against one target and national", () => {
    expect(call(RAG, [[95], [92], [88]], [[94]], [[90]])).toEqual([["Green"], ["Amber"], ["Red"]]);
  });

  it("keeps failures in their own row", () => {
    expect(
      shown(call(RAG, [[95], ["SUPP"], [""], [errorCell("#N/A")], ["high"]], [[94]], [[90]]))
    ).toEqual([
      ["Green"],
      ["#N/A: value in row 2 is not available (SUPP: suppressed: cohort too small to publish)"],
      ["#N/A: value in row 3 is blank"],
      ["#N/A: value in row 4 holds the error #N/A"],
      ["#VALUE!: value in row 5 'high' is not a number; expected e.g. 45, 45.2, 1,234 or 45%"],
    ]);
  });

  it("needs a target or a national figure", () => {
    expect(shown(call(RAG, [[95]], [[null]], [["x"]]))).toEqual([
      ["#N/A: no target or national figure to compare the value with"],
    ]);
  });

  // Issue 14, item 8: Amber and Red need both benchmarks; a target with no national figure does
  // not turn a school Red, and a national figure alone gives no colour (core ragRule).
  it("gives #N/A with the reason when it has one benchmark and cannot tell the colour", () => {
    expect(call(RAG, [[95]], [[94]], [[null]])).toEqual([["Green"]]);
    expect(shown(call(RAG, [[0.4]], [[0.2]], [[null]], false))).toEqual([
      [
        "#N/A: the value misses the target and there is no national figure: RAG needs both to tell Amber from Red",
      ],
    ]);
    expect(shown(call(RAG, [[91]], [[null]], [[90]]))).toEqual([
      [
        "#N/A: no target: RAG needs one (Green means meeting the target); the value is at or better than national",
      ],
    ]);
  });

  it("refuses ranges of different sizes", () => {
    expect(shown(call(RAG, [[1], [2], [3]], [[1], [2]], [[1]]))).toBe(
      "#VALUE!: target is 2 x 1 but value is 3 x 1; give ranges of the same size, or a single cell"
    );
  });
});
