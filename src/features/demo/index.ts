export * from "./demo-tables";
export * from "./plan-demo";
export * from "./build-demo";
export * from "./measure-figures";
export * from "./demo-meetings";
export * from "./demo-plans";
