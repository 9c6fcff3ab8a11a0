import { MemoryWorkbook } from "../../src/adapters/memory/MemoryWorkbook";
import { cloneSheet } from "../../src/adapters/memory/model";
import type { NewWorkbook, WorkbookFiles } from "../../src/cli/io";

/** WorkbookFiles over in-memory workbooks: `inputs` by path; saved outputs recorded by path. */
export function memoryFiles(inputs: Record<string, MemoryWorkbook> = {}) {
  const saved = new Map<string, MemoryWorkbook>();
  const files: WorkbookFiles = {
    async open(path) {
      const workbook = inputs[path];
      if (!workbook) throw new Error(`no test workbook at ${path}`);
      return workbook;
    },
    async openCopy(path): Promise<NewWorkbook> {
      const input = inputs[path];
      if (!input) throw new Error(`no test workbook at ${path}`);
      const port = new MemoryWorkbook(input.model.name, input.model.sheets.map(cloneSheet));
      return { port, save: async (to) => void saved.set(to, port) };
    },
    async create(name): Promise<NewWorkbook> {
      const port = new MemoryWorkbook(name);
      return {
        port,
        save: async (path) => {
          saved.set(path, port);
        },
      };
    },
  };
  return { files, saved };
}
