import { ASSOCIATED_IDS_GLOBAL, HARNESS_READY_GLOBAL } from "./harness-globals";

/** What the Office.js stand-in reports: Excel, a platform, a theme and requirement sets. */
export interface OfficeStubOptions {
  /** `Office.context.platform`: "PC", "Mac" or "OfficeOnline". */
  readonly platform: string;
  /** `Office.context.officeTheme.bodyBackgroundColor`: "#ffffff" light, "#262626" black. */
  readonly bodyBackgroundColor: string;
  /** Highest supported version of each requirement set, e.g. { ExcelApi: "1.9" }. */
  readonly requirementSets: Readonly<Record<string, string>>;
}

export const EXCEL_ON_THE_WEB: OfficeStubOptions = {
  platform: "OfficeOnline",
  bodyBackgroundColor: "#ffffff",
  requirementSets: {
    ExcelApi: "1.17",
    SharedRuntime: "1.1",
    CustomFunctionsRuntime: "1.4",
  },
};

/**
 * JavaScript served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js:
 * the few members the page touches. `Office.onReady` waits for the harness's workbook;
 * `CustomFunctions.associate` records ids so the test can see the functions bundle ran.
 */
export function officeStubSource(options: OfficeStubOptions): string {
  return `(() => {
  "use strict";
  const options = ${JSON.stringify(options)};
  const versionAtLeast = (have, want) => {
    const [a, b] = [have, want || "1.1"].map((v) => v.split(".").map(Number));
    return a[0] > b[0] || (a[0] === b[0] && (a[1] || 0) >= (b[1] || 0));
  };
  const info = { host: "Excel", platform: options.platform };
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    context: {
      host: "Excel",
      platform: options.platform,
      officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor },
      requirements: {
        isSetSupported: (name, version) =>
          name in options.requirementSets && versionAtLeast(options.requirementSets[name], version),
      },
    },
    onReady(callback) {
      const ready = Promise.resolve(window[${JSON.stringify(HARNESS_READY_GLOBAL)}]).then(() => info);
      if (callback) ready.then(callback);
      return ready;
    },
  };
  const associated = (window[${JSON.stringify(ASSOCIATED_IDS_GLOBAL)}] = []);
  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  window.CustomFunctions = {
    associate(id, implementation) {
      if (typeof id === "string") associated.push(id);
      else associated.push(...Object.keys(id));
    },
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
})();
`;
}
