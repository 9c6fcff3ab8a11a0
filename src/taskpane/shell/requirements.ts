/**
 * Requirement sets the pane uses when present but does not require (manifest.xml requires
 * SharedRuntime 1.1, CustomFunctionsRuntime 1.2 and ExcelApi 1.8; its header comment says which
 * feature needs which set).
 */
export interface OptionalCapabilities {
  /** ExcelApi 1.9: `Worksheet.pageLayout`, the print settings of cards and plans. */
  readonly printSettings: boolean;
}

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function optionalCapabilities(requirements: RequirementChecker): OptionalCapabilities {
  return { printSettings: requirements.isSetSupported("ExcelApi", "1.9") };
}
