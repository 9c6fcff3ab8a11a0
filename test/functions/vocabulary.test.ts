import { builtinFrameworkIds, frameworkToTable, getBuiltinFramework } from "../../src/core";
import {
  call,
  errorCell,
  installExcelRuntime,
  loadRegistered,
  shown,
  type Registered,
} from "./excel-runtime";

const MONDAY_6_JAN_2025 = 45663;

let fns: Map<string, Registered>;
const fn = (id: string) => fns.get(id) as Registered;

beforeAll(async () => {
  installExcelRuntime();
  fns = (await loadRegistered()).byId;
});

describe("TRUST.SUPPORT", () => {
  it("gives the seed's support offer for a level written as name, code or number", () => {
    const tiers = getBuiltinFramework("tiers")!;
    expect(call(fn("SUPPORT"), "tiers", [["Tier 4 Stabilise"]])).toEqual([
      [tiers.levels[3].support],
    ]);
    expect(call(fn("SUPPORT"), "tiers", [["t1"], ["T2"]])).toEqual([
      [tiers.levels[0].support],
      [tiers.levels[1].support],
    ]);
    const category = getBuiltinFramework("category")!;
    expect(call(fn("SUPPORT"), "category", [[3]])).toEqual([[category.levels[2].support]]);
  });

  it("names the framework's levels when a level is not one of them", () => {
    expect(shown(call(fn("SUPPORT"), "category", [["Category 5"]]))).toEqual([
      [
        "#VALUE!: level 'Category 5' is not a level of Symphony category; expected one of: Category 1, Category 2, Category 3, Category 4",
      ],
    ]);
  });
});

describe("TRUST.NEXTREVIEW", () => {
  it("returns a date serial from the level's cadence and the default half terms", () => {
    // Category 4 is reviewed every half term: Spring 2 starts Monday 24 February 2025.
    expect(call(fn("NEXTREVIEW"), "category", [["Category 4"]], [[MONDAY_6_JAN_2025]])).toEqual([
      [MONDAY_6_JAN_2025 + 49],
    ]);
    // Category 1 is reviewed termly: Summer 1 starts Monday 21 April 2025.
    expect(call(fn("NEXTREVIEW"), "category", [[1]], [["2025-01-06"]])).toEqual([
      [MONDAY_6_JAN_2025 + 105],
    ]);
  });

  it("uses the trust's own term dates where given", () => {
    const termDates = [
      ["Academic year", "Half term", "Start", "End"],
      ["2024/25", "Spring 2", "2025-02-17", "2025-03-28"],
    ];
    expect(call(fn("NEXTREVIEW"), "category", [[4]], [[MONDAY_6_JAN_2025]], termDates)).toEqual([
      [MONDAY_6_JAN_2025 + 42],
    ]);
  });

  it("names what is wrong with term dates, a level or a date", () => {
    const badTerms = [
      ["Academic year", "Half term", "Start", "End"],
      ["2024/25", "Spring 9", "2025-02-17", "2025-03-28"],
    ];
    expect(
      shown(call(fn("NEXTREVIEW"), "category", [[4]], [[MONDAY_6_JAN_2025]], badTerms))
    ).toMatch(/^#VALUE!: termDates: termDates!B2 .*Spring 9/);
    expect(shown(call(fn("NEXTREVIEW"), "category", [[4], [2]], [["someday"], [""]]))).toEqual([
      [
        "#VALUE!: lastReview in row 1 'someday' is not recognised as a date; expected a date such as 2019-07-02, 20190702, 02/07/2019 (day first), 2 July 2019 or an Excel date",
      ],
      ["#VALUE!: lastReview in row 2 is blank; give the date of the last review"],
    ]);
  });
});

describe("TRUST.OFSTED", () => {
  it("names an outcome from any regime in Ofsted's words, cell by cell", () => {
    expect(
      call(fn("OFSTED"), [
        ["RI", 2, "strong standard"],
        ["Remains good", "SM", "not judged"],
      ])
    ).toEqual([
      ["Requires improvement", "Good", "Strong standard"],
      ["Remains good (ungraded)", "Special measures", "Not judged"],
    ]);
  });

  it("says which cell it cannot read", () => {
    expect(
      shown(call(fn("OFSTED"), [["Good"], ["Goodish"], [""], ["NE"], [errorCell("#N/A")]]))
    ).toEqual([
      ["Good"],
      [
        expect.stringMatching(
          /^#VALUE!: outcome in row 2 'Goodish' is not a recognised Ofsted outcome; expected Outstanding, Good/
        ),
      ],
      ["#N/A: outcome is blank"],
      ["#N/A: outcome in row 4 is not available (NE: no entries)"],
      ["#N/A: outcome in row 5 holds the error #N/A"],
    ]);
  });
});

describe("TRUST.CURRICULUM", () => {
  it("reads 001's table, with capacity optional for tiers 1 and 2", () => {
    const CURRICULUM = fn("CURRICULUM");
    expect(
      call(CURRICULUM, [["Secure"]], [["Highly effective"]], [["In line or above national"]])
    ).toEqual([[1]]);
    expect(call(CURRICULUM, [["Secure"]], [["Effective"]], [["Weak"]], [["Yes"]])).toEqual([[3]]);
    expect(call(CURRICULUM, [["Not secure"]], [["Ineffective"]], [["Weak"]], [["No"]])).toEqual([
      [5],
    ]);
  });

  it("says 'no matching tier' for a combination outside the table, and names unknown words", () => {
    const CURRICULUM = fn("CURRICULUM");
    expect(call(CURRICULUM, [["Not secure"]], [["Highly effective"]], [["Weak"]])).toEqual([
      ["no matching tier"],
    ]);
    expect(shown(call(CURRICULUM, [["Secure"]], [["Great"]], [["Weak"]]))).toEqual([
      [
        "#VALUE!: implementation 'Great' is not recognised; expected Highly effective, Effective or Ineffective",
      ],
    ]);
  });
});

describe("TRUST.SCCLEVEL", () => {
  it("moves up a level on insufficient progress, up to level 4", () => {
    expect(call(fn("SCCLEVEL"), [[1], [3], [4]], [["Insufficient progress"]])).toEqual([
      [2],
      [4],
      [4],
    ]);
  });

  it("stays on good progress, or steps down (leaving SCC from level 1) when the trust says so", () => {
    expect(call(fn("SCCLEVEL"), [[2]], [["Responding well"]])).toEqual([[2]]);
    expect(call(fn("SCCLEVEL"), [[2], [1]], [["Responding well"]], "step down")).toEqual([
      [1],
      [0],
    ]);
  });

  it("names an unknown level, progress or rule", () => {
    expect(shown(call(fn("SCCLEVEL"), [[5]], [["Responding well"]]))).toEqual([
      ["#VALUE!: SCC level 5 is not recognised; expected 1, 2, 3 or 4"],
    ]);
    expect(shown(call(fn("SCCLEVEL"), [[2]], [["fine"]], "leap"))).toBe(
      "#VALUE!: onGoodProgress 'leap' is not recognised; expected stay or step down"
    );
  });
});

describe("TRUST.FRAMEWORK", () => {
  it.each(builtinFrameworkIds)("spills %s as its framework table, blanks as empty text", (id) => {
    const expected = frameworkToTable(getBuiltinFramework(id)!).map((row) =>
      row.map((c) => c ?? "")
    );
    expect(call(fn("FRAMEWORK"), id)).toEqual(expected);
  });
});
