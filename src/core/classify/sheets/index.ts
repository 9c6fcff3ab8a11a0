export * from "./result-columns";
export * from "./schools-sheet";
export * from "./summary-sheet";
export * from "./mapping-sheet";
