import {
  classify,
  getBuiltinFramework,
  type Classification,
  type Framework,
  type HistoryRow,
} from "../../../src/core";

export const category: Framework = getBuiltinFramework("category")!;
export const stages: Framework = getBuiltinFramework("stages")!;

/** A real classification from 002's four issue-scale criteria, all at one category. */
export function proposal(levelIndex: number, asOf = "2025-10-15"): Classification {
  const scale = ["no issues", "minor issues", "some issues", "significant issues"][levelIndex];
  const historic = ["positive", "positive", "variable", "declining"][levelIndex];
  return classify(
    category,
    { values: { historic, qa: scale, partnership: scale, external: scale } },
    { asOf }
  );
}

export const notEnoughEvidence = (): Classification =>
  classify(category, { values: { qa: "some issues" } }, { asOf: "2025-10-15" });

/** A history row for the category framework. */
export function historyRow(
  rowId: string,
  meetingDate: string,
  urn: number,
  agreed: string,
  extra: Partial<HistoryRow> = {}
): HistoryRow {
  return { rowId, meetingDate, urn, framework: "category", computed: agreed, agreed, ...extra };
}

export const ALDER = { urn: 138776, name: "Alder Primary" };
export const BIRCH = { urn: 140017, name: "Birch High" };
export const CEDAR = { urn: 141324, name: "Cedar Academy" };
