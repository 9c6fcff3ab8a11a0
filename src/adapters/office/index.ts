export { OfficeWorkbook } from "./OfficeWorkbook";
export type { ExcelRunner, ContextApi } from "./api";
