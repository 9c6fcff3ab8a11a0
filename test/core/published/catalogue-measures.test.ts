import { measureByCode } from "../../../src/core/measures";
import { planPublishedImport } from "../../../src/core/published";
import { fixture } from "./fixture-files";

function rowsOf(table: { headers: string[]; appends: unknown[][] } | undefined) {
  if (!table) return [];
  return table.appends.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}

const plan = (files: Array<ReturnType<typeof fixture>>) =>
  planPublishedImport({ files, schoolList: fixture("gias/group_links.csv"), existing: {} });

describe("KS2 disadvantaged, KS4 grade 4+ English and maths and EBacc APS as catalogue measures", () => {
  it.each([
    ["ks2-rwm-expected-disadvantaged", "primary", "PTRWM_EXP_FSM6CLA1A"],
    ["ks4-em-grade4", "secondary", "PTL2BASICS_94"],
    ["ks4-ebacc-aps", "secondary", "EBACCAPS"],
  ])("%s: %s, higher is better, with DfE's definition of %s", (code, phase, column) => {
    const measure = measureByCode(code);
    expect(measure).toMatchObject({ phase, good: "up" });
    expect(measure?.definition).toMatch(new RegExp(`^${column}: `));
    expect(measure?.aliases).toContain(column);
  });

  it("writes the disadvantaged figure with the disadvantaged pupils as its cohort, never the whole cohort", () => {
    const withCount = fixture("synthetic/england_ks2_2022-2023_provisional.csv");
    const grid = withCount.grid.map((row, i) => [
      ...row,
      i === 0 ? "TFSM6CLA1A" : row[2] === 138776 || row[2] === "138776" ? "12" : "",
    ]);
    const result = plan([
      { ...withCount, grid },
      fixture("synthetic/england_ks2_2022-2023_meta.csv"),
    ]);
    const measures = rowsOf(result.tables.Measures);
    const zaytouna = measures.find(
      (m) =>
        m.URN === 138776 &&
        m["Measure code"] === "ks2-rwm-expected-disadvantaged" &&
        m["Academic year"] === "2022/23"
    );
    expect(zaytouna).toMatchObject({ Value: 52, Cohort: 12, Note: "PTRWM_EXP_FSM6CLA1A" });
    // The whole cohort (TELIG 30) is not the disadvantaged pupils' count.
    const highbank = measures.find(
      (m) => m.URN === 140017 && m["Measure code"] === "ks2-rwm-expected-disadvantaged"
    );
    expect(highbank).toMatchObject({ Value: 58, Cohort: null });
    const sneinton = measures.find(
      (m) => m.URN === 139217 && m["Measure code"] === "ks2-rwm-expected-disadvantaged"
    );
    expect(sneinton).toMatchObject({ Value: "SUPP" });
    const national = rowsOf(result.tables.National).find(
      (n) => n["Measure code"] === "ks2-rwm-expected-disadvantaged"
    );
    expect(national).toBeUndefined();
  });

  it("writes KS4 PTL2BASICS_94 and EBACCAPS national figures from the state-funded row", () => {
    const result = plan([
      fixture("dfe-2018-19/england_ks4provisional.csv"),
      fixture("synthetic/england_ks4provisional_2018-2019_meta.csv"),
    ]);
    const national = rowsOf(result.tables.National);
    const find = (code: string) => national.filter((n) => n["Measure code"] === code);
    expect(find("ks4-em-grade4")).toEqual([
      expect.objectContaining({ Value: 64.4, Phase: "Secondary", "Academic year": "2018/19" }),
    ]);
    expect(find("ks4-ebacc-aps")).toEqual([expect.objectContaining({ Value: 4.06 })]);
    const report = result.reports.find((r) => r.file.includes("ks4provisional.csv"));
    expect(report?.recognised).toEqual(expect.arrayContaining(["PTL2BASICS_94", "EBACCAPS"]));
  });
});
