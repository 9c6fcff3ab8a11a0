import { sccNextLevel } from "../../../src/core/classify/scc";
import { getBuiltinFramework } from "../../../src/core/frameworks/builtin";
import { reviewRhythmOf } from "../../../src/core/frameworks/builtin/review-rhythm";
import { TIER_SUPPORT } from "../../../src/core/frameworks/builtin/tier-support";
import { annotateRenamedBodies } from "../../../src/core/frameworks/builtin/renamed-bodies";
import { sccTrackerLayout } from "../../../src/core/plans/scc-tracker";

const support = getBuiltinFramework("support")!;

// Issue 14, item 15: text TrustTier adds to a seed's quotation is marked as not the seed's, and
// bodies the seeds name that have since changed are annotated, never rewritten.
describe("seed wording kept apart from TrustTier's", () => {
  it("quotes 000's key-judgement rows as the seed writes them, with no words inserted", () => {
    const source = (criterion: string) =>
      support.mapping.find((m) => m.criterion === criterion && m.value === "good")!.source;
    // 000, best-fit criteria table, Ofsted and quality-of-education rows.
    expect(source("ofsted")).toBe(
      '000 Trust Improvement Strategy, best-fit criteria table: "The school is judged good or outstanding" / "The school is / is at risk of being judged as requiring improvement" / "The school is / is at risk of being judged as requiring special measures or having serious weaknesses"'
    );
    expect(source("quality-of-education")).toContain(
      '"The quality of education is judged or likely to be judged as good or outstanding"'
    );
    expect(source("behaviour-and-attitudes")).toContain(
      '"Behaviour and attitudes are judged or is at risk of being judged as requiring improvement"'
    );
    for (const row of support.mapping) expect(row.source).not.toMatch(/ is are |"The school are/);
  });

  it("marks TrustTier's words beside a seed quotation (Medium support's finance functions)", () => {
    const medium = support.levels.find((l) => l.id === "medium")!;
    expect(medium.support).toContain(
      "[TrustTier reading, not the seed's words: for finance concerns, the finance functions]"
    );
  });

  it("annotates the RSC as now the DfE Regional Director, keeping the seed's words", () => {
    const text = "possible involvement of the RSC.";
    expect(annotateRenamedBodies(text)).toMatch(
      /^possible involvement of the RSC\. \[TrustTier note: .*Regional Director since September 2022/
    );
    expect(annotateRenamedBodies("no body named here")).toBe("no body named here");
    expect(support.criteria.find((c) => c.id === "rsc")!.source).toContain("Regional Director");
    const step = sccNextLevel(4, "Insufficient progress");
    expect(step.ok && step.reason).toContain("[TrustTier note:");
    const tracker = sccTrackerLayout({
      sheetName: "SCC 900104",
      school: { urn: 900104, name: "Dunmore Academy" },
      entry: { reason: "Concern raised by the Trust", date: "2025-09-01" },
    });
    const cells = tracker.layout.cells.map((c) => String(c.value ?? "")).join("\n");
    expect(cells).toContain("possible involvement of the RSC. [TrustTier note:");
  });
});

// Issue 14, item 15: 001's Trust support lists, whole; the tier is set once a year and each
// tier has its own review rhythm.
describe("001's tiers: support lists and review rhythm", () => {
  const tiers = getBuiltinFramework("tiers")!;
  const curriculum = getBuiltinFramework("curriculum")!;
  const supportOf = (id: string) => tiers.levels.find((l) => l.id === id)!.support;

  it("lists every Trust support item the seed gives, including those once left out", () => {
    for (const id of ["tier1", "tier2", "tier3", "tier4"]) {
      expect(supportOf(id)).toContain('Regular review of live "risk" issues');
      for (const item of TIER_SUPPORT[id]) expect(supportOf(id)).toContain(item);
    }
    expect(supportOf("tier2")).toContain(
      "Challenge partner established with an outstanding provider"
    );
    expect(supportOf("tier3")).toContain("2-5 year master plan");
    expect(supportOf("tier3")).toContain("Support from Trust school improvement team");
    expect(supportOf("tier4")).toContain("standardised policies that are proven in areas of need");
    expect(supportOf("tier4")).toContain("with external educational leaders on the committee");
    expect(curriculum.levels[2].support).toContain("Line management - AP/VP meet every 2 weeks");
  });

  it("re-sets the tier annually and gives each tier's rhythm: CEO 1:1 every 4/4/2/1 weeks", () => {
    expect(tiers.levels.every((l) => l.cadence.kind === "annually")).toBe(true);
    expect(reviewRhythmOf("tiers", "tier1")).toBe(
      'Regular review of live "risk" issues; CEO 1:1 every 4 weeks; Annual external health check from School Improvement Executive Lead'
    );
    expect(reviewRhythmOf("tiers", "tier3")).toContain("CEO 1:1 every 2 weeks");
    expect(reviewRhythmOf("tiers", "tier3")).toContain("External health check twice a year");
    expect(reviewRhythmOf("tiers", "tier3")).toContain("every term");
    expect(reviewRhythmOf("tiers", "tier4")).toContain("CEO 1:1 every week");
    expect(reviewRhythmOf("tiers", "tier4")).toContain("every fortnight");
    expect(reviewRhythmOf("category", "cat1")).toBeUndefined();
  });
});
