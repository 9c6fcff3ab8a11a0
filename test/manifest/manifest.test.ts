import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PNG } from "pngjs";
import { DIST_DIR, FUNCTIONS_SCRIPT, pageScripts, readPanePage } from "../../bench/bundle";
import { buildSettings, type CopyPattern, docsPages } from "./build-settings";
import {
  elementsWithResid,
  extensionPoint,
  readManifest,
  requirementSets,
  resource,
  resourceKindFor,
} from "./manifest-model";
import { at, descendants } from "./xml-tree";

const ROOT = resolve(__dirname, "..", "..");
const SOURCE = join(ROOT, "manifest.xml");
const manifest = readManifest(SOURCE);
const { DEV_URL } = buildSettings;

/** The base manifest's children in the order the schema's sequence requires (those we use). */
const BASE_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

const workbookHost = () => at(manifest.root, "VersionOverrides", "Hosts", "Host");
const runtimeResid = () => at(workbookHost(), "Runtimes", "Runtime").attributes.resid;

describe("manifest.xml is a well-formed Excel task pane manifest", () => {
  it("is a TaskPaneApp in the add-in manifest namespace", () => {
    expect(manifest.root.local).toBe("OfficeApp");
    expect(manifest.root.uri).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(manifest.root.attributes["xsi:type"]).toBe("TaskPaneApp");
  });

  it("has the required base elements in schema order", () => {
    const present = manifest.root.children.map((child) => child.local);
    expect(present.filter((name) => BASE_ORDER.includes(name))).toEqual(BASE_ORDER);
  });

  it("has a GUID id, a four-part version and the product's name", () => {
    expect(at(manifest.root, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(at(manifest.root, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(at(manifest.root, "DisplayName").attributes.DefaultValue).toBe("TrustTier");
  });

  it("targets Excel workbooks and asks to read and write the document", () => {
    expect(at(manifest.root, "Hosts", "Host").attributes.Name).toBe("Workbook");
    expect(workbookHost().attributes["xsi:type"]).toBe("Workbook");
    expect(at(manifest.root, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("requires the shared runtime, CustomFunctionsRuntime 1.2 and the documented ExcelApi", () => {
    const sets = requirementSets(manifest);
    expect(sets.get("SharedRuntime")).toBe("1.1");
    expect(sets.get("CustomFunctionsRuntime")).toBe("1.2");
    const excelApi = sets.get("ExcelApi");
    expect(excelApi).toMatch(/^1\.\d+$/);
    // The header comment's table says why: keep it in step with the declared set.
    expect(readFileSync(SOURCE, "utf8")).toContain(`The manifest requires ExcelApi ${excelApi}`);
  });
});

describe("one shared runtime serves the pane, the ribbon and the functions", () => {
  it("declares one long-lived runtime", () => {
    const runtimes = at(workbookHost(), "Runtimes").children;
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attributes.lifetime).toBe("long");
  });

  it("runs the custom functions, the function file and the ribbon's pane in that runtime", () => {
    const functions = extensionPoint(workbookHost(), "CustomFunctions");
    expect(at(functions, "Page", "SourceLocation").attributes.resid).toBe(runtimeResid());
    expect(at(workbookHost(), "DesktopFormFactor", "FunctionFile").attributes.resid).toBe(
      runtimeResid()
    );
    const ribbon = extensionPoint(workbookHost(), "PrimaryCommandSurface");
    const action = descendants(ribbon).find((element) => element.local === "Action");
    expect(action?.attributes["xsi:type"]).toBe("ShowTaskpane");
    expect(action && at(action, "SourceLocation").attributes.resid).toBe(runtimeResid());
  });

  it("has one ShowTaskpane action, and it, Runtime, FunctionFile and the functions' Page share one resid", () => {
    // "A shared runtime only supports one task pane", and "The shared runtime won't load if the
    // resid of the runtime isn't consistent in the manifest" (Microsoft, "Configure your Office
    // Add-in to use a shared runtime", learn.microsoft.com/office/dev/add-ins/develop/
    // configure-your-add-in-to-use-a-shared-runtime). Whether the action should carry a
    // <TaskpaneId> is left out here: that page's advice on it changed in July 2026 (README).
    const actions = descendants(workbookHost()).filter(
      (element) => element.local === "Action" && element.attributes["xsi:type"] === "ShowTaskpane"
    );
    expect(actions).toHaveLength(1);
    const [action] = actions;
    const functions = extensionPoint(workbookHost(), "CustomFunctions");
    const resids = {
      showTaskpane: at(action, "SourceLocation").attributes.resid,
      runtime: runtimeResid(),
      functionFile: at(workbookHost(), "DesktopFormFactor", "FunctionFile").attributes.resid,
      functionsPage: at(functions, "Page", "SourceLocation").attributes.resid,
    };
    expect(resids).toEqual({
      showTaskpane: "Taskpane.Url",
      runtime: "Taskpane.Url",
      functionFile: "Taskpane.Url",
      functionsPage: "Taskpane.Url",
    });
  });

  it("names the functions' namespace TRUST", () => {
    const functions = extensionPoint(workbookHost(), "CustomFunctions");
    const namespace = at(functions, "Namespace").attributes.resid;
    expect(resource(manifest, "ShortStrings", namespace)).toBe("TRUST");
  });
});

describe("resource ids", () => {
  it("resolve to a resource of the right kind", () => {
    const unresolved = elementsWithResid(manifest)
      .map((element) => ({ element, kind: resourceKindFor(element) }))
      .filter(
        ({ element, kind }) => resource(manifest, kind, element.attributes.resid) === undefined
      )
      .map(
        ({ element, kind }) => `<${element.name} resid="${element.attributes.resid}"> (${kind})`
      );
    expect(unresolved).toEqual([]);
  });

  it("are at most 32 characters, as Office requires", () => {
    const ids = [...manifest.resources.values()].flatMap((group) => [...group.keys()]);
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
  });

  it("are all used", () => {
    const used = new Set(elementsWithResid(manifest).map((element) => element.attributes.resid));
    const unused = [...manifest.resources.values()]
      .flatMap((group) => [...group.keys()])
      .filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });
});

describe("icons", () => {
  const iconFile = (url: string) => join(ROOT, url.slice(DEV_URL.length));

  it("are this product's PNGs at the size each reference declares", () => {
    const declared = [
      ...descendants(workbookHost())
        .filter((element) => element.local === "Image")
        .map((element) => ({
          size: Number(element.attributes.size),
          url: resource(manifest, "Images", element.attributes.resid) ?? "",
        })),
      { size: 32, url: at(manifest.root, "IconUrl").attributes.DefaultValue },
      { size: 64, url: at(manifest.root, "HighResolutionIconUrl").attributes.DefaultValue },
    ];
    for (const { size, url } of declared) {
      const png = PNG.sync.read(readFileSync(iconFile(url)));
      expect({ url, width: png.width, height: png.height }).toEqual({
        url,
        width: size,
        height: size,
      });
    }
  });

  it("exist at 16, 32, 64 and 80 px in assets/", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(existsSync(join(ROOT, "assets", `icon-${size}.png`))).toBe(true);
    }
  });
});

describe("URLs", () => {
  it("all point at the dev server over https in the source manifest", () => {
    expect(manifest.urls.length).toBeGreaterThan(0);
    expect(manifest.urls.filter((url) => !url.startsWith(DEV_URL))).toEqual([]);
  });

  it("all name a file of the build in dist/manifest.xml", () => {
    const built = readManifest(join(DIST_DIR, "manifest.xml"));
    const pane = resource(built, "Urls", runtimeResid()) ?? "";
    expect(pane).toMatch(/^https:\/\/.+\/taskpane\.html$/);
    const base = pane.slice(0, -"taskpane.html".length);
    const missing = built.urls
      .filter((url) => !url.startsWith(base) || !existsSync(join(DIST_DIR, url.slice(base.length))))
      .map((url) => url);
    expect(missing).toEqual([]);
  });

  it("point the functions at the bundle the page loads and at the generated metadata", () => {
    const built = readManifest(join(DIST_DIR, "manifest.xml"));
    const functions = extensionPoint(
      at(built.root, "VersionOverrides", "Hosts", "Host"),
      "CustomFunctions"
    );
    const url = (element: string) =>
      resource(built, "Urls", at(functions, element, "SourceLocation").attributes.resid) ?? "";
    expect(url("Script")).toMatch(new RegExp(`/${FUNCTIONS_SCRIPT}$`));
    expect(pageScripts(readPanePage())).toContain(FUNCTIONS_SCRIPT);
    expect(url("Metadata")).toMatch(/\/functions\.json$/);
  });
});

describe("the production URL setting", () => {
  const { buildBaseUrl, productionUrl, rewriteDevUrls, URL_SETTING } = buildSettings;
  const trustUrl = "https://addins.example-trust.org.uk/trusttier/";

  it("rewrites every dev-server URL in the manifest and nothing else", () => {
    const source = readFileSync(SOURCE, "utf8");
    const rewritten = rewriteDevUrls(source, trustUrl);
    expect(rewritten).not.toContain(DEV_URL);
    expect(rewritten.replaceAll(trustUrl, DEV_URL)).toBe(source);
    const urls = readManifest(SOURCE).urls.map((url) => trustUrl + url.slice(DEV_URL.length));
    expect(urls.every((url) => rewritten.includes(url))).toBe(true);
  });

  it("is read from TRUSTTIER_URL, and a release build without it fails saying what to set", () => {
    expect(URL_SETTING).toBe("TRUSTTIER_URL");
    expect(productionUrl({ TRUSTTIER_URL: trustUrl })).toBe(trustUrl);
    expect(() => productionUrl({})).toThrow(
      /^TRUSTTIER_URL is not set\. A release build needs the https:\/\/ address .* npm run build:localhost/
    );
    expect(() => buildBaseUrl({ mode: "production", environment: {} })).toThrow(/TRUSTTIER_URL/);
    expect(() => buildBaseUrl({ environment: { TRUSTTIER_URL: "" } })).toThrow(/TRUSTTIER_URL/);
  });

  it("keeps the dev server only for development and the explicit localhost build", () => {
    expect(buildBaseUrl({ mode: "development", environment: {} })).toBe(DEV_URL);
    expect(buildBaseUrl({ mode: "production", localhost: true, environment: {} })).toBe(DEV_URL);
    expect(buildBaseUrl({ mode: "production", environment: { TRUSTTIER_URL: trustUrl } })).toBe(
      trustUrl
    );
  });

  it("refuses a URL Office would not load or that would break the paths", () => {
    expect(() => productionUrl({ TRUSTTIER_URL: "http://addins.example.org/" })).toThrow(
      /https:\/\//
    );
    expect(() => productionUrl({ TRUSTTIER_URL: "https://addins.example.org" })).toThrow(
      /ending in "\/"/
    );
  });
});

describe("the release build (webpack.config.js run as webpack runs it)", () => {
  const trustUrl = "https://addins.example-trust.org.uk/trusttier/";
  const saved = process.env.TRUSTTIER_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.TRUSTTIER_URL;
    else process.env.TRUSTTIER_URL = saved;
  });

  const manifestStep = (config: Awaited<ReturnType<typeof buildSettings>>): CopyPattern => {
    const patterns = config.plugins.flatMap((plugin) => plugin.patterns ?? []);
    const step = patterns.find((pattern) => pattern.to === "manifest.xml");
    if (!step?.transform) throw new Error("the config has no manifest step");
    return step;
  };

  it("cannot produce a manifest at all without TRUSTTIER_URL", async () => {
    delete process.env.TRUSTTIER_URL;
    await expect(buildSettings({}, { mode: "production" })).rejects.toThrow(
      /^TRUSTTIER_URL is not set/
    );
    await expect(buildSettings({}, {})).rejects.toThrow(/^TRUSTTIER_URL is not set/);
  });

  it("writes a manifest with no localhost URL, its SupportUrl built from the same setting", async () => {
    process.env.TRUSTTIER_URL = trustUrl;
    const config = await buildSettings({}, { mode: "production" });
    const built = manifestStep(config).transform?.(readFileSync(SOURCE)) ?? "";
    expect(built).not.toContain("https://localhost");
    expect(built).toContain(`<SupportUrl DefaultValue="${trustUrl}docs/support.html" />`);
  });

  it("keeps localhost only in the separately named build:localhost script", async () => {
    delete process.env.TRUSTTIER_URL;
    const config = await buildSettings({ localhost: true }, { mode: "production" });
    expect(manifestStep(config).transform?.(readFileSync(SOURCE))).toContain(DEV_URL);
    const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(scripts.build).toBe("webpack --mode production");
    expect(scripts["build:localhost"]).toBe("webpack --mode production --env localhost");
    expect(scripts.pretest).toContain("npm run build:localhost");
  });
});

describe("pages a person can read", () => {
  const urlOf = (resid: string) => resource(manifest, "Urls", resid) ?? "";
  const page = (url: string) => url.slice(DEV_URL.length);

  it("SupportUrl, LearnMoreUrl and the functions' help are built HTML docs, not Markdown", () => {
    const support = at(manifest.root, "SupportUrl").attributes.DefaultValue;
    const learnMore = urlOf(
      at(workbookHost(), "DesktopFormFactor", "GetStarted", "LearnMoreUrl").attributes.resid
    );
    const metadata = JSON.parse(readFileSync(join(DIST_DIR, "functions.json"), "utf8")) as {
      functions: { helpUrl: string }[];
    };
    const help = metadata.functions.map((fn) => fn.helpUrl);
    expect(page(support)).toBe("docs/support.html");
    expect(page(learnMore)).toBe("docs/taskpane.html");
    for (const url of [support, learnMore, ...help]) {
      const [path, anchor] = page(url).split("#");
      expect(path).toMatch(/^docs\/[a-z-]+\.html$/);
      expect(existsSync(join(ROOT, path.replace(/\.html$/, ".md")))).toBe(true);
      const html = readFileSync(join(DIST_DIR, path), "utf8");
      expect(html.startsWith("<!doctype html>")).toBe(true);
      expect(html).not.toContain("<script");
      // The build may minify the page, dropping the quotes round the id.
      if (anchor) expect(html).toMatch(new RegExp(` id="?${anchor}"?[ >]`));
    }
  });

  it("turns Markdown into HTML: anchors, tables, lists, code and links to other pages", () => {
    const { body, title } = docsPages.markdownToHtml(
      [
        "# TRUST functions",
        "",
        "| function | gives |",
        "| --- | --- |",
        "| [TRUST.TIER](#trusttier) | a *level* |",
        "",
        "- **Dates** are `TODAY()`",
        "  and arguments.",
        "  - nested <b>",
        "1. See [cards](cards.md#layout).",
        "",
        "```",
        '=TRUST.TIER("a" & 1)',
        "```",
        "",
        "![A card](images/academy-card.png)",
      ].join("\n")
    );
    expect(title).toBe("TRUST functions");
    expect(body).toContain('<h1 id="trust-functions">TRUST functions</h1>');
    expect(body).toContain(
      '<tr><td><a href="#trusttier">TRUST.TIER</a></td><td>a <em>level</em></td></tr>'
    );
    expect(body).toContain(
      "<ul><li><strong>Dates</strong> are <code>TODAY()</code> and arguments.<ul><li>nested &lt;b&gt;</li></ul></li></ul>"
    );
    expect(body).toContain('<ol><li>See <a href="cards.html#layout">cards</a>.</li></ol>');
    expect(body).toContain("<pre><code>=TRUST.TIER(&quot;a&quot; &amp; 1)</code></pre>");
    expect(body).toContain('<img src="images/academy-card.png" alt="A card">');
    expect(docsPages.anchorOf("TRUST.TIERFROM")).toBe("trusttierfrom");
  });
});
