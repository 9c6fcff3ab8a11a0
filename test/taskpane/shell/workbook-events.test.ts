import type { WorkbookEvent } from "../../../src/features/workbook";
import {
  officeWorkbookEvents,
  type ExcelEventHost,
  type OfficeEventHost,
  type PageVisibility,
} from "../../../src/taskpane/shell/workbook-events";

/** Just enough of Office.js's event plumbing: handlers by event, removal through a context. */
function fakeOffice(sets: Record<string, string>) {
  const handlers = new Map<string, () => Promise<unknown>>();
  const removedIn: unknown[] = [];
  let visibility: ((message: { visibilityMode: string }) => void) | undefined;
  let visibilityRemoved = false;
  const context = { workbook: {} as Record<string, unknown>, sync: async () => undefined };
  const collection = (prefix: string) => ({
    onAdded: handlerSlot(`${prefix}Added`),
    onDeleted: handlerSlot(`${prefix}Deleted`),
  });
  function handlerSlot(name: string) {
    return {
      add(handler: () => Promise<unknown>) {
        handlers.set(name, handler);
        return {
          context,
          remove: () => {
            removedIn.push(context);
            handlers.delete(name);
          },
        };
      },
    };
  }
  context.workbook = { worksheets: collection("sheet"), tables: collection("table") };
  const office: OfficeEventHost = {
    context: {
      requirements: {
        isSetSupported: (name, version = "1.1") =>
          name in sets && Number(sets[name]) >= Number(version),
      },
    },
    addin: {
      onVisibilityModeChanged: async (handler) => {
        visibility = handler as unknown as typeof visibility;
        return async () => {
          visibilityRemoved = true;
        };
      },
    },
  };
  const excel = {
    run: async (...args: unknown[]) => {
      const batch = args[args.length - 1] as (c: unknown) => Promise<unknown>;
      if (args.length === 2 && args[0] !== context) throw new Error("removed in another context");
      return batch(context);
    },
  } as unknown as ExcelEventHost;
  return {
    office,
    excel,
    handlers,
    removedIn,
    show: (mode: string) => visibility?.({ visibilityMode: mode }),
    visibilityRemoved: () => visibilityRemoved,
  };
}

describe("Office's events for the workbook picture", () => {
  it("turns visibility, sheet and table events into picture events, and removes them all", async () => {
    const fake = fakeOffice({ ExcelApi: "1.9" });
    const heard: WorkbookEvent["kind"][] = [];
    const source = officeWorkbookEvents(fake.office, fake.excel);
    const stop = await source.subscribe((event) => heard.push(event.kind));
    expect([...fake.handlers.keys()].sort()).toEqual([
      "sheetAdded",
      "sheetDeleted",
      "tableAdded",
      "tableDeleted",
    ]);
    fake.show("Taskpane");
    await fake.handlers.get("sheetAdded")?.();
    await fake.handlers.get("tableDeleted")?.();
    fake.show("Hidden");
    expect(heard).toEqual(["shown", "sheetAdded", "tableDeleted", "hidden"]);

    await stop();
    expect(fake.handlers.size).toBe(0);
    expect(fake.removedIn).toHaveLength(4);
    expect(fake.visibilityRemoved()).toBe(true);
  });

  it("leaves table events out below ExcelApi 1.9 and all structure events below 1.7", async () => {
    const at18 = fakeOffice({ ExcelApi: "1.8" });
    await officeWorkbookEvents(at18.office, at18.excel).subscribe(() => undefined);
    expect([...at18.handlers.keys()].sort()).toEqual(["sheetAdded", "sheetDeleted"]);

    const at16 = fakeOffice({ ExcelApi: "1.6" });
    await officeWorkbookEvents(at16.office, at16.excel).subscribe(() => undefined);
    expect(at16.handlers.size).toBe(0);
  });

  it("carries on without visibility events where Office refuses them", async () => {
    const fake = fakeOffice({ ExcelApi: "1.9" });
    const office: OfficeEventHost = {
      ...fake.office,
      addin: { onVisibilityModeChanged: () => Promise.reject(new Error("not implemented")) },
    };
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const stop = await officeWorkbookEvents(office, fake.excel).subscribe(() => undefined);
    expect(fake.handlers.size).toBe(4);
    await stop();
    warn.mockRestore();
  });

  it("hears the page becoming visible, for clients that send no visibility event", async () => {
    const fake = fakeOffice({});
    const listeners = new Set<() => void>();
    const page = {
      visibilityState: "hidden" as DocumentVisibilityState,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    } satisfies PageVisibility;
    const heard: string[] = [];
    const stop = await officeWorkbookEvents(
      { context: fake.office.context },
      undefined,
      page
    ).subscribe((event) => heard.push(event.kind));
    page.visibilityState = "visible";
    listeners.forEach((listener) => listener());
    expect(heard).toEqual(["shown"]);
    await stop();
    expect(listeners.size).toBe(0);
  });
});
