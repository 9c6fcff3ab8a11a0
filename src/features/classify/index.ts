export * from "./classify-grid";
export * from "./classify-workbook";
export * from "./read-source";
export * from "./read-inspections";
export * from "./result-columns";
export * from "./schools-sheet";
export * from "./summary-sheet";
export * from "./mapping-sheet";
