export * from "./card-choice";
export * from "./card-preview";
export * from "./formula-column";
export * from "./plan-request";

export * from "./live-classify";
export * from "./meeting-pane";
export * from "./import-preview";
