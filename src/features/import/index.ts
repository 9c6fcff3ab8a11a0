export * from "./import-published";
export * from "./report-lines";
export * from "./derived-evidence-step";
export * from "./import-preview";
export * from "./folder-files";
export * from "./zip-entries";
export * from "./read-ods-file";
