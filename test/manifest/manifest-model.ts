import { readFileSync } from "node:fs";
import { at, childrenNamed, descendants, parseXml, type XmlElement } from "./xml-tree";

/** The parts of an add-in manifest the tests look at, read once. */
export interface Manifest {
  readonly root: XmlElement;
  /** Resource ids by kind: Images, Urls, ShortStrings, LongStrings. */
  readonly resources: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Every absolute URL the manifest names (DefaultValue attributes). */
  readonly urls: readonly string[];
}

export function readManifest(path: string): Manifest {
  const root = parseXml(readFileSync(path, "utf8"), path);
  const resourcesElement = at(root, "VersionOverrides", "Resources");
  const resources = new Map<string, Map<string, string>>();
  for (const group of resourcesElement.children) {
    const entries = new Map<string, string>();
    for (const entry of group.children) {
      if (entries.has(entry.attributes.id)) {
        throw new Error(`${path}: resource id ${entry.attributes.id} is defined twice`);
      }
      entries.set(entry.attributes.id, entry.attributes.DefaultValue);
    }
    resources.set(group.local, entries);
  }
  const urls = descendants(root)
    .map((element) => element.attributes.DefaultValue)
    .filter((value): value is string => value !== undefined && /^[a-z]+:\/\//i.test(value));
  return { root, resources, urls };
}

/** Which resource group an element's `resid` must name. */
export function resourceKindFor(element: XmlElement): string {
  switch (element.local) {
    case "Image":
      return "Images";
    case "Runtime":
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "Urls";
    case "Namespace":
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      throw new Error(`no resource kind known for <${element.name} resid>`);
  }
}

export function elementsWithResid(manifest: Manifest): XmlElement[] {
  return descendants(at(manifest.root, "VersionOverrides", "Hosts")).filter(
    (element) => element.attributes.resid !== undefined
  );
}

export function resource(manifest: Manifest, kind: string, id: string): string | undefined {
  return manifest.resources.get(kind)?.get(id);
}

export function extensionPoint(host: XmlElement, type: string): XmlElement {
  const found = descendants(host).filter(
    (element) => element.local === "ExtensionPoint" && element.attributes["xsi:type"] === type
  );
  if (found.length !== 1) throw new Error(`expected one ${type} extension point`);
  return found[0];
}

export function requirementSets(manifest: Manifest): Map<string, string> {
  const sets = childrenNamed(at(manifest.root, "Requirements", "Sets"), "Set");
  return new Map(sets.map((set) => [set.attributes.Name, set.attributes.MinVersion]));
}
