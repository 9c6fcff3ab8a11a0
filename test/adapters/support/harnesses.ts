import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MemoryWorkbookModel } from "../../../src/adapters/memory/model";
import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { OfficeWorkbook } from "../../../src/adapters/office/OfficeWorkbook";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/XlsxWorkbook";
import type { WorkbookPort } from "../../../src/port/WorkbookPort";
import { FakeExcel } from "../../support/fake-excel";
import type { RuleId } from "../../support/fake-excel/rules";
import { xlsxFileToModel } from "./xlsx-model";

/** One adapter under the contract suite. */
export interface Harness {
  readonly port: WorkbookPort;
  /** The port as a fresh reader sees it (xlsx: saved to a temp file and opened again). */
  reopen(): Promise<WorkbookPort>;
  /** Everything written, as a memory model (xlsx: read from the saved file). */
  inspect(): Promise<MemoryWorkbookModel>;
}

let fileCount = 0;
const folder = mkdtempSync(join(tmpdir(), "trusttier-contract-"));

/** `lenient`: Excel rules the office fake relaxes (RULES.md); the other adapters ignore it. */
export const harnesses: Record<string, (lenient?: RuleId[]) => Harness> = {
  memory: () => {
    const port = new MemoryWorkbook("Book1.xlsx");
    return { port, reopen: async () => port, inspect: async () => port.model };
  },
  xlsx: () => {
    let port = XlsxWorkbook.create("Book1.xlsx");
    const save = async () => {
      const path = join(folder, `contract-${++fileCount}.xlsx`);
      await port.saveAs(path);
      return path;
    };
    return {
      get port() {
        return port;
      },
      reopen: async () => (port = await XlsxWorkbook.open(await save())),
      inspect: async () => xlsxFileToModel(await save()),
    };
  },
  office: (lenient = []) => {
    const excel = new FakeExcel("Book1.xlsx", { lenient });
    const port = new OfficeWorkbook(excel.run);
    return { port, reopen: async () => port, inspect: async () => excel.model };
  },
};
