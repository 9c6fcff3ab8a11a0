import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier";
import prettierConfig from "eslint-config-prettier";
import globals from "globals";

/** A layer folder as import patterns: its index ("../port") and anything in it. */
const layer = (name) => [`**/${name}`, `**/${name}/**`];

/** The pure core must stay pure: no Office, React, Node or xlsx library. */
const edgeModules = [
  "react",
  "react-dom",
  "react-dom/*",
  "@fluentui/*",
  "@microsoft/*",
  "exceljs",
  "office-*",
  "fs",
  "path",
  "os",
  "child_process",
  "node:*",
  ...["port", "adapters", "features", "taskpane", "functions", "cli"].flatMap(layer),
];

/** Office, React, Fluent and the xlsx library: the edges only the shells may touch. */
const uiAndHosts = [
  "react",
  "react-dom",
  "react-dom/*",
  "@fluentui/*",
  "@microsoft/*",
  "exceljs",
  "office-*",
];

/**
 * The README's layer map, checked: what each layer may not import. Features use core and the
 * port, never an adapter, Office, React or a shell; functions take everything as arguments, so
 * they never touch the port, a feature, an adapter or the pane; the port knows no adapter.
 */
const layers = [
  {
    files: ["src/features/**/*.ts"],
    ignores: ["src/features/demo/**"],
    group: [...uiAndHosts, ...["adapters", "taskpane", "cli", "functions", "demo"].flatMap(layer)],
    message:
      "src/features uses core and port only: no adapter, Office, React or shell imports, and no demo builder.",
  },
  {
    files: ["src/features/demo/**/*.ts"],
    group: [...uiAndHosts, ...["adapters", "taskpane", "cli", "functions"].flatMap(layer)],
    message: "src/features uses core and port only: no adapter, Office, React or shell imports.",
  },
  {
    files: ["src/functions/**/*.ts"],
    group: [...uiAndHosts, ...["port", "features", "adapters", "taskpane", "cli"].flatMap(layer)],
    message: "src/functions reads only its arguments: no port, feature, adapter or pane imports.",
  },
  {
    files: ["src/port/**/*.ts"],
    group: [...uiAndHosts, ...["adapters", "features", "taskpane", "cli"].flatMap(layer)],
    message: "src/port is the interface: it imports no adapter, feature or shell.",
  },
];

export default tseslint.config(
  { ignores: ["dist/**", "demo/**", "test-results/**", "node_modules/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
    plugins: { "office-addins": officeAddins, prettier },
    rules: {
      // The rules of eslint-plugin-office-addins' recommended set, registered against this
      // project's typescript-eslint (its bundled config carries an older copy of that plugin).
      ...Object.fromEntries(
        Object.entries(officeAddins.configs.recommended[2].rules).filter(
          ([rule]) => !rule.startsWith("@typescript-eslint/")
        )
      ),
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: edgeModules,
              message: "src/core is pure: no Office, React, Node, xlsx or edge-layer imports.",
            },
          ],
        },
      ],
    },
  },
  {
    // zod is shared by the pane and the custom functions in one runtime, so every schema kind
    // the pane uses is carried by the functions' bundle too (`npm run bench`, goal 150 KB).
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "z",
          property: "record",
          message:
            "use settingMap (src/core/layout/settings.ts): zod's record class adds 2.4 KB to the functions bundle.",
        },
        {
          object: "z",
          property: "superRefine",
          message:
            "pass .check() a function that pushes to context.issues: superRefine adds its own code to the functions bundle.",
        },
        {
          object: "z",
          property: "extend",
          message:
            "spread the shared fields into a new z.object: z.extend adds 1.3 KB of zod to the functions bundle.",
        },
        {
          object: "z",
          property: "custom",
          message:
            "check the value in the schema's transform: z.custom adds its own class to the functions bundle.",
        },
      ],
    },
  },
  ...layers.map(({ files, ignores, group, message }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { "no-restricted-imports": ["error", { patterns: [{ group, message }] }] },
  })),
  {
    files: ["**/*.cjs", "jest.config.js", "test/support/*.js", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  }
);
