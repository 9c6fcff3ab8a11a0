export { MemoryWorkbook } from "./MemoryWorkbook";
export * from "./model";
