import { createRequire } from "node:module";

/** A webpack CopyWebpackPlugin pattern as the config declares it. */
export interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => string;
}

/** The manifest settings webpack.config.js exports beside its config (a CommonJS module). */
export interface BuildSettings {
  (
    env: Record<string, unknown>,
    options: { mode?: string }
  ): Promise<{
    plugins: { patterns?: CopyPattern[] }[];
  }>;
  readonly DEV_URL: string;
  readonly URL_SETTING: string;
  productionUrl(environment: Record<string, string | undefined>): string;
  buildBaseUrl(options: {
    mode?: string;
    localhost?: boolean;
    environment: Record<string, string | undefined>;
  }): string;
  rewriteDevUrls(manifestXml: string, baseUrl: string): string;
  allowErrorsForAnyParameters(metadata: object): Record<string, unknown>;
}

/** scripts/docs-pages.cjs: the docs' Markdown as readable HTML pages for the build. */
export interface DocsPages {
  anchorOf(heading: string): string;
  markdownPage(markdown: string): string;
  markdownToHtml(markdown: string): { title: string; body: string };
  pageHref(href: string): string;
}

const load = createRequire(__filename);
export const buildSettings = load("../../webpack.config.js") as BuildSettings;
export const docsPages = load("../../scripts/docs-pages.cjs") as DocsPages;
