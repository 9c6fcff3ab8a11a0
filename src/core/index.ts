export * from "./values";
export * from "./dates";
export * from "./inspections";
export * from "./frameworks";
export * from "./classify";
export * from "./measures";
export * from "./import";
export * from "./mapping";
