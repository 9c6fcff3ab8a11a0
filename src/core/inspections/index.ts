export * from "./types";
export * from "./outcomes";
export * from "./record-cells";
export * from "./areas";
export * from "./normalise";
export * from "./history";
export * from "./concern";
