export * from "./method";
export * from "./method-table";
export * from "./method-from-table";
export * from "./propose";
export * from "./targets-sheet";
export * from "./plan-targets";
export * from "./agreed";
export * from "./targets-writes";
