export * from "./values";
export * from "./dates";
export * from "./inspections";
export * from "./frameworks";
export * from "./classify";
