export * from "./cell";
export * from "./parsed";
export * from "./text";
export * from "./blank";
export * from "./suppression";
export * from "./number";
export * from "./date";
