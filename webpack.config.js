/**
 * Builds TrustTier into dist/: the task pane page (taskpane.html) that is also the shared
 * runtime, the custom functions bundle with its generated metadata (functions.json), the icons
 * and the manifest.
 *
 * One setting moves the add-in off the dev server: TRUSTTIER_URL (for example
 * `TRUSTTIER_URL=https://addins.example-trust.org.uk/trusttier/ npm run build`). A release
 * build rewrites every https://localhost:3000/ in manifest.xml (SupportUrl included) and in the
 * functions' help URLs to it, and fails without it, so a release never ships localhost URLs.
 * `npm run build:localhost` (`--env localhost`) is the separate, explicit production build
 * that keeps the dev-server URLs, for sideloading and for the tests.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");
const { markdownPage } = require("./scripts/docs-pages.cjs");

const DEV_URL = "https://localhost:3000/";
const URL_SETTING = "TRUSTTIER_URL";
const FUNCTIONS_METADATA = "functions.json";

const MISSING_URL =
  `${URL_SETTING} is not set. A release build needs the https:// address the add-in will be ` +
  `served from, ending in "/", for example: ` +
  `${URL_SETTING}=https://addins.example-trust.org.uk/trusttier/ npm run build. ` +
  `For a build that points at ${DEV_URL} (sideloading, tests), run npm run build:localhost.`;

/** The base URL a production build's manifest points at: TRUSTTIER_URL, validated. */
function productionUrl(environment = process.env) {
  const url = environment[URL_SETTING];
  if (url === undefined || url === "") throw new Error(MISSING_URL);
  if (!/^https:\/\/[^\s"<>]+\/$/.test(url)) {
    throw new Error(`${URL_SETTING} must be an https:// URL ending in "/" (got "${url}").`);
  }
  return url;
}

/**
 * The base URL of a build: the dev server in development mode or for `--env localhost`;
 * otherwise TRUSTTIER_URL, which a release build cannot do without.
 */
function buildBaseUrl({ mode, localhost = false, environment = process.env }) {
  return mode === "development" || localhost ? DEV_URL : productionUrl(environment);
}

function rewriteDevUrls(manifestXml, baseUrl) {
  return manifestXml.split(DEV_URL).join(baseUrl);
}

/**
 * Excel does not call a custom function whose range argument holds an error value (#N/A...)
 * unless the metadata allows errors. The switch is the top-level `allowErrorForDataTypeAny`,
 * which applies to every parameter of type "any" (or any[][]): "Setting the value to true
 * allows a custom function to process errors as input values. All parameters with the type
 * any or any[][] can accept errors as input values" — Microsoft, "Manually create JSON
 * metadata for custom functions", section allowErrorForDataTypeAny:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany
 * custom-functions-metadata does not generate it, so the build adds it.
 */
function allowErrorsForAnyParameters(metadata) {
  const takesAny = (metadata.functions ?? []).some((fn) =>
    (fn.parameters ?? []).some((parameter) => (parameter.type ?? "any") === "any")
  );
  return takesAny ? { ...metadata, allowErrorForDataTypeAny: true } : metadata;
}

/** Adds `allowErrorForDataTypeAny` and points the functions' help URLs at `baseUrl`. */
class FunctionsMetadataPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(FunctionsMetadataPlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: FunctionsMetadataPlugin.name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(FUNCTIONS_METADATA);
          if (!asset) return; // the metadata plugin reported why as a compilation error
          const metadata = JSON.parse(asset.source.source().toString());
          const json = JSON.stringify(allowErrorsForAnyParameters(metadata), null, 2);
          const updated = rewriteDevUrls(json, this.baseUrl);
          compilation.updateAsset(FUNCTIONS_METADATA, new sources.RawSource(updated));
        }
      );
    });
  }
}

/**
 * The TypeScript rule: ts-loader transpiles only. Types are checked by `npm run typecheck`, so
 * another engineer's type error elsewhere cannot break a build. The browser tests' harness
 * bundler (test/browser/support/build-harness.ts) uses the same rule.
 */
function tsRule({ sourceMap = false } = {}) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        onlyCompileBundledFiles: true,
        compilerOptions: {
          module: "esnext",
          moduleResolution: "bundler",
          target: "ES2020",
          noEmit: false,
          sourceMap,
        },
      },
    },
  };
}

async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, options) => {
  const serving = Boolean(env.WEBPACK_SERVE);
  let baseUrl;
  try {
    baseUrl = buildBaseUrl({ mode: options.mode, localhost: Boolean(env.localhost) });
  } catch (error) {
    // One line saying what to set, not a stack trace through webpack-cli.
    error.stack = `${error.name}: ${error.message}`;
    throw error;
  }

  return {
    // Never an eval-based devtool: the pane's Content-Security-Policy forbids eval.
    devtool: "source-map",
    // zod-jitless runs first in the page: zod must not probe for eval under the pane's CSP.
    entry: {
      functions: ["./src/core/zod-jitless.ts", "./src/functions/functions.ts"],
      taskpane: ["./src/core/zod-jitless.ts", "./src/taskpane/index.tsx"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The tabs the pane loads on demand (src/taskpane/flows/OnDemand.tsx), fetched relative to
      // the one page, taskpane.html, beside which they are served (same origin, as the page's
      // Content-Security-Policy, script-src 'self', requires), wherever TRUSTTIER_URL points.
      // "" rather than "auto" spares the shared runtime the code that finds its own address.
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "",
      clean: true,
    },
    // One webpack runtime for both entries, so a module imported by the functions and the pane
    // is instantiated once in the shared runtime (two runtimes would run it twice). Such a
    // module is not concatenated into either bundle, and every use of its exports names them:
    // the shortest names ("size") rather than hashes stable across builds ("deterministic",
    // for long-term caching of chunks served apart, which these are not) keep the functions
    // bundle under its size goal (`npm run bench`). Module and chunk ids are small numbers in
    // order of use for the same reason (every import between such modules names its id);
    // "natural" rather than "size", which reorders the pane's modules and gzips 5 KB worse.
    optimization: {
      runtimeChunk: "single",
      mangleExports: "size",
      moduleIds: "natural",
      chunkIds: "natural",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [tsRule({ sourceMap: true })],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: FUNCTIONS_METADATA,
      }),
      new FunctionsMetadataPlugin(baseUrl),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The page is the shared runtime: it registers the functions, then renders the pane.
        chunks: ["runtime", "functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The docs as pages a person can read: the functions' @helpurl points at
          // docs/functions.html (src/functions/help-url.ts), LearnMoreUrl at docs/taskpane.html
          // and SupportUrl at docs/support.html.
          {
            from: "docs/*.md",
            to: "docs/[name].html",
            transform: (content) => markdownPage(content.toString()),
          },
          { from: "docs/images/*.png", to: "docs/images/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteDevUrls(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    // Sizes are tracked by `npm run bench` against their goals, not by webpack's generic hints.
    performance: { hints: false },
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await devServerHttps() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.URL_SETTING = URL_SETTING;
module.exports.productionUrl = productionUrl;
module.exports.buildBaseUrl = buildBaseUrl;
module.exports.rewriteDevUrls = rewriteDevUrls;
module.exports.allowErrorsForAnyParameters = allowErrorsForAnyParameters;
module.exports.tsRule = tsRule;
