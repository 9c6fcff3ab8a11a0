import { SaxesParser } from "saxes";

/** An XML element as the manifest tests need it: namespace-aware names, attributes, text. */
export interface XmlElement {
  /** The name as written, e.g. "bt:Image". */
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  /** Attributes by the name as written ("resid", "xsi:type"). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/**
 * Parses with saxes, a conformant XML 1.0 parser that rejects what is not well-formed (it
 * throws with the line and column). There is no offline XSD for add-in manifests, so the
 * tests check structure themselves.
 */
export function parseXml(xml: string, fileName: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, fileName });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) {
      attributes[name] = attribute.value;
    }
    const element: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      text: "",
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  if (!root) throw new Error(`${fileName}: no root element`);
  return root;
}

/** Every element below `element` (depth first), the element itself excluded. */
export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

/** The one element at this path of local names; throws naming the path when absent. */
export function at(element: XmlElement, ...path: string[]): XmlElement {
  let current = element;
  for (const [depth, local] of path.entries()) {
    const next = childrenNamed(current, local);
    if (next.length !== 1) {
      throw new Error(
        `expected one <${local}> under ${[element.local, ...path.slice(0, depth)].join("/")}, found ${next.length}`
      );
    }
    current = next[0];
  }
  return current;
}
