import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  academicYearFromName,
  decodePublishedText,
  figureColumns,
  figureFamilies,
  readEditionMeta,
  recogniseFile,
  statusFromName,
} from "../../../src/core/published";
import { FIXTURES, fixture } from "./fixture-files";

describe("recognising published files by their own headers", () => {
  it.each([
    ["dfe-2018-19/england_ks2final.csv", "ks2"],
    ["synthetic/england_ks2_2022-2023_provisional.csv", "ks2"],
    ["dfe-2018-19/england_ks4provisional.csv", "ks4"],
    ["dfe-2018-19/england_abs.csv", "absence"],
    ["dfe-2018-19/england_census.csv", "census"],
    ["gias/group_links.csv", "gias-establishments"],
    ["gias/links.csv", "gias-links"],
    ["synthetic/ofsted_mi_eif_2023-08-31.csv", "ofsted-mi"],
    ["synthetic/ofsted_mi_2024-25_2025-03-31.csv", "ofsted-mi"],
    ["synthetic/ofsted_mi_report_cards_2026-02-28.csv", "ofsted-mi"],
    ["synthetic/england_ks2_2022-2023_meta.csv", "meta"],
  ])("%s is %s", (path, family) => {
    expect(recogniseFile(fixture(path).grid).family).toBe(family);
  });

  it("splits year suffixes but keeps codes whose digits are part of the code", () => {
    const ks2 = recogniseFile(fixture("synthetic/england_ks2_2022-2023_provisional.csv").grid);
    if (!("columns" in ks2)) throw new Error("not a figure file");
    const role = (header: string) => ks2.columns.roles[ks2.columns.headers.indexOf(header)];
    expect(role("PTRWM_EXP_22")).toEqual({
      kind: "measure",
      measure: "ks2-rwm-expected",
      base: "PTRWM_EXP",
      suffix: "22",
    });
    expect(role("PTRWM_EXP")).toEqual({
      kind: "measure",
      measure: "ks2-rwm-expected",
      base: "PTRWM_EXP",
    });
    const ks4 = recogniseFile(fixture("dfe-2018-19/england_ks4provisional.csv").grid);
    if (!("columns" in ks4)) throw new Error("not a figure file");
    expect(ks4.columns.roles[ks4.columns.headers.indexOf("PTL2BASICS_95")]).toMatchObject({
      kind: "measure",
      base: "PTL2BASICS_95",
    });
    expect(ks4.columns.roles[ks4.columns.headers.indexOf("PTL2BASICS_94")]).toEqual({
      kind: "measure",
      measure: "ks4-em-grade4",
      base: "PTL2BASICS_94",
    });
  });

  it("recognises each cohort column in its year-suffixed form too (TELIG_22 beside PTRWM_EXP_22)", () => {
    for (const family of figureFamilies) {
      const cohorts = [family.cohort, ...family.measures.map((m) => m.cohort)].flatMap((c) =>
        c ? [c] : []
      );
      const columns = figureColumns(
        family,
        cohorts.map((code) => `${code}_22`)
      );
      expect(columns.roles).toEqual(
        cohorts.map((base) => ({ kind: "recognised", base, suffix: "22" }))
      );
    }
  });

  it("refuses an unknown file naming its headers", () => {
    const result = recogniseFile([
      ["Pupil", "Shoe size"],
      ["A", "5"],
    ]);
    expect(result.family).toBeUndefined();
    expect(result).toMatchObject({ message: expect.stringContaining("Pupil, Shoe size") });
  });

  it("reads a BOM as UTF-8 and Ofsted's Windows-1252 curly apostrophe as itself", () => {
    expect(
      decodePublishedText(readFileSync(join(FIXTURES, "dfe-2018-19/england_abs.csv"))).encoding
    ).toBe("utf-8 with BOM");
    const ofsted = decodePublishedText(
      readFileSync(join(FIXTURES, "synthetic/ofsted_mi_eif_2023-08-31.csv"))
    );
    expect(ofsted.encoding).toBe("windows-1252");
    expect(ofsted.text).toContain("Sneinton St Stephen\u2019s");
  });

  it("takes the RECTYPE meanings from the edition's metadata", () => {
    const meta = readEditionMeta(
      fixture("synthetic/england_ks4provisional_2018-2019_meta.csv").grid
    );
    expect(meta.recordTypes.get("4")?.kind).toBe("la");
    expect(meta.recordTypes.get("5")?.kind).toBe("national-all");
    expect(meta.recordTypes.get("7")).toEqual({
      kind: "national-state-funded",
      meaning: "National (state-funded schools)",
    });
    expect(meta.recordTypes.get("1")?.kind).toBe("school");
  });

  it("reads year and status from file and folder names", () => {
    expect(academicYearFromName("dfe-2018-19/england_abs.csv")).toBe("2018/19");
    expect(academicYearFromName("x/england_ks2_2022-2023_revised.csv")).toBe("2022/23");
    expect(academicYearFromName("england_ks2final.csv")).toBeUndefined();
    expect(statusFromName("england_ks2_2022-2023_revised.csv")).toBe("revised");
    expect(statusFromName("england_ks4provisional.csv")).toBe("provisional");
  });
});
