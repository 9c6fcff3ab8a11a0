export { FakeExcel } from "./workbook";
export { OfficeApiError } from "./context";
