import { getBuiltinFramework } from "../../../src/core/frameworks";
import {
  columnValues,
  combineConfidence,
  proposeMapping,
  schoolsTableTargets,
  scoreHeader,
  valueFit,
  type CandidateScore,
  type MappingTarget,
} from "../../../src/core/mapping";
import type { CellGrid, CellValue } from "../../../src/core/values/cell";

const category = getBuiltinFramework("category");
if (!category) throw new Error("category framework missing");
const targets = schoolsTableTargets(category);

const ROWS = 5_000;
const grades = ["Good", "Outstanding", "Requires improvement"];
/** `fitting` Ofsted grades after `ROWS - fitting` distinct notes no target reads. */
const gradesAfterNotes = (fitting: number): CellValue[] =>
  Array.from({ length: ROWS }, (_, i) =>
    i < ROWS - fitting ? `note ${i} on the visit` : grades[i % grades.length]
  );

const columns: Array<[string, CellValue[]]> = [
  ["URN", Array.from({ length: ROWS }, (_, i) => 100_000 + i)],
  ["School name", Array.from({ length: ROWS }, (_, i) => `Generated Primary School ${i + 1}`)],
  ["Column 7", gradesAfterNotes(ROWS * 0.8)],
  ["Column 8", gradesAfterNotes(ROWS * 0.8 - 1)],
  ["Ofsted", gradesAfterNotes(ROWS / 2)],
  ["Ofsted grade notes", gradesAfterNotes(ROWS / 2 - 1)],
];
const grid: CellGrid = [
  columns.map(([header]) => header),
  ...Array.from({ length: ROWS }, (_, row) => columns.map(([, values]) => values[row])),
];

/** Every target's score from the exact share of every value: what the proposal must equal. */
function exhaustiveCandidates(header: string, column: number): CandidateScore[] {
  const values = columnValues(grid, column, 1);
  const scores: CandidateScore[] = [];
  targets.forEach((target: MappingTarget) => {
    const headerScore = scoreHeader(header, target);
    const fit = valueFit(target, values);
    const sniffable = target.sniff === true && values.textShare >= 0.5;
    const confidence = combineConfidence(headerScore, fit, sniffable);
    if (confidence > 0)
      scores.push({
        target: target.id,
        confidence,
        header: headerScore.kind,
        ...(fit !== undefined ? { valueFit: fit } : {}),
      });
  });
  const sniffed = scores.filter((score) => score.header === "none");
  const top = Math.max(0, ...sniffed.map((score) => score.confidence));
  const tied = sniffed.filter((score) => score.confidence === top);
  if (tied.length > 1) for (const score of tied) score.confidence /= 2;
  return scores.sort((a, b) => b.confidence - a.confidence).slice(0, 4);
}

describe("proposeMapping on large columns of distinct values", () => {
  const proposal = proposeMapping(targets, grid, { sheet: "Schools" });

  it("gives every column the candidates that reading every value would give", () => {
    columns.forEach(([header], column) => {
      expect(proposal.columns[column].candidates).toEqual(exhaustiveCandidates(header, column));
    });
  });

  it("lets values alone count at exactly four in five fitting, and not one value fewer", () => {
    expect(proposal.columns[2].candidates[0]).toMatchObject({
      target: "criterion:ofsted",
      header: "none",
      valueFit: 0.8,
    });
    expect(proposal.columns[3].candidates.map((c) => c.target)).not.toContain("criterion:ofsted");
  });

  it("keeps the exact share for a header that names the target", () => {
    expect(proposal.columns[4]).toMatchObject({
      target: "criterion:ofsted",
      basis: "header 'Ofsted' names it; 2500 of 5000 values fit",
      confidence: 0.7,
    });
    expect(proposal.columns[0]).toMatchObject({ target: "school:urn", confidence: 1 });
    expect(proposal.columns[1]).toMatchObject({ target: "school:name", confidence: 1 });
  });
});
