export * from "./areas";
export * from "./templates";
export * from "./prefill";
export * from "./milestones";
export * from "./plan-header";
export * from "./plan-layout";
export * from "./scc-tracker";
