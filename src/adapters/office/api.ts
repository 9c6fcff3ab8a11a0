/**
 * The subset of Office.js the adapter uses, as `Pick`s of @types/office-js so that the recording
 * fake (test/support/fake-excel) and the real `Excel.RequestContext` share one set of names.
 */

type LoadArg = string | string[];

export interface LoadableApi {
  load(propertyNames?: LoadArg): unknown;
}

export type FontApi = Pick<Excel.RangeFont, "bold" | "italic" | "size" | "color">;
export type FillApi = Pick<Excel.RangeFill, "color">;
export type BorderApi = Pick<Excel.RangeBorder, "style" | "weight" | "color">;
export type BorderCollectionApi = { getItem(index: Excel.BorderIndex | string): BorderApi };

export type RangeFormatApi = Pick<
  Excel.RangeFormat,
  "horizontalAlignment" | "verticalAlignment" | "wrapText" | "columnWidth" | "rowHeight"
> & { font: FontApi; fill: FillApi; borders: BorderCollectionApi };

export type DataValidationApi = Pick<Excel.DataValidation, "rule" | "errorAlert" | "ignoreBlanks">;

export type ConditionalFormatApi = Pick<Excel.ConditionalFormat, "stopIfTrue"> & {
  custom: {
    rule: Pick<Excel.ConditionalFormatRule, "formula">;
    format: { font: Pick<Excel.ConditionalRangeFont, "color" | "bold">; fill: FillApi };
  };
};

export type RangeApi = Pick<
  Excel.Range,
  | "values"
  | "formulas"
  | "numberFormat"
  | "hyperlink"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "isNullObject"
  | "merge"
  | "columnHidden"
> &
  LoadableApi & {
    format: RangeFormatApi;
    dataValidation: DataValidationApi & { clear(): void };
    conditionalFormats: {
      add(type: Excel.ConditionalFormatType): ConditionalFormatApi;
      clearAll(): void;
    };
    /** ExcelApi 1.9; the source as an address with its sheet ("'TrustTier_stage1'!A1:H40"). */
    copyFrom(
      source: string,
      copyType?: "All" | "Formulas" | "Values" | "Formats",
      skipBlanks?: boolean,
      transpose?: boolean
    ): void;
    clear(applyTo?: "All" | "Formats" | "Contents" | "Hyperlinks"): void;
    /** ExcelApi 1.1: "Gets the last row within the range." */
    getLastRow(): RangeApi;
    unmerge(): void;
    delete(shift: "Up" | "Left"): void;
  };

/** `protection.protected` of a worksheet (ExcelApi 1.2) or of the workbook's structure (1.7). */
export type ProtectionApi = Pick<Excel.WorksheetProtection, "protected"> & LoadableApi;

export type TableApi = Pick<Excel.Table, "name" | "style" | "isNullObject" | "showTotals"> &
  LoadableApi & {
    worksheet: Pick<Excel.Worksheet, "name"> & LoadableApi & { protection: ProtectionApi };
    getHeaderRowRange(): RangeApi;
    getDataBodyRange(): RangeApi;
    getRange(): RangeApi;
    /** ExcelApi 1.9: `isDataFiltered` says a filter is applied. */
    autoFilter: Pick<Excel.AutoFilter, "isDataFiltered"> & LoadableApi;
    /** ExcelApi 1.2: "Clears all the filters currently applied on the table." */
    clearFilters(): void;
    rows: { add(index?: number, values?: (string | number | boolean)[][]): unknown };
    columns: { add(index?: number, values?: undefined, name?: string): unknown };
  };

export type TableCollectionApi = LoadableApi & {
  items: TableApi[];
  add(address: string, hasHeaders: boolean): TableApi;
  getItemOrNullObject(key: string): TableApi;
};

export type PageLayoutApi = Pick<Excel.PageLayout, "orientation" | "paperSize" | "zoom"> & {
  setPrintTitleRows(rows: string): void;
  setPrintArea(area: string): void;
  headersFooters: {
    defaultForAllPages: Pick<
      Excel.HeaderFooter,
      "leftFooter" | "centerFooter" | "rightFooter" | "leftHeader" | "centerHeader" | "rightHeader"
    >;
  };
};

export type ChartApi = {
  title: Pick<Excel.ChartTitle, "text">;
  setPosition(startCell: string, endCell?: string): void;
};

export type WorksheetApi = Pick<
  Excel.Worksheet,
  "name" | "visibility" | "position" | "tabColor" | "showGridlines" | "isNullObject" | "delete"
> &
  LoadableApi & {
    protection: ProtectionApi;
    getRange(address?: string): RangeApi;
    getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
    tables: TableCollectionApi;
    freezePanes: {
      freezeRows(count?: number): void;
      freezeColumns(count?: number): void;
      freezeAt(range: string): void;
      unfreeze(): void;
    };
    pageLayout: PageLayoutApi;
    charts: LoadableApi & {
      items: { delete(): void }[];
      add(
        type: Excel.ChartType | string,
        source: RangeApi,
        seriesBy?: Excel.ChartSeriesBy | string
      ): ChartApi;
    };
  };

export type WorksheetCollectionApi = LoadableApi & {
  items: WorksheetApi[];
  add(name?: string): WorksheetApi;
  getItemOrNullObject(key: string): WorksheetApi;
};

/** ExcelApi 1.2: a worksheet function's result, read after load("value") and a sync. */
export type FunctionResultApi = Pick<Excel.FunctionResult<number>, "value" | "error"> & LoadableApi;

export interface ContextApi {
  workbook: Pick<Excel.Workbook, "name" | "readOnly"> &
    LoadableApi & {
      /** ExcelApi 1.2 (`Excel.Functions`): DATE tells the workbook's date system. */
      functions: { date(year: number, month: number, day: number): FunctionResultApi };
      protection: ProtectionApi;
      worksheets: WorksheetCollectionApi;
      tables: TableCollectionApi;
      application: Pick<Excel.Application, "calculationMode"> &
        LoadableApi & {
          /** ExcelApi 1.6: no recalculation until the next sync, whatever the mode. */
          suspendApiCalculationUntilNextSync(): void;
        };
    };
  sync(): Promise<void>;
}

/** `Excel.run` in the add-in; the fake's `run` in tests. */
export type ExcelRunner = <T>(batch: (context: ContextApi) => Promise<T>) => Promise<T>;
