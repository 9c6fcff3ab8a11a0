export { XlsxWorkbook } from "./XlsxWorkbook";
export { addXlfnPrefixes, stripXlfnPrefixes } from "./xlfn";
export { dateToSerial } from "./cell-values";
