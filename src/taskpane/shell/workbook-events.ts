/**
 * The one module that listens to Office for the pane's workbook picture
 * (src/features/workbook/workbook-picture.ts). Names and requirement sets as in
 * node_modules/@types/office-js/index.d.ts:
 * - `Office.addin.onVisibilityModeChanged(handler)`: SharedRuntime 1.1; resolves to a function
 *   that removes the handler; the message's `visibilityMode` is "Taskpane" or "Hidden".
 * - `WorksheetCollection.onAdded` / `onDeleted`: ExcelApi 1.7.
 * - `TableCollection.onAdded` / `onDeleted`: ExcelApi 1.9.
 * - `EventHandlers.add` returns an `EventHandlerResult`; "the same RequestContext object that the
 *   handler was added in must be used when removing the handler", hence
 *   `Excel.run(result.context, …)` with `result.remove()`.
 * There is no rename event for sheets or tables at this level: flows check names before acting.
 */
import type {
  StructureEventKind,
  WorkbookEvent,
  WorkbookEventSource,
} from "../../features/workbook";

export interface OfficeEventHost {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  readonly addin?: Pick<Office.Addin, "onVisibilityModeChanged">;
}

export interface ExcelEventHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
}

/** The page's own visibility: a second signal for "shown", where Office sends none. */
export interface PageVisibility {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: "visibilitychange", listener: () => void): void;
  removeEventListener(type: "visibilitychange", listener: () => void): void;
}

type Remover = () => Promise<void>;

async function listenToVisibility(
  office: OfficeEventHost,
  listener: (event: WorkbookEvent) => void
): Promise<Remover | undefined> {
  if (typeof office.addin?.onVisibilityModeChanged !== "function") return undefined;
  try {
    return await office.addin.onVisibilityModeChanged((message) =>
      // Compared as text: Office.VisibilityMode is an enum object that only exists at run time.
      listener({ kind: String(message.visibilityMode) === "Taskpane" ? "shown" : "hidden" })
    );
  } catch (error) {
    // Excel on the web once lacked this event (OfficeDev/custom-functions#37): carry on without it.
    console.warn("TrustTier: no task pane visibility events.", error);
    return undefined;
  }
}

async function listenToStructure(
  office: OfficeEventHost,
  excel: ExcelEventHost,
  listener: (event: WorkbookEvent) => void
): Promise<Remover | undefined> {
  const supports = (version: string) =>
    office.context.requirements.isSetSupported("ExcelApi", version);
  if (!supports("1.7")) return undefined;
  const on = (kind: StructureEventKind) => () => {
    listener({ kind });
    return Promise.resolve();
  };
  const results = await excel.run(async (context) => {
    const { worksheets, tables } = context.workbook;
    const added: Array<OfficeExtension.EventHandlerResult<unknown>> = [
      worksheets.onAdded.add(on("sheetAdded")),
      worksheets.onDeleted.add(on("sheetDeleted")),
    ];
    if (supports("1.9")) {
      added.push(tables.onAdded.add(on("tableAdded")), tables.onDeleted.add(on("tableDeleted")));
    }
    await context.sync();
    return added;
  });
  return async () => {
    const [first] = results;
    if (!first) return;
    await excel.run(first.context, async (context) => {
      for (const result of results) result.remove();
      await context.sync();
    });
  };
}

/**
 * Office's events as a `WorkbookEventSource`. Each kind is optional: a client without a
 * requirement set (or the browser tests' stand-in) simply sends fewer events.
 */
export function officeWorkbookEvents(
  office: OfficeEventHost,
  excel: ExcelEventHost | undefined,
  page?: PageVisibility
): WorkbookEventSource {
  return {
    async subscribe(listener) {
      const onPage = () =>
        listener({ kind: page?.visibilityState === "hidden" ? "hidden" : "shown" });
      page?.addEventListener("visibilitychange", onPage);
      const removers = await Promise.all([
        listenToVisibility(office, listener),
        excel
          ? listenToStructure(office, excel, listener).catch((error: unknown) => {
              // Without these events the picture is still read on show and before every action.
              console.warn("TrustTier: no sheet and table events.", error);
              return undefined;
            })
          : undefined,
      ]);
      return async () => {
        page?.removeEventListener("visibilitychange", onPage);
        await Promise.all(removers.map((remove) => remove?.()));
      };
    },
  };
}
