export * from "./types";
export * from "./catalogue";
export * from "./lookup";
export * from "./check";
export * from "./rules";
