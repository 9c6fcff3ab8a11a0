export * from "./calculation-note";
export * from "./stale-names";
export * from "./workbook-picture";
