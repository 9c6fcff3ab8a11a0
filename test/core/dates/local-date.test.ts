import { localIsoDate } from "../../../src/core/dates/iso";

describe("today as Excel's TODAY() gives it", () => {
  it("is the local calendar date, not the UTC one", () => {
    // Half past midnight on 1 June where the person is: in British Summer Time the UTC date is
    // still 31 May, which is what toISOString() would give.
    const justAfterMidnight = new Date(2026, 5, 1, 0, 30);
    expect(localIsoDate(justAfterMidnight)).toBe("2026-06-01");
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31");
  });
});
