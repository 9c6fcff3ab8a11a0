export * from "./card-sources";
export * from "./card-settings";
export * from "./card-plan";
export * from "./plan-cards";
export * from "./read-tables";
export * from "./generate-cards";
export * from "./card-choice";
export * from "./card-preview";
