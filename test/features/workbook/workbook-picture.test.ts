import { MemoryWorkbook } from "../../../src/adapters/memory";
import { StaleNamesError } from "../../../src/features/workbook";
import {
  WorkbookPicture,
  recalculationNote,
  type Timers,
  type WorkbookEvent,
  type WorkbookEventSource,
} from "../../../src/features/workbook";
import type { WorkbookDescription, WorkbookPort } from "../../../src/port";

/** Timers stepped by hand: `advance` runs what falls due, in order. */
class ManualTimers implements Timers {
  private now = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; callback: () => void }>();
  set(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.due.set(id, { at: this.now + ms, callback });
    return id;
  }
  clear(handle: unknown): void {
    this.due.delete(handle as number);
  }
  get pending(): number {
    return this.due.size;
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.due].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > this.now) continue;
      this.due.delete(id);
      timer.callback();
    }
  }
}

/** An event source the test fires by hand, recording whether its handlers were removed. */
class FakeEvents implements WorkbookEventSource {
  listener: ((event: WorkbookEvent) => void) | undefined;
  removed = false;
  subscribe(listener: (event: WorkbookEvent) => void) {
    this.listener = listener;
    return Promise.resolve(async () => {
      this.removed = true;
      this.listener = undefined;
    });
  }
  fire(kind: WorkbookEvent["kind"]) {
    this.listener?.({ kind } as WorkbookEvent);
  }
}

const book = (sheets: string[], tables: Array<[string, string]> = []): WorkbookDescription => ({
  name: "Trust.xlsx",
  calculation: "automatic",
  sheets: sheets.map((name) => ({ name, visibility: "visible" })),
  tables: tables.map(([name, sheet]) => ({ name, sheet, headers: ["URN", "Name"], rowCount: 3 })),
});

/** A port whose workbook the test changes, counting reads; writes fire Excel's events. */
function fakePort(events: FakeEvents) {
  const port = {
    current: book(["Schools"], [["Schools", "Schools"]]) as WorkbookDescription,
    reads: 0,
    readsDuringWrite: 0,
    writing: false,
    /** Resolve to let a write finish; undefined: writes finish at once. */
    gate: undefined as Promise<void> | undefined,
    describe: async () => (port.reads++, port.writing && port.readsDuringWrite++, port.current),
    writeSheets: async () => {
      port.writing = true;
      // As Excel does: the sheets appear and their events are raised during the write.
      const added = book(["Summary", "Mapping"]).sheets;
      port.current = { ...port.current, sheets: [...port.current.sheets, ...added] };
      events.fire("sheetAdded");
      await port.gate;
      events.fire("sheetAdded");
      port.writing = false;
      return [];
    },
  };
  return port;
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

function setUp() {
  const events = new FakeEvents();
  const port = fakePort(events);
  const timers = new ManualTimers();
  const picture = new WorkbookPicture(port as unknown as WorkbookPort, { timers, quietMs: 400 });
  return { events, port, timers, picture };
}

describe("the pane's workbook picture", () => {
  it("reads nothing until the pane is shown: a functions-only runtime never describes", async () => {
    const { events, port, picture } = setUp();
    await picture.attach(events);
    events.fire("sheetAdded");
    events.fire("tableDeleted");
    await flush();
    expect(port.reads).toBe(0);
    expect(picture.getState().description).toBeUndefined();

    events.fire("shown");
    await flush();
    expect(port.reads).toBe(1);
    expect(picture.getState().description?.sheets.map((s) => s.name)).toEqual(["Schools"]);
  });

  it("reads on the first action when it was never shown", async () => {
    const { port, picture } = setUp();
    const description = await picture.beforeAction({ tables: [] });
    expect(port.reads).toBe(1);
    expect(description.name).toBe("Trust.xlsx");
  });

  it("reads again after a sheet or table event, once for a burst", async () => {
    const { events, port, timers, picture } = setUp();
    await picture.attach(events);
    events.fire("shown");
    await flush();
    port.current = book(
      ["Schools", "Extra"],
      [
        ["Schools", "Schools"],
        ["Extra", "Extra"],
      ]
    );
    events.fire("sheetAdded");
    timers.advance(100);
    events.fire("tableAdded");
    timers.advance(100);
    events.fire("sheetDeleted");
    await flush();
    expect(port.reads).toBe(1);
    timers.advance(399);
    await flush();
    expect(port.reads).toBe(1);
    timers.advance(1);
    await flush();
    expect(port.reads).toBe(2);
    expect(picture.getState().description?.tables.map((t) => t.name)).toEqual(["Schools", "Extra"]);
  });

  it("ignores the events of its own writes, and reads once when the write is done", async () => {
    const { events, port, timers, picture } = setUp();
    await picture.attach(events);
    events.fire("shown");
    await flush();
    const renders: number[] = [];
    picture.subscribe(() => renders.push(port.reads));

    let release = () => {};
    port.gate = new Promise((resolve) => (release = resolve));
    const writing = picture.port.writeSheets({ sheets: [] });
    // A long write (cards): well past the quiet period, and still no read in the middle of it.
    timers.advance(5000);
    await flush();
    expect(port.readsDuringWrite).toBe(0);
    release();
    await writing;
    // Excel delivers some events after the sync that caused them: still TrustTier's own.
    events.fire("sheetAdded");
    timers.advance(200);
    events.fire("sheetAdded");
    await flush();
    expect(port.reads).toBe(1);
    timers.advance(400);
    await flush();
    expect(port.reads).toBe(2);
    expect(picture.getState().description?.sheets.map((s) => s.name)).toEqual([
      "Schools",
      "Summary",
      "Mapping",
    ]);
    expect(picture.getState().writes).toBe(1);
    expect(timers.pending).toBe(0);
  });

  it("still hears a person's change once its own write has settled", async () => {
    const { events, port, timers, picture } = setUp();
    await picture.attach(events);
    events.fire("shown");
    await flush();
    await picture.port.writeSheets({ sheets: [] });
    timers.advance(400);
    await flush();
    const before = port.reads;
    port.current = book(["Schools", "Summary", "Mapping", "Notes"], [["Schools", "Schools"]]);
    events.fire("sheetAdded");
    timers.advance(400);
    await flush();
    expect(port.reads).toBe(before + 1);
    expect(picture.getState().description?.sheets.map((s) => s.name)).toContain("Notes");
  });

  it("keeps the same description object when nothing changed, so nothing re-renders", async () => {
    const { events, timers, picture } = setUp();
    await picture.attach(events);
    events.fire("shown");
    await flush();
    const first = picture.getState().description;
    events.fire("tableAdded");
    timers.advance(400);
    await flush();
    expect(picture.getState().description).toBe(first);
  });

  it("marks the picture stale while hidden and reads it when shown again", async () => {
    const { events, port, timers, picture } = setUp();
    await picture.attach(events);
    events.fire("shown");
    await flush();
    events.fire("hidden");
    port.current = book(["Schools", "Later"], [["Schools", "Schools"]]);
    events.fire("sheetAdded");
    timers.advance(1000);
    await flush();
    expect(port.reads).toBe(1);
    events.fire("shown");
    await flush();
    expect(port.reads).toBe(2);
    expect(picture.getState().description?.sheets.map((s) => s.name)).toContain("Later");
    // Shown again with nothing changed: no read.
    events.fire("hidden");
    events.fire("shown");
    await flush();
    expect(port.reads).toBe(2);
  });

  it("reads again for an event that arrives while the first read is under way", async () => {
    const { events, port, timers, picture } = setUp();
    await picture.attach(events);
    events.fire("shown");
    port.current = book(["Schools", "Added meanwhile"], [["Schools", "Schools"]]);
    events.fire("sheetAdded");
    await flush();
    timers.advance(400);
    await flush();
    expect(port.reads).toBe(2);
    expect(picture.getState().description?.sheets.map((s) => s.name)).toContain("Added meanwhile");
  });

  it("removes its handlers when detached", async () => {
    const { events, picture } = setUp();
    const detach = await picture.attach(events);
    await detach();
    expect(events.removed).toBe(true);
    expect(events.listener).toBeUndefined();
  });

  it("before an action, names a table that was renamed since the pane read it", async () => {
    const { events, port, picture } = setUp();
    await picture.attach(events);
    events.fire("shown");
    await flush();
    // Renamed in Excel: no event at all.
    port.current = book(["Schools"], [["SchoolList", "Schools"]]);
    const attempt = picture.beforeAction({ tables: ["Schools"] });
    await expect(attempt).rejects.toBeInstanceOf(StaleNamesError);
    await expect(attempt).rejects.toThrow(
      'The table "Schools" is no longer in this workbook: it looks renamed to "SchoolList".'
    );
    // The picture now shows the new name, so the pickers offer it.
    expect(picture.getState().description?.tables.map((t) => t.name)).toEqual(["SchoolList"]);
    await expect(picture.beforeAction({ tables: ["schoollist"] })).resolves.toBeDefined();
  });

  it("keeps a read failure in the state and reads again on the next show", async () => {
    const { events, port, picture } = setUp();
    const failing = { ...port, describe: async () => Promise.reject(new Error("busy")) };
    const broken = new WorkbookPicture(failing as unknown as WorkbookPort);
    broken.show();
    await flush();
    expect((broken.getState().error as Error).message).toBe("busy");
    broken.dispose();
    await picture.attach(events);
    events.fire("shown");
    await flush();
    expect(picture.getState().error).toBeUndefined();
  });
});

describe("asking for F9 after a write when calculation is Manual", () => {
  const manual = { ...book(["Schools"]), calculation: "manual" as const };
  it("asks only after TrustTier has written, and only under Manual", () => {
    expect(recalculationNote({ loading: false, writes: 0, description: manual })).toBeUndefined();
    expect(recalculationNote({ loading: false, writes: 1, description: manual })).toMatch(
      /Press F9/
    );
    for (const calculation of ["automatic", "semiautomatic"] as const) {
      const description = { ...manual, calculation };
      expect(recalculationNote({ loading: false, writes: 1, description })).toBeUndefined();
    }
    // Files and the memory workbook report "automatic": no note.
    expect(recalculationNote({ loading: false, writes: 1, description: book([]) })).toBeUndefined();
  });

  it("shows the note once a write through the picture's port has ended", async () => {
    const { events, port, timers, picture } = setUp();
    port.current = { ...port.current, calculation: "manual" };
    await picture.attach(events);
    events.fire("shown");
    await flush();
    expect(recalculationNote(picture.getState())).toBeUndefined();
    await picture.port.writeSheets({ sheets: [] });
    timers.advance(400);
    await flush();
    expect(recalculationNote(picture.getState())).toMatch(/Calculate Now/);
  });
});

describe("the picture's port", () => {
  it("passes every call through to a real adapter, counting only the writes", async () => {
    const memory = new MemoryWorkbook("Trust.xlsx");
    const timers = new ManualTimers();
    const picture = new WorkbookPicture(memory, { timers });
    await picture.port.writeSettings({ "trusttier.test": { a: 1 } });
    const settings = await picture.port.readSettings();
    expect(settings.values["trusttier.test"]).toEqual({ a: 1 });
    expect((await picture.port.describe()).name).toBe("Trust.xlsx");
    expect(picture.getState().writes).toBe(1);
    await expect(picture.port.deleteSheet("Nowhere")).rejects.toMatchObject({
      code: "SheetNotFound",
    });
    expect(picture.getState().writes).toBe(2);
  });
});
