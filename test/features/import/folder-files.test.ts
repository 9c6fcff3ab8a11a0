import { planPublishedImport } from "../../../src/core/published";
import {
  filePreview,
  folderDataPaths,
  problemsToFix,
  recognisedFolderFiles,
} from "../../../src/features/import";
import { fixture } from "../../core/published/fixture-files";

/** A fixture file as it arrives from a chosen folder: named by its path within the folder. */
const inFolder = (folder: string, path: string) => ({
  ...fixture(path),
  name: `${folder}/${path.split("/").pop()}`,
});

describe("a folder chosen in the Import data flow", () => {
  it("reads only the CSV and .ods files, naming each other file passed over", () => {
    expect(
      folderDataPaths([
        "2018-2019/england_ks2final.csv",
        "2018-2019/README.txt",
        "2018-2019/KS2.CSV",
        "2018-2019/ofsted_mi.ODS",
        "2018-2019/ks2.xlsx",
      ])
    ).toEqual({
      read: ["2018-2019/england_ks2final.csv", "2018-2019/KS2.CSV", "2018-2019/ofsted_mi.ODS"],
      passedOver: [
        { path: "2018-2019/README.txt", reason: "not a CSV or .ods file" },
        { path: "2018-2019/ks2.xlsx", reason: "not a CSV or .ods file" },
      ],
    });
  });

  it("passes over a CSV whose headers match no published layout, saying which headers it has", () => {
    const ks2 = inFolder("2018-2019", "dfe-2018-19/england_ks2final.csv");
    const codes = inFolder("2018-2019", "dfe-2018-19/la_and_region_codes_meta.csv");
    const sorted = recognisedFolderFiles([ks2, codes]);
    expect(sorted.files).toEqual([ks2]);
    expect(sorted.passedOver).toEqual([
      {
        path: "2018-2019/la_and_region_codes_meta.csv",
        reason: expect.stringMatching(
          /^not a file TrustTier recognises; its headers \(LEA, LA Name/
        ),
      },
    ]);
  });

  it("takes the year from the folder's name, so nothing needs asking", () => {
    const files = ["england_ks2final.csv", "england_abs.csv", "england_census.csv"].map((name) =>
      inFolder("2018-2019", `dfe-2018-19/${name}`)
    );
    const plan = planPublishedImport({
      files,
      schoolList: fixture("gias/group_links.csv"),
      existing: {},
    });
    expect(plan.needsYear).toEqual([]);
    expect(problemsToFix(plan)).toEqual([]);
    expect(plan.reports.map((report) => filePreview(report, false).file)).toEqual([
      "2018-2019/england_ks2final.csv",
      "2018-2019/england_abs.csv",
      "2018-2019/england_census.csv",
    ]);
    expect(plan.reports.map((report) => report.year)).toEqual(["2018/19", "2018/19", "2018/19"]);
  });
});
