import { classify, explain, getBuiltinFramework, type Framework } from "../../../src/core";
import { criterionTargets } from "../../../src/core/mapping";
import { compileFramework } from "../../../src/core/classify/compile";
import { INVALID, invalidValueMessage, resolveValue } from "../../../src/core/classify/resolve";

const framework = (id: string): Framework => getBuiltinFramework(id)!;

/** The mapping value a text resolves to for one criterion, or "refused: <message>". */
function read(frameworkId: string, criterion: string, text: string): string {
  const entry = compileFramework(framework(frameworkId)).byId.get(criterion)!;
  const resolved = resolveValue(entry, text);
  if (resolved === INVALID) return `refused: ${invalidValueMessage(entry, text)}`;
  return entry.rows[resolved].value;
}

describe("a trust's own words (TrustTier proposal)", () => {
  it.each([
    ["support", "website", "Meets statutory requirements", "meets all statutory requirements"],
    ["support", "safeguarding", "Safeguarding meets statutory requirements", "few concerns"],
    [
      "support",
      "safeguarding",
      "Safeguarding does not meet statutory requirements",
      "serious/complex concerns",
    ],
    [
      "support",
      "website",
      "The website fails to meet statutory requirements",
      "fails statutory requirements",
    ],
    [
      "support",
      "rsc",
      "Strengths and internal capacity to improve",
      "strengths and areas for development",
    ],
    [
      "support",
      "hip",
      "Strengths and internal capacity to improve",
      "strengths and areas for development",
    ],
    ["support", "complaints", "Unresolved complaints", "high number unresolved"],
    ["curriculum", "impact", "In line with or above national", "in line or above national"],
    ["curriculum", "impact", "Outcomes in line with national", "in line or above national"],
    ["tiers", "attendance", "In line with or above national", "at or above national"],
    ["tiers", "attendance", "Attendance and PA close to national averages", "close to national"],
    ["tiers", "safeguarding", "Safeguarding is not effective", "ineffective"],
    ["category", "qa", "Minor issues only", "minor issues"],
    ["support", "website", "Does not meet statutory requirements", "fails statutory requirements"],
    [
      "support",
      "website",
      "Doesn't meet all statutory requirements",
      "fails statutory requirements",
    ],
    ["tiers", "governance", "Governance is unstable", "ineffective"],
    ["support", "website", "Not meeting statutory requirements", "fails statutory requirements"],
    ["support", "website", "Non-compliant", "fails statutory requirements"],
  ])("%s %s: '%s' is read as '%s'", (id, criterion, text, value) => {
    expect(read(id, criterion, text)).toBe(value);
  });

  it.each([
    ["curriculum", "impact", "Not in line with national", "negates 'in line or above national'"],
    [
      "curriculum",
      "impact",
      "Outcomes never in line with national",
      "negates 'in line or above national'",
    ],
    ["tiers", "safeguarding", "Not highly effective", "not recognised"],
    ["support", "complaints", "No unresolved complaints", "not recognised"],
  ])("%s %s: the negation '%s' never matches its positive", (id, criterion, text, says) => {
    const result = read(id, criterion, text);
    expect(result).toMatch(/^refused: /);
    expect(result).toContain(says);
  });

  it("never reads a negated phrase as the positive value", () => {
    // "does not meet" is the website's High wording, never Low's "meets all statutory requirements".
    expect(read("support", "website", "Does not meet statutory requirements")).not.toBe(
      "meets all statutory requirements"
    );
    expect(read("support", "safeguarding", "No safeguarding concerns")).toMatch(/^refused/);
  });

  it.each([
    [
      "support",
      "safeguarding",
      "Concerns",
      ["few concerns", "significant concerns", "serious/complex concerns"],
    ],
    ["category", "qa", "Issues", ["minor issues", "some issues", "significant issues"]],
  ])(
    "%s %s: the ambiguous '%s' is refused, naming the candidates",
    (id, criterion, text, candidates) => {
      const result = read(id, criterion, text);
      expect(result).toContain("refused: ");
      expect(result).toContain(`it could mean any of: ${candidates.join(", ")}`);
    }
  );

  it("needs two shared words with a seed passage: one common word says nothing", () => {
    // 001 Tier 4 staffing quotes "... retain good staff"; "Good" is not that.
    expect(read("tiers", "staffing", "Good")).toMatch(/^refused/);
  });

  it("accepts a value read from own words but never lets it identify a column", () => {
    const target = criterionTargets(framework("support")).find(
      (t) => t.id === "criterion:website"
    )!;
    expect(target.read!("Meets statutory requirements").ok).toBe(true);
    expect(target.fits!("Meets statutory requirements")).toBe(false);
    expect(target.fits!("Compliant")).toBe(true);
  });

  it("leaves Ofsted outcomes to the inspection normaliser", () => {
    expect(read("category", "ofsted", "Good with outstanding features")).toMatch(/^refused/);
  });

  it("classifies with a value read from the trust's words, saying so", () => {
    const result = classify(
      framework("support"),
      {
        values: {
          rsc: "Strengths and internal capacity to improve",
          ofsted: "Good",
          hip: "Strengths",
          finance: "Few concerns",
          website: "Meets statutory requirements",
        },
      },
      { asOf: "2025-01-15" }
    );
    expect(result.status).toBe("classified");
    if (result.status !== "classified") return;
    expect(result.level.name).toBe("Low support");
    expect(result.warnings.join("\n")).toContain(
      "RSC review: 'Strengths and internal capacity to improve' read as 'strengths and areas for development' (TrustTier proposal"
    );
    expect(explain(result)).toContain(
      "Website Meets statutory requirements (read as meets all statutory requirements)"
    );
  });
});
