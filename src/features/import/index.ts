export * from "./import-published";
export * from "./report-lines";
