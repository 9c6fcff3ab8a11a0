import { readCanonicalTable, targetsTable } from "../../../src/core/import";
import { targetsInForce } from "../../../src/core/targets";

const HEADERS = [
  "URN",
  "Measure code",
  "Academic year",
  "Target",
  "Method",
  "Agreed by Trust Board",
];

describe("targetsInForce", () => {
  it("counts a proposal only once the Trust Board has agreed it, and a typed target always", () => {
    const read = readCanonicalTable(targetsTable, [
      HEADERS,
      [900101, "attendance", "2025/26", 95, null, null],
      [900101, "attendance", "2026/27", 96, "TrustTier proposal", null],
      [900102, "attendance", "2026/27", 94, "TrustTier proposal", "Yes"],
      [900103, "attendance", "2026/27", 93, "imported estimates", ""],
    ]);
    expect(targetsInForce(read).map((t) => [t.urn, t.year, t.target])).toEqual([
      [900101, "2025/26", 95],
      [900102, "2026/27", 94],
    ]);
  });

  it("counts every row of a Targets table without agreement columns", () => {
    const read = readCanonicalTable(targetsTable, [
      ["URN", "Measure code", "Academic year", "Target", "Method"],
      [900101, "attendance", "2026/27", 96, "TrustTier proposal"],
    ]);
    expect(targetsInForce(read)).toHaveLength(1);
  });
});
