import type { CellGrid, CellValue } from "../values/cell";

/** One sheet of an OpenDocument spreadsheet, as rows of typed cells. */
export interface OdsSheet {
  name: string;
  grid: CellGrid;
}

export type OdsContent = { ok: true; sheets: OdsSheet[] } | { ok: false; message: string };

// A spreadsheet's limits (Excel's and LibreOffice's): repeated empty rows and columns past the
// data are never expanded, and anything larger is refused rather than filling memory.
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    if (entity[0] !== "#") return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
    const code =
      entity[1] === "x" || entity[1] === "X"
        ? parseInt(entity.slice(2), 16)
        : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1], decodeEntities(match[2] ?? match[3] ?? ""));
  }
  return attributes;
}

const repeatOf = (attributes: Map<string, string>, name: string): number => {
  const value = Number(attributes.get(name) ?? "1");
  return Number.isInteger(value) && value > 0 ? value : 1;
};

/**
 * A cell's value as the import reads it: numbers from `office:value` (a percentage cell holds
 * 0.56 for 56%, read as 56, as "56%" is in a CSV file), dates from `office:date-value` as ISO
 * yyyy-mm-dd, everything else (strings, booleans, times) as the text the cell shows.
 */
function cellValue(attributes: Map<string, string>, text: string): CellValue {
  const type = attributes.get("office:value-type");
  const value = attributes.get("office:value");
  if ((type === "float" || type === "currency") && value !== undefined && value !== "") {
    const number = Number(value);
    if (Number.isFinite(number)) return number;
  }
  if (type === "percentage" && value !== undefined && value !== "") {
    const number = Number(value);
    if (Number.isFinite(number)) return Number((number * 100).toPrecision(15));
  }
  if (type === "date") {
    const date = attributes.get("office:date-value") ?? "";
    const day = /^(\d{4}-\d{2}-\d{2})(?:T00:00:00(?:\.0+)?)?$/.exec(date);
    if (day) return day[1];
    if (date !== "") return date;
  }
  return text === "" ? null : text;
}

interface Run<T> {
  value: T;
  repeat: number;
}

/** Expands runs, leaving out the empty run at the end (a sheet's "rest of the columns"). */
function expand<T>(runs: Run<T>[], isEmpty: (value: T) => boolean, limit: number): T[] | undefined {
  let end = runs.length;
  while (end > 0 && isEmpty(runs[end - 1].value)) end--;
  const out: T[] = [];
  for (const run of runs.slice(0, end)) {
    if (out.length + run.repeat > limit) return undefined;
    for (let i = 0; i < run.repeat; i++) out.push(run.value);
  }
  return out;
}

// An element (with its attributes), a comment, a processing instruction, CDATA, or text.
const TOKEN =
  /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g;

/**
 * The sheets of an OpenDocument spreadsheet from its `content.xml` (OASIS OpenDocument 1.2,
 * part 1, 9.1 "Tables"): `table:table` (named by `table:name`), `table:table-row` with
 * `table:number-rows-repeated`, `table:table-cell` and `table:covered-table-cell` with
 * `table:number-columns-repeated`, and the cell's text from its `text:p` paragraphs (`text:s`
 * spaces, `text:tab`, `text:line-break`); comments (`office:annotation`) are left out.
 */
export function readOdsContent(xml: string): OdsContent {
  const sheets: OdsSheet[] = [];
  let sheet: { name: string; rows: Run<CellValue[]>[] } | undefined;
  let row: { cells: Run<CellValue>[]; repeat: number } | undefined;
  let cell: { attributes: Map<string, string>; repeat: number; paragraphs: string[] } | undefined;
  let inParagraph = 0;
  let inAnnotation = 0;
  const append = (text: string) => {
    if (!cell || inAnnotation > 0 || inParagraph === 0) return;
    cell.paragraphs[cell.paragraphs.length - 1] += text;
  };
  const endCell = () => {
    if (!cell || !row) return;
    row.cells.push({
      value: cellValue(cell.attributes, cell.paragraphs.join("\n")),
      repeat: cell.repeat,
    });
    cell = undefined;
  };

  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name, attributeText, selfClosing, cdata, text] = match;
    if (text !== undefined || cdata !== undefined) {
      append(text !== undefined ? decodeEntities(text) : (cdata ?? ""));
      continue;
    }
    if (name === undefined) continue;
    const opening = closing !== "/";
    const attributes = opening ? attributesOf(attributeText ?? "") : new Map<string, string>();
    const empty = selfClosing === "/";
    switch (name) {
      case "table:table":
        if (opening) {
          sheet = { name: attributes.get("table:name") ?? `Sheet${sheets.length + 1}`, rows: [] };
          if (!empty) break;
        }
        if (sheet) {
          const grid = expand(sheet.rows, (cells) => cells.length === 0, MAX_ROWS);
          if (!grid)
            return {
              ok: false,
              message: `sheet '${sheet.name}' has more than ${MAX_ROWS} rows`,
            };
          sheets.push({ name: sheet.name, grid });
        }
        sheet = undefined;
        break;
      case "table:table-row":
        if (opening) {
          row = { cells: [], repeat: repeatOf(attributes, "table:number-rows-repeated") };
          if (!empty) break;
        }
        if (row && sheet) {
          const cells = expand(row.cells, (value) => value === null, MAX_COLUMNS);
          if (!cells)
            return {
              ok: false,
              message: `sheet '${sheet.name}' has a row with more than ${MAX_COLUMNS} columns`,
            };
          sheet.rows.push({ value: cells, repeat: row.repeat });
        }
        row = undefined;
        break;
      case "table:table-cell":
      case "table:covered-table-cell":
        if (opening) {
          cell = {
            attributes: name === "table:covered-table-cell" ? new Map() : attributes,
            repeat: repeatOf(attributes, "table:number-columns-repeated"),
            paragraphs: [],
          };
          if (!empty) break;
        }
        endCell();
        break;
      case "office:annotation":
        if (!empty) inAnnotation += opening ? 1 : -1;
        break;
      case "text:p":
      case "text:h":
        if (opening && cell && inAnnotation === 0) cell.paragraphs.push("");
        if (!empty) inParagraph += opening ? 1 : -1;
        break;
      case "text:s":
        if (opening) append(" ".repeat(repeatOf(attributes, "text:c")));
        break;
      case "text:tab":
        if (opening) append("\t");
        break;
      case "text:line-break":
        if (opening) append("\n");
        break;
      default:
        break;
    }
  }
  if (sheets.length === 0) return { ok: false, message: "it holds no sheets (no table:table)" };
  return { ok: true, sheets };
}
