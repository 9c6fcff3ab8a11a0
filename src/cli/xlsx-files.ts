import { XlsxWorkbook } from "../adapters/xlsx/XlsxWorkbook";
import type { WorkbookFiles } from "./io";

/** Workbook files through the xlsx adapter: inputs opened to read, outputs saved as new files. */
export const xlsxFiles: WorkbookFiles = {
  open: (path) => XlsxWorkbook.open(path),
  async create(name) {
    const workbook = XlsxWorkbook.create(name);
    return { port: workbook, save: (path) => workbook.saveAs(path) };
  },
  async openCopy(path) {
    const workbook = await XlsxWorkbook.open(path);
    return { port: workbook, save: (to) => workbook.saveAs(to) };
  },
};
