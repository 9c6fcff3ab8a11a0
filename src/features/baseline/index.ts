export * from "./baseline-setting";
export * from "./baseline-school";
export * from "./join-school";
export * from "./baseline-pane";
