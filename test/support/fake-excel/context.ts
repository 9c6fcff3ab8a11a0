/** The request queue of one fake `Excel.run`: operations apply in order at `sync()`. */
export interface QueuedOp {
  /** What Office.js would send for this operation; its JSON length is the request size. */
  readonly wire: unknown;
  readonly apply: () => void;
}

export class OfficeApiError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface SyncMetrics {
  syncs: number;
  requestSizes: number[];
}

export class RequestQueue {
  private ops: QueuedOp[] = [];
  private readonly afterSync: (() => void)[] = [];

  constructor(
    private readonly metrics: SyncMetrics,
    private readonly failAt: (syncNumber: number) => boolean,
    /** Excel answers a sync after a round trip; 0 answers at once (in a microtask). */
    private readonly roundTripMs = 0
  ) {}

  push(wire: unknown, apply: () => void): void {
    this.ops.push({ wire, apply });
  }

  /** Runs after every sync, e.g. to settle `isNullObject` of objects created in the batch. */
  onSync(callback: () => void): void {
    this.afterSync.push(callback);
  }

  async sync(): Promise<void> {
    if (this.roundTripMs > 0) {
      await new Promise<void>((resolve) => setTimeout(resolve, this.roundTripMs));
    }
    const ops = this.ops;
    this.ops = [];
    this.metrics.syncs += 1;
    this.metrics.requestSizes.push(JSON.stringify(ops.map((op) => op.wire)).length);
    if (this.failAt(this.metrics.syncs)) {
      throw new OfficeApiError(
        "GeneralException",
        `Injected failure at sync ${this.metrics.syncs}`
      );
    }
    // As in Excel, operations before a failing one have been applied; later ones are dropped.
    for (const op of ops) op.apply();
    for (const callback of this.afterSync) callback();
  }
}

/**
 * A property bag following Office.js rules: reading a property that no sync has loaded throws.
 */
export class Loaded {
  private readonly values = new Map<string, unknown>();

  constructor(private readonly owner: string) {}

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  get<T>(name: string): T {
    if (!this.values.has(name)) {
      throw new OfficeApiError(
        "PropertyNotLoaded",
        `The property '${name}' of ${this.owner} is not available. Call load() and sync() first.`
      );
    }
    return this.values.get(name) as T;
  }
}

/** "items/name, items/visibility" or ["values", "rowIndex"] as a list of property names. */
export function propertyNames(names: string | string[] | undefined): string[] {
  const list = Array.isArray(names) ? names : (names ?? "").split(",");
  return list.map((name) => name.trim().replace(/^items\//, "")).filter((name) => name !== "");
}
