import { decide, type FrameworkLevel } from "../../../src/core";
import { ALDER, category } from "./support";

const level = (index: number): FrameworkLevel => category.levels[index];
const alderAt = (index?: number) => ({
  ...ALDER,
  ...(index === undefined ? {} : { computed: level(index) }),
});

describe("decide (override validation)", () => {
  it("accepts the computed level when nothing is typed", () => {
    expect(decide(category, alderAt(2))).toEqual({ ok: true, agreed: level(2), overridden: false });
  });

  it.each(["Category 4", "category 4", "CAT4", "4", " cat4 "])(
    "reads the agreed level %p by name, code or id, in any case",
    (typed) => {
      const decided = decide(category, alderAt(3), { agreed: typed });
      expect(decided).toMatchObject({ ok: true, overridden: false });
      expect(decided.ok && decided.agreed.id).toBe("cat4");
    }
  );

  it("accepts an override with a reason and a name", () => {
    expect(
      decide(category, alderAt(2), {
        agreed: "4",
        reason: "Safeguarding audit found serious gaps",
        agreedBy: "J Patel",
      })
    ).toEqual({
      ok: true,
      agreed: level(3),
      overridden: true,
      reason: "Safeguarding audit found serious gaps",
      agreedBy: "J Patel",
    });
  });

  it("refuses an override without a reason or a name, naming the school and the field", () => {
    const decided = decide(category, alderAt(2), { agreed: "Category 4", reason: "  " });
    expect(decided).toEqual({
      ok: false,
      problems: [
        {
          code: "not-allowed",
          urn: 138776,
          school: "Alder Primary",
          field: "reason",
          message:
            "Alder Primary (URN 138776): Reason: blank; agreeing Category 4 instead of the computed Category 3 needs a reason",
        },
        {
          code: "not-allowed",
          urn: 138776,
          school: "Alder Primary",
          field: "agreedBy",
          message:
            "Alder Primary (URN 138776): Agreed by: blank; agreeing Category 4 instead of the computed Category 3 needs the name of who agreed it",
        },
      ],
    });
  });

  it("takes the meeting's own name where a row names nobody", () => {
    const decided = decide(
      category,
      alderAt(2),
      { agreed: "2", reason: "Strong QA visit" },
      "Executive Group"
    );
    expect(decided).toMatchObject({ ok: true, overridden: true, agreedBy: "Executive Group" });
  });

  it("refuses a level the framework does not have, listing the levels", () => {
    const decided = decide(category, alderAt(2), { agreed: "Category 5" });
    expect(!decided.ok && decided.problems.map((problem) => problem.message)).toEqual([
      "Alder Primary (URN 138776): Agreed level: 'Category 5' is not a level of Symphony category; expected one of: Category 1, Category 2, Category 3, Category 4 (name, code or id)",
    ]);
  });

  it("needs a typed level, with a reason, where none was computed", () => {
    const blank = decide(category, alderAt());
    expect(!blank.ok && blank.problems.map((problem) => problem.field)).toEqual(["agreed"]);
    const typed = decide(category, alderAt(), { agreed: "3" });
    expect(!typed.ok && typed.problems.map((problem) => problem.message)).toEqual([
      "Alder Primary (URN 138776): Reason: blank; agreeing Category 3 where no level was computed needs a reason",
      "Alder Primary (URN 138776): Agreed by: blank; agreeing Category 3 where no level was computed needs the name of who agreed it",
    ]);
  });
});
