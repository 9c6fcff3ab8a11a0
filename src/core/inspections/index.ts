export * from "./types";
export * from "./outcomes";
export * from "./areas";
export * from "./normalise";
export * from "./history";
export * from "./concern";
