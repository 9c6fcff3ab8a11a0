export { FakeExcel, type FakeExcelOptions } from "./workbook";
export { OfficeApiError } from "./context";
export { RULE_IDS, type RuleId } from "./rules";
export type { FailureMode, InjectedFailure } from "./failures";
