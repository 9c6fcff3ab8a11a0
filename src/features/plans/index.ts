export * from "./versioned-write";
export * from "./generate-plan";
export * from "./plan-request";
