import { readFileSync } from "node:fs";
import { getBuiltinFramework } from "../../../src/core/frameworks";
import { parseCsv } from "../../../src/core/import/csv";
import { formatProblem } from "../../../src/core/import/location";
import {
  checkMappedValues,
  proposeMapping,
  resolveDisagreement,
  schoolsTableTargets,
} from "../../../src/core/mapping";
import type { CellGrid } from "../../../src/core/values/cell";
import { REAL_TRUST_SAMPLE_CSV } from "../../fixtures/paths";

function sample(): CellGrid {
  const parsed = parseCsv(readFileSync(REAL_TRUST_SAMPLE_CSV, "utf8"));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.grid;
}

const tiers = getBuiltinFramework("tiers");
if (!tiers) throw new Error("tiers framework missing");

describe("mapping the real trust sample's headers", () => {
  const grid = sample();
  const targets = schoolsTableTargets(tiers);
  const proposal = proposeMapping(targets, grid, { sheet: "Sample" });
  const targetOf = (header: string) =>
    proposal.columns.find((column) => column.header === header)?.target;

  it("maps the publishers' cryptic headers by alias", () => {
    expect(targetOf("URN")).toBe("school:urn");
    expect(targetOf("EstablishmentName")).toBe("school:name");
    expect(targetOf("PhaseOfEducation (name)")).toBe("school:phase");
    expect(targetOf("Joined date")).toBe("school:joined");
    expect(targetOf("pupil_number")).toBe("measure:roll");
    expect(targetOf("percent_sen_support")).toBe("measure:sen");
    expect(targetOf("OFSTEDRATING")).toBe("criterion:ofsted");
    expect(targetOf("INSPECTIONDT")).toBe("school:ofstedDate");
    expect(targetOf("READPROG")).toBe("measure:ks2-reading-progress");
    expect(proposal.missingRequired).toEqual([]);
  });

  it("does not guess: a column no target fits stays unmapped", () => {
    // % of pupils whose first language is English: not EAL, and not in the catalogue.
    expect(targetOf("percent_english_language")).toBeNull();
  });

  it("reports that `rating` and `OFSTEDRATING` disagree so the pane can ask", () => {
    expect(proposal.disagreements).toHaveLength(1);
    const [disagreement] = proposal.disagreements;
    expect(disagreement.target).toBe("criterion:ofsted");
    expect(disagreement.headers).toEqual(["OFSTEDRATING", "rating"]);
    expect(disagreement.rows).toEqual([{ row: 2, values: ["Requires Improvement", "Good"] }]);
    expect(disagreement.agreeing).toBe(4);
    expect(disagreement.message).toBe(
      "columns K 'OFSTEDRATING' and J 'rating' both look like Ofsted but disagree on 1 row (row 2: 'Requires Improvement' vs 'Good'); choose which to use"
    );
    const disputed = proposal.columns.filter((column) => column.disputed).map((c) => c.header);
    expect(disputed).toEqual(["rating", "OFSTEDRATING"]);
  });

  it("gives a confidence per proposal: exact alias with fitting values is certain, a resemblance is not", () => {
    const column = (header: string) => proposal.columns.find((c) => c.header === header);
    expect(column("OFSTEDRATING")?.confidence).toBe(1);
    expect(column("OFSTEDRATING")?.basis).toBe("header 'OFSTEDRATING' names it; 5 of 5 values fit");
    const rating = column("rating")?.candidates[0];
    expect(rating?.target).toBe("criterion:ofsted");
    expect(rating?.confidence).toBeGreaterThan(0.5);
    expect(rating?.confidence).toBeLessThan(1);
  });

  it("lets the person choose the other column", () => {
    const columnOf = resolveDisagreement(proposal, "criterion:ofsted", 9);
    expect(columnOf["criterion:ofsted"]).toBe(9);
    expect(Object.values(columnOf)).not.toContain(10);
  });

  it("finds no unparseable values in the sample's mapped columns", () => {
    expect(checkMappedValues(targets, grid, proposal.columnOf, { sheet: "Sample" })).toEqual([]);
  });

  it("lists an unparseable value with its sheet, column and row", () => {
    const broken = grid.map((row) => [...row]);
    broken[5][10] = "Goodish";
    broken[7][5] = "lots";
    const problems = checkMappedValues(targets, broken, proposal.columnOf, { sheet: "Sample" });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^Sample!K6 \(column K 'OFSTEDRATING', row 6\): Ofsted: Ofsted value 'Goodish' is not recognised/
      ),
      "Sample!F8 (column F 'pupil_number', row 8): Total on Roll: 'lots' is not a number; expected e.g. 45, 45.2, 1,234 or 45%",
    ]);
  });
});
