import { appliedBeforeFailure, type InjectedFailure } from "./failures";
import { PAYLOAD_LIMIT_BYTES, RequestMessage, type ActionKind, type ObjectPath } from "./payload";
import type { Rules } from "./rules";
import type { WorkbookState } from "./structure";

/** One queued operation: what Office.js would send for it, and what Excel then does. */
export interface QueuedOp {
  readonly path: ObjectPath;
  readonly kind: ActionKind;
  readonly name: string;
  readonly args: readonly unknown[];
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
  /** Each request's size as Office.js would send it (payload.ts), in bytes. */
  requestSizes: number[];
  /** Each response's size (the JSON of what the batch loaded), in bytes. */
  responseSizes: number[];
  /**
   * Milliseconds the fake spent applying batches: Excel does this work in its own process, so
   * a bench of the add-in's thread leaves it out.
   */
  applyMs?: number;
}

/** What a queue needs from its workbook: rules, platform and the failure to inject. */
export interface QueueHost {
  readonly metrics: SyncMetrics;
  readonly rules: Rules;
  readonly platform: "web" | "desktop";
  /** Milliseconds each sync waits, as a round trip to Excel does (the host gets a turn). */
  readonly roundTripMs: number;
  /** The locale's list separator ("," in en-GB, ";" in de-DE), for the lenient list rule. */
  readonly listSeparator: string;
  failureFor(syncNumber: number): InjectedFailure | undefined;
  /** When an array, every queued operation is appended to it (tests inspect what was sent). */
  readonly operations?: QueuedOp[];
  /** The workbook as structure changes see it: sheets and defined names. */
  state(): WorkbookState;
}

/** The request queue of one fake `Excel.run`: operations apply in order at `sync()`. */
export class RequestQueue {
  private ops: QueuedOp[] = [];
  private readonly afterSync: (() => void)[] = [];
  private response = 0;

  constructor(readonly host: QueueHost) {}

  push(
    path: ObjectPath,
    kind: ActionKind,
    name: string,
    args: readonly unknown[],
    apply: () => void
  ): void {
    const op = { path, kind, name, args, apply };
    this.ops.push(op);
    this.host.operations?.push(op);
  }

  /** Called by loads as they apply: what Excel sends back. */
  respond(loaded: unknown): void {
    this.response += Buffer.byteLength(JSON.stringify(loaded) ?? "");
  }

  /** Runs after every sync, e.g. to settle `isNullObject` of objects created in the batch. */
  onSync(callback: () => void): void {
    this.afterSync.push(callback);
  }

  async sync(): Promise<void> {
    if (this.host.roundTripMs > 0) {
      await new Promise<void>((resolve) => setTimeout(resolve, this.host.roundTripMs));
    }
    const ops = this.ops;
    this.ops = [];
    const metrics = this.host.metrics;
    metrics.syncs += 1;
    const message = new RequestMessage();
    for (const op of ops) message.add(op.path, op.kind, op.name, op.args);
    const size = message.size();
    metrics.requestSizes.push(size);
    const web = this.host.platform === "web";
    if (web && size > PAYLOAD_LIMIT_BYTES) {
      this.host.rules.refuse(
        "request-payload-limit",
        "RequestPayloadSizeLimitExceeded",
        `The request is ${size} bytes; Excel on the web refuses requests over 5MB.`
      );
    }
    const failure = this.host.failureFor(metrics.syncs);
    const applied = failure ? appliedBeforeFailure(failure, ops.length) : ops.length;
    this.response = 0;
    // As in Excel, operations before a failing one have been applied; later ones are dropped.
    const started = performance.now();
    try {
      for (const op of ops.slice(0, applied)) op.apply();
    } finally {
      metrics.applyMs = (metrics.applyMs ?? 0) + performance.now() - started;
    }
    metrics.responseSizes.push(this.response);
    if (failure) {
      throw new OfficeApiError(
        "GeneralException",
        `Injected failure at sync ${metrics.syncs} (${failure.mode}, ${applied} of ${ops.length} operations applied)`
      );
    }
    if (web && this.response > PAYLOAD_LIMIT_BYTES) {
      this.host.rules.refuse(
        "response-payload-limit",
        "ResponsePayloadSizeLimitExceeded",
        `The response is ${this.response} bytes; Excel on the web refuses responses over 5MB.`
      );
    }
    for (const callback of this.afterSync) callback();
  }
}

/**
 * A property bag following Office.js rules: reading a property that no sync has loaded throws
 * (rule "unloaded-property"; relaxed, it reads as undefined).
 */
export class Loaded {
  private readonly values = new Map<string, unknown>();

  constructor(
    private readonly owner: string,
    private readonly rules?: Rules
  ) {}

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  get<T>(name: string): T {
    if (!this.values.has(name) && (this.rules?.strict("unloaded-property") ?? true)) {
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
