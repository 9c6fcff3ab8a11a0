export * from "./iso";
export * from "./excel-serial";
export * from "./academic-year";
export * from "./half-terms";
