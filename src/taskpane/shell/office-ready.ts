/**
 * `Office.onReady` never settles when Office.js is blocked or the page is not hosted by Office
 * in the expected way, which would leave a blank pane. The pane waits for it with a time
 * limit and shows one of these messages instead.
 */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

export type OfficeProblem = "blocked" | "timeout";

export const OFFICE_PROBLEM_MESSAGES: Readonly<Record<OfficeProblem, string>> = {
  blocked:
    "Office.js could not be loaded, so TrustTier cannot reach this workbook. Your network or " +
    "browser may be blocking https://appsforoffice.microsoft.com: ask your IT team to allow " +
    "it, then open TrustTier again from Home > Open TrustTier.",
  timeout:
    `Office did not finish starting TrustTier within ${OFFICE_READY_TIMEOUT_MS / 1000} seconds. ` +
    "Close the pane and open it again from Home > Open TrustTier; if this keeps happening, " +
    "restart Excel.",
};

export class OfficeUnavailableError extends Error {
  readonly problem: OfficeProblem;

  constructor(problem: OfficeProblem) {
    super(OFFICE_PROBLEM_MESSAGES[problem]);
    this.name = "OfficeUnavailableError";
    this.problem = problem;
  }
}

/** The part of the `Office` global the pane waits on (the real one, or a test's stand-in). */
export interface OfficeReadiness {
  onReady(): Promise<unknown>;
}

/**
 * Resolves when Office is ready; rejects with `OfficeUnavailableError` if it never will be.
 * Which application and platform it is comes from shell/host.ts afterwards.
 */
export function waitForOffice(
  office: OfficeReadiness | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS
): Promise<void> {
  if (!office || typeof office.onReady !== "function") {
    return Promise.reject(new OfficeUnavailableError("blocked"));
  }
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new OfficeUnavailableError("timeout")), timeoutMs);
    office.onReady().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      }
    );
  });
}
