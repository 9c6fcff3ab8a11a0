export * from "./versioned-write";
export * from "./generate-plan";
export * from "./demo-plans";
