import type { CellGrid } from "../values/cell";

export type CsvResult = { ok: true; grid: CellGrid } | { ok: false; message: string };

/**
 * Parses RFC 4180 CSV text (quoted fields, doubled quotes, CR LF or LF line ends) into a grid
 * of text cells; an empty field is null. A trailing line end adds no row. Cells stay text:
 * the table schemas decide what each column holds.
 */
export function parseCsv(text: string): CsvResult {
  const grid: CellGrid = [];
  let row: Array<string | null> = [];
  let field = "";
  let quoted = false;
  let fieldWasQuoted = false;
  let line = 1;
  let quoteLine = 0;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const endField = (): void => {
    row.push(field === "" && !fieldWasQuoted ? null : field);
    field = "";
    fieldWasQuoted = false;
  };
  const endRow = (): void => {
    endField();
    grid.push(row);
    row = [];
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"') {
      if (field !== "") {
        return { ok: false, message: `line ${line}: a quote inside an unquoted field` };
      }
      quoted = true;
      fieldWasQuoted = true;
      quoteLine = line;
    } else if (char === ",") endField();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      endRow();
      line++;
    } else field += char;
  }
  if (quoted) return { ok: false, message: `line ${quoteLine}: a quoted field is never closed` };
  if (field !== "" || fieldWasQuoted || row.length > 0) endRow();
  return { ok: true, grid };
}
