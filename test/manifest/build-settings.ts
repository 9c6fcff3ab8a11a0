import { createRequire } from "node:module";

/** The manifest settings webpack.config.js exports beside its config (a CommonJS module). */
export interface BuildSettings {
  readonly DEV_URL: string;
  readonly URL_SETTING: string;
  productionUrl(environment: Record<string, string | undefined>): string;
  rewriteDevUrls(manifestXml: string, baseUrl: string): string;
  allowErrorsForAnyParameters(metadata: object): Record<string, unknown>;
}

export const buildSettings = createRequire(__filename)("../../webpack.config.js") as BuildSettings;
