/**
 * The size of a request as Office.js would send it, not as the fake's own JSON. Office.js sends
 * one message per `context.sync()`: its "Actions" (set a property, call a method, load) and the
 * "ObjectPaths" those actions name. Every proxy (`getRange(…)`, `.format`, `.font`,
 * `getItem(…)`) is an object path, sent with an "Instantiate" action in each request that uses
 * it. The numbers are Office.js's own enums (OfficeExtension.ActionType / ObjectPathType in
 * office.js): Instantiate 1, Query 2, Method 3, SetProperty 4; GlobalObject 1, Method 3,
 * Property 4. Microsoft: "The payload size of a request is a combination of … the number of API
 * calls … the number of objects, such as a Range object … the length of value to be set."
 */

const ACTION = { Instantiate: 1, Query: 2, Method: 3, SetProperty: 4 } as const;
const PATH = { GlobalObject: 1, Method: 3, Property: 4 } as const;

export class ObjectPath {
  private readonly properties = new Map<string, ObjectPath>();

  constructor(
    readonly parent: ObjectPath | undefined,
    readonly type: number,
    readonly name: string,
    readonly args: readonly unknown[] = []
  ) {}

  static root(): ObjectPath {
    return new ObjectPath(undefined, PATH.GlobalObject, "");
  }

  /** `range.format`: Office.js keeps one child object per property. */
  property(name: string): ObjectPath {
    let child = this.properties.get(name);
    if (!child) {
      child = new ObjectPath(this, PATH.Property, name);
      this.properties.set(name, child);
    }
    return child;
  }

  /** `sheet.getRange("A1")`: a new object every call. */
  method(name: string, args: readonly unknown[] = []): ObjectPath {
    return new ObjectPath(this, PATH.Method, name, args);
  }

  /** A dotted property path ("format.font") below this one; "borders.X" is getItem("X"). */
  descend(dotted: string): ObjectPath {
    const parts = dotted.split(".").filter(Boolean);
    return parts.reduce<ObjectPath>(
      (path, part, i) =>
        parts[i - 1] === "borders" ? path.method("getItem", [part]) : path.property(part),
      this
    );
  }
}

export type ActionKind = keyof typeof ACTION;

/** One request being assembled: actions in order, each object path once with its Instantiate. */
export class RequestMessage {
  private readonly actions: unknown[] = [];
  private readonly paths: Record<string, unknown> = {};
  private readonly ids = new Map<ObjectPath, number>();
  private nextId = 1;

  private pathId(path: ObjectPath): number {
    const known = this.ids.get(path);
    if (known !== undefined) return known;
    const parentId = path.parent ? this.pathId(path.parent) : undefined;
    const id = this.nextId++;
    this.ids.set(path, id);
    this.paths[id] = {
      Id: id,
      ObjectPathType: path.type,
      Name: path.name,
      ...(parentId !== undefined && { ParentObjectPathId: parentId }),
      ...(path.args.length > 0 && { ArgumentInfo: { Arguments: path.args } }),
    };
    this.actions.push({
      Id: this.nextId++,
      ActionType: ACTION.Instantiate,
      Name: "",
      ObjectPathId: id,
    });
    return id;
  }

  add(path: ObjectPath, kind: ActionKind, name: string, args: readonly unknown[] = []): void {
    const objectPathId = this.pathId(path);
    this.actions.push({
      Id: this.nextId++,
      ActionType: ACTION[kind],
      Name: name,
      ObjectPathId: objectPathId,
      ...(kind === "Query"
        ? { QueryInfo: { Select: args } }
        : args.length > 0 && { ArgumentInfo: { Arguments: args } }),
    });
  }

  /** UTF-8 bytes of the JSON body, as sent. */
  size(): number {
    return Buffer.byteLength(JSON.stringify({ Actions: this.actions, ObjectPaths: this.paths }));
  }
}

/** Excel on the web refuses requests and responses over "5MB" (resource-limits page); counted as 5,000,000 UTF-8 bytes, the stricter reading. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** "A range is limited to 5,000,000 cells for read operations." */
export const READ_CELL_LIMIT = 5_000_000;
