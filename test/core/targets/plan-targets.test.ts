import { DEFAULT_TARGET_METHOD, planTargets, TRUSTTIER_PROPOSAL } from "../../../src/core/targets";

describe("next year's Targets under a trust's own headers", () => {
  it("writes into the columns the reader accepts by another name, and leaves a person's own null", () => {
    const headers = ["URN", "Measure", "Year", "Target", "My note"];
    const plan = planTargets({
      year: "2025/26",
      method: DEFAULT_TARGET_METHOD,
      schools: [{ urn: 900101, phase: "primary" }],
      measures: [
        { urn: 900101, measure: "attendance", year: "2022/23", figure: { value: 94.1 } },
        { urn: 900101, measure: "attendance", year: "2023/24", figure: { value: 94.6 } },
        { urn: 900101, measure: "attendance", year: "2024/25", figure: { value: 95.0 } },
      ],
      national: [],
      targets: [headers, [900101, "attendance", "2024/25", 95, "agreed in the LGB"]],
    });
    const [header, kept, proposal] = plan.grid;
    expect(header.slice(0, 5)).toEqual(headers);
    expect(header).not.toContain("Measure code");
    expect(header).not.toContain("Academic year");
    expect(kept).toEqual([
      900101,
      "attendance",
      "2024/25",
      95,
      "agreed in the LGB",
      ...Array(header.length - 5).fill(null),
    ]);
    expect(proposal.slice(0, 5)).toEqual([
      900101,
      "attendance",
      "2025/26",
      expect.any(Number),
      null,
    ]);
    expect(proposal[header.indexOf("Method")]).toBe(TRUSTTIER_PROPOSAL);
  });
});
