import { calculationNote } from "./calculation-note";
import type { WorkbookDescription, WorkbookPort } from "../../port";
import { confirmNames, type NameNeeds } from "./stale-names";

/**
 * What the pane hears about the workbook and its own window. The Office.js side lives in
 * src/taskpane/shell/workbook-events.ts; tests use a fake.
 */
export type StructureEventKind = "sheetAdded" | "sheetDeleted" | "tableAdded" | "tableDeleted";

export type WorkbookEvent =
  { readonly kind: "shown" } | { readonly kind: "hidden" } | { readonly kind: StructureEventKind };

export interface WorkbookEventSource {
  /** Starts listening; the promise gives a function that stops listening. */
  subscribe(listener: (event: WorkbookEvent) => void): Promise<() => Promise<void>>;
}

/** setTimeout and clearTimeout, injectable so tests step time by hand. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface PictureState {
  readonly description?: WorkbookDescription;
  readonly error?: unknown;
  readonly loading: boolean;
  /** Writes through `picture.port` finished since the pane started. */
  readonly writes: number;
}

export interface PictureOptions {
  readonly timers?: Timers;
  /** How long a burst of events (or a write's late events) is gathered into one read. */
  readonly quietMs?: number;
}

/** The port's calls that change the workbook: sheet and table events while they run are TrustTier's own. */
const WRITES = [
  "writeSheets",
  "writeLayout",
  "deleteSheet",
  "appendRows",
  "setTableColumn",
  "setCells",
  "writeSettings",
] as const satisfies ReadonlyArray<keyof WorkbookPort>;

/**
 * The pane's one workbook description ("picture"), shared by the summary card and the flows.
 * - Lazy: nothing is read until the pane is shown (`show`) or an action asks (`beforeAction`),
 *   so a runtime started only to compute TRUST.* functions reads nothing.
 * - Fresh: sheet and table added/deleted events and the pane becoming visible read it again;
 *   a burst of events gives one read after `quietMs` of quiet.
 * - Events during TrustTier's own writes (through `port`), and for `quietMs` after one ends,
 *   are ignored: the write's end schedules the one read that shows its result.
 * - A read that finds the same sheets and tables keeps the old object, so nothing re-renders.
 */
export class WorkbookPicture {
  readonly port: WorkbookPort;
  private state: PictureState = { loading: false, writes: 0 };
  private readonly listeners = new Set<() => void>();
  private readonly timers: Timers;
  private readonly quietMs: number;
  private visible = false;
  private stale = true;
  private ownWrites = 0;
  private settling: unknown;
  private pending: unknown;
  private reading: Promise<WorkbookDescription> | undefined;
  private rereadAfter = false;

  constructor(
    private readonly workbook: WorkbookPort,
    options: PictureOptions = {}
  ) {
    this.timers = options.timers ?? realTimers;
    this.quietMs = options.quietMs ?? 400;
    this.port = this.trackWrites(workbook);
  }

  getState = (): PictureState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The pane is on screen: read now if never read or if something changed while hidden. */
  show(): void {
    this.visible = true;
    if (this.stale && !this.busyWriting()) void this.refresh().catch(() => undefined);
  }

  hide(): void {
    this.visible = false;
  }

  notify(event: WorkbookEvent): void {
    if (event.kind === "shown") return this.show();
    if (event.kind === "hidden") return this.hide();
    if (this.busyWriting()) return;
    this.stale = true;
    if (this.visible) this.schedule();
  }

  /**
   * A flow reports a write. Writes through `port` already arranged their read; anything else
   * gets one after the quiet period.
   */
  changed(): void {
    if (this.busyWriting()) return;
    this.stale = true;
    if (this.visible) this.schedule();
  }

  /** Listens to `source` until the returned function is called. */
  async attach(source: WorkbookEventSource): Promise<() => Promise<void>> {
    return source.subscribe((event) => this.notify(event));
  }

  /** Reads the workbook now (joining a read already under way); failures land in the state. */
  refresh(): Promise<WorkbookDescription> {
    this.cancelPending();
    if (this.reading) {
      this.rereadAfter = true;
      return this.reading;
    }
    this.stale = false;
    this.set({ loading: true });
    const reading = this.workbook.describe().then(
      (description) => {
        this.set({ description: this.sameAsShown(description), error: undefined, loading: false });
        return description;
      },
      (error: unknown) => {
        this.stale = true;
        this.set({ error, loading: false });
        throw error;
      }
    );
    this.reading = reading;
    const settle = () => {
      this.reading = undefined;
      if (this.rereadAfter) {
        this.rereadAfter = false;
        void this.refresh().catch(() => undefined);
      }
    };
    reading.then(settle, settle);
    return reading;
  }

  /**
   * Before an action writes: reads the workbook again (there is no rename event for sheets or
   * tables at this level) and throws `StaleNamesError` if a name the action was set up with is
   * gone. Returns the fresh description.
   */
  async beforeAction(needs: NameNeeds = {}): Promise<WorkbookDescription> {
    const before = this.state.description;
    // A read already under way may have started before a rename: wait for it, then read anew.
    while (this.reading) await this.reading.catch(() => undefined);
    const now = await this.refresh();
    confirmNames(before, now, needs);
    return now;
  }

  /** Stops timers; the caller removes event handlers with the function `attach` returned. */
  dispose(): void {
    this.cancelPending();
    if (this.settling !== undefined) this.timers.clear(this.settling);
    this.settling = undefined;
  }

  private busyWriting(): boolean {
    return this.ownWrites > 0 || this.settling !== undefined;
  }

  private schedule(): void {
    this.cancelPending();
    this.pending = this.timers.set(() => {
      this.pending = undefined;
      void this.refresh().catch(() => undefined);
    }, this.quietMs);
  }

  private cancelPending(): void {
    if (this.pending === undefined) return;
    this.timers.clear(this.pending);
    this.pending = undefined;
  }

  private set(change: Partial<PictureState>): void {
    const next = { ...this.state, ...change };
    if (
      next.description === this.state.description &&
      next.error === this.state.error &&
      next.loading === this.state.loading &&
      next.writes === this.state.writes
    ) {
      return;
    }
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }

  private sameAsShown(description: WorkbookDescription): WorkbookDescription {
    const shown = this.state.description;
    return shown && JSON.stringify(shown) === JSON.stringify(description) ? shown : description;
  }

  private writeStarted(): void {
    this.ownWrites += 1;
    this.cancelPending();
    if (this.settling !== undefined) this.timers.clear(this.settling);
    this.settling = undefined;
  }

  private writeEnded(): void {
    this.ownWrites -= 1;
    this.set({ writes: this.state.writes + 1 });
    if (this.ownWrites > 0) return;
    // Excel delivers events after the sync that caused them; the quiet period absorbs those.
    this.settling = this.timers.set(() => {
      this.settling = undefined;
      this.stale = true;
      if (this.visible) void this.refresh().catch(() => undefined);
    }, this.quietMs);
  }

  private trackWrites(workbook: WorkbookPort): WorkbookPort {
    const tracked: Record<string, unknown> = {};
    for (const name of WRITES) {
      const method = workbook[name] as (...args: unknown[]) => Promise<unknown>;
      tracked[name] = async (...args: unknown[]) => {
        this.writeStarted();
        try {
          return await method.apply(workbook, args);
        } finally {
          this.writeEnded();
        }
      };
    }
    return new Proxy(workbook, {
      get: (target, property) => {
        if (typeof property === "string" && property in tracked) return tracked[property];
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === "function" ? (value as () => unknown).bind(target) : value;
      },
    });
  }
}

/** `calculationNote`, once TrustTier has written: before that there is nothing to recalculate. */
export function recalculationNote(state: PictureState): string | undefined {
  if (state.writes === 0 || !state.description) return undefined;
  return calculationNote(state.description.calculation);
}
