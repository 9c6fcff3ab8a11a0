export * from "./card-choice";
export * from "./card-preview";
export * from "./formula-column";
export * from "./plan-request";

export * from "./live-classify";
export * from "./meeting-pane";
export * from "./stale-names";
export * from "./workbook-picture";
export * from "./import-preview";
