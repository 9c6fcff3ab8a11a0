export * from "./types";
export * from "./cadence";
export * from "./table-layout";
export * from "./to-table";
export * from "./from-table";
export * from "./builtin";
export * from "./own-word-row";
