import { useEffect, useSyncExternalStore } from "react";
import type { WorkbookEventSource, WorkbookPicture } from "../../features/workbook";

/** The pane's workbook picture as React state: re-renders when its description changes. */
export function usePictureState(picture: WorkbookPicture) {
  return useSyncExternalStore(picture.subscribe, picture.getState);
}

/**
 * Listens to Office's events for as long as the pane is mounted, and shows the picture if the
 * page is visible now. A runtime started only for TRUST.* functions has a hidden page, so it
 * reads nothing until Office reports the pane shown.
 */
export function usePictureEvents(
  picture: WorkbookPicture,
  source: WorkbookEventSource | undefined,
  visibleNow: () => boolean
) {
  useEffect(() => {
    let detach: (() => Promise<void>) | undefined;
    let unmounted = false;
    const attaching = source
      ? picture.attach(source).then(
          (remove) => (unmounted ? void remove() : (detach = remove)),
          (error: unknown) => console.warn("TrustTier: workbook events unavailable.", error)
        )
      : Promise.resolve();
    if (visibleNow()) picture.show();
    return () => {
      unmounted = true;
      void attaching.then(() => detach?.());
      picture.dispose();
    };
  }, [picture, source, visibleNow]);
}
