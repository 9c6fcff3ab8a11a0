import {
  OFFICE_PROBLEM_MESSAGES,
  OfficeUnavailableError,
  waitForOffice,
  type OfficeReadiness,
} from "../../../src/taskpane/shell/office-ready";

const never: OfficeReadiness = { onReady: () => new Promise(() => undefined) };

describe("waitForOffice", () => {
  afterEach(() => jest.useRealTimers());

  it("resolves once Office is ready", async () => {
    const office: OfficeReadiness = {
      onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    };
    await expect(waitForOffice(office, 1000)).resolves.toBeUndefined();
  });

  it("says Office.js is blocked when the Office global is missing", async () => {
    const waiting = waitForOffice(undefined, 1000);
    await expect(waiting).rejects.toBeInstanceOf(OfficeUnavailableError);
    await expect(waiting).rejects.toThrow(OFFICE_PROBLEM_MESSAGES.blocked);
  });

  it("gives up with the timeout message when onReady never settles", async () => {
    jest.useFakeTimers();
    const waiting = waitForOffice(never, 10_000);
    jest.advanceTimersByTime(9_999);
    const settled = jest.fn();
    waiting.then(settled, settled);
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();

    jest.advanceTimersByTime(1);
    await expect(waiting).rejects.toMatchObject({
      problem: "timeout",
      message: OFFICE_PROBLEM_MESSAGES.timeout,
    });
  });

  it("passes on an error Office itself raises", async () => {
    const failing: OfficeReadiness = { onReady: () => Promise.reject(new Error("host crashed")) };
    await expect(waitForOffice(failing, 1000)).rejects.toThrow("host crashed");
  });
});
