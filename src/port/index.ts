export * from "./WorkbookPort";
export * from "./errors";
export * from "./guards";
export * from "./settings-io";
