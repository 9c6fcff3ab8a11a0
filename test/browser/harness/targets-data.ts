/** What the Set targets harness puts in the demo workbook, for the walk to check against. */
export const PROVISIONAL_YEAR = "2024/25";
export const TARGET_YEAR = "2026/27";
/** A target for next year a person typed before the proposals are made. */
export const TYPED = { urn: 900101, measure: "attendance", year: TARGET_YEAR, target: 97.5 };
