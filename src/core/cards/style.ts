import type { CellStyle } from "../layout/types";

/** The card's columns: label, up to five years, then Target, National, trend, signals, check. */
export const LABEL_COL = 0;
export const FIRST_YEAR_COL = 1;
export const MAX_YEARS = 5;
/** The data-check column, always the last. */
export const CHECK_COL = 11;
export const LAST_COL = CHECK_COL;

export const SECTION_STYLE: CellStyle = {
  bold: true,
  fillColor: "#1F4E79",
  fontColor: "#FFFFFF",
};
export const HEAD_STYLE: CellStyle = { bold: true, fillColor: "#DDEBF7", horizontal: "center" };
export const LABEL_STYLE: CellStyle = { bold: true };
export const GRID_STYLE: CellStyle = { border: "thin", borderColor: "#BFBFBF" };

/** RAG fills (Excel's own good/neutral/bad) and the data-check fill. */
export const GREEN = { fillColor: "#C6EFCE", fontColor: "#006100" } as const;
export const AMBER = { fillColor: "#FFEB9C", fontColor: "#9C5700" } as const;
export const RED = { fillColor: "#FFC7CE", fontColor: "#9C0006" } as const;
export const CHECK = { fillColor: "#E4DFEC", fontColor: "#3F3151", bold: true } as const;

export const DATE_FORMAT = "d mmm yyyy";
