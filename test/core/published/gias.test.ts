import { readSchoolList } from "../../../src/core/published";
import { fixture } from "./fixture-files";

describe("a GIAS group-links extract as the trust's school list", () => {
  const { schools, problems } = readSchoolList(
    fixture("gias/group_links.csv").grid,
    "group_links.csv"
  );

  it("keeps each school once, though GIAS lists it under its sponsor and its trust", () => {
    expect(problems).toEqual([]);
    expect(schools).toHaveLength(19);
  });

  it("takes the joined date from the trust's link, not the sponsor's", () => {
    // 139217: "School sponsor" joined 2013-02-28, "Multi-academy trust" joined 2013-01-01.
    expect(schools.find((s) => s.urn === 139217)?.joined).toBe("2013-01-01");
    // 138776: both links say 2018-09-01.
    expect(schools.find((s) => s.urn === 138776)?.joined).toBe("2018-09-01");
  });
});
