/**
 * Globals shared by the page-side harness bundle and the Office.js stand-in. The harness puts
 * a promise here that settles once its in-memory workbook is filled; the stand-in's
 * `Office.onReady` waits for it, as real Office makes the pane wait while it starts.
 */
export const HARNESS_READY_GLOBAL = "__trustTierHarnessReady__";

/** Ids the stand-in's `CustomFunctions.associate` received, in order. */
export const ASSOCIATED_IDS_GLOBAL = "__trustTierAssociatedIds__";

/** `securitypolicyviolation` events seen by the page, as text. */
export const CSP_VIOLATIONS_GLOBAL = "__trustTierCspViolations__";

/** The real trust sample's CSV text, for the flows harness to parse in the page. */
export const TRUST_SAMPLE_CSV_GLOBAL = "__trustTierSampleCsv__";

/** The demo trust's tables (DemoTables as JSON), for the cards-and-plans harness to build from. */
export const DEMO_TABLES_GLOBAL = "__trustTierDemoTables__";

/** Milliseconds the cards-and-plans harness's workbook waits before each sheet it writes. */
export const WRITE_DELAY_GLOBAL = "__trustTierWriteDelayMs__";

/** Milliseconds the import harness's workbook waits before each describe (0 unless a walk sets it). */
export const DESCRIBE_DELAY_GLOBAL = "__trustTierDescribeDelayMs__";

/** A schools table's grid (header row first) as JSON, for the own-words harness to write as table Schools. */
export const SCHOOLS_GRID_GLOBAL = "__trustTierSchoolsGrid__";
