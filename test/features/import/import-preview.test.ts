import { planPublishedImport } from "../../../src/core/published";
import { filePreview, problemsToFix, tableChanges } from "../../../src/features/import";
import { fixture } from "../../core/published/fixture-files";

const schoolList = fixture("gias/group_links.csv");

describe("the Import data preview", () => {
  it("describes each file (family, year, encoding, rows, codes) and the rows each table gains", () => {
    const abs = fixture("dfe-2018-19/england_abs.csv");
    const plan = planPublishedImport({
      files: [{ ...abs, name: "england_abs.csv" }],
      schoolList,
      year: "2018/19",
      existing: {},
    });
    const preview = filePreview(plan.reports[0], false);
    expect(preview.title).toBe(
      "DfE performance tables: absence, 2018/19, utf-8 with BOM: 16 rows matched to the trust"
    );
    expect(preview.details[0]).toMatch(/^Trust schools not in the file: \d+/);
    expect(preview.details).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Columns recognised: .*PERCTOT/)])
    );
    expect(tableChanges(plan, [])).toEqual([
      "Schools (new table): 19 rows to add",
      expect.stringMatching(/^Measures \(new table\): \d+ rows to add$/),
      expect.stringMatching(/^National \(new table\): \d+ rows to add$/),
    ]);
  });

  it("asks for the year itself rather than listing it as a problem", () => {
    const ks2 = fixture("dfe-2018-19/england_ks2final.csv");
    const plan = planPublishedImport({
      files: [{ ...ks2, name: "england_ks2final.csv" }],
      schoolList,
      existing: {},
    });
    expect(plan.needsYear).toEqual(["england_ks2final.csv"]);
    expect(plan.problems).toHaveLength(1);
    expect(problemsToFix(plan)).toEqual([]);
    expect(filePreview(plan.reports[0], true).title).toMatch(/year not stated/);
  });

  it("keeps the problems a person must fix, such as a file it does not recognise", () => {
    const plan = planPublishedImport({
      files: [{ name: "shoes.csv", grid: [["Pupil", "Shoe size"]] }],
      schoolList,
      existing: {},
    });
    expect(problemsToFix(plan)).toEqual([
      expect.objectContaining({ sheet: "shoes.csv", message: expect.stringMatching(/recognise/) }),
    ]);
  });
});
