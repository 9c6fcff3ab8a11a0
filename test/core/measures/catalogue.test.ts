import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../../src/core/import/csv";
import {
  measureAppliesTo,
  measureByCode,
  measureByNationalName,
  measures,
  measureValueProblem,
} from "../../../src/core/measures";
import { NATIONAL_BENCHMARKS_CSV } from "../../fixtures/paths";

/** Seed 001's Appendix 1 as the project quotes it, with its source (docs/quotations). */
const appendix1 = readFileSync(
  join(__dirname, "../../../docs/quotations/001-academy-card.md"),
  "utf8"
);
const CARD_SOURCE = "001 Trust School Improvement Model, Appendix 1 (Academy Card)";

describe("measures catalogue", () => {
  it("names each measure once, with a valid range that contains its likely range", () => {
    const codes = measures.map((measure) => measure.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const measure of measures) {
      expect(measure.min).toBeLessThan(measure.max);
      if (measure.likely) {
        expect(measure.likely.min).toBeGreaterThanOrEqual(measure.min);
        expect(measure.likely.max).toBeLessThanOrEqual(measure.max);
      }
    }
  });

  it("labels the academy card's measures as seed 001's Appendix 1 writes them", () => {
    expect(appendix1).toContain(`Source: ${CARD_SOURCE}`);
    const quoted = appendix1.slice(appendix1.indexOf("```text"));
    const cardMeasures = measures.filter((measure) => measure.source.startsWith("001"));
    expect(cardMeasures.length).toBeGreaterThanOrEqual(15);
    for (const measure of cardMeasures) {
      expect(measure.source.startsWith(CARD_SOURCE)).toBe(true);
      expect(quoted).toContain(measure.label);
    }
  });

  it("gives the direction of good: attendance up, persistent absence and suspensions down", () => {
    expect(measureByCode("attendance")?.good).toBe("up");
    expect(measureByCode("persistent-absence")?.good).toBe("down");
    expect(measureByCode("suspended")?.good).toBe("down");
    expect(measureByCode("roll")?.good).toBe("neutral");
  });

  it("knows which phase a measure applies to", () => {
    const ks2 = measureByCode("ks2-rwm-expected");
    const p8 = measureByCode("ks4-progress8");
    const attendance = measureByCode("attendance");
    expect(ks2 && measureAppliesTo(ks2, "primary")).toBe(true);
    expect(ks2 && measureAppliesTo(ks2, "secondary")).toBe(false);
    expect(p8 && measureAppliesTo(p8, "secondary")).toBe(true);
    expect(attendance && measureAppliesTo(attendance, "secondary")).toBe(true);
  });

  it("finds a measure for every row of the national benchmarks", () => {
    const parsed = parseCsv(readFileSync(NATIONAL_BENCHMARKS_CSV, "utf8"));
    if (!parsed.ok) throw new Error(parsed.message);
    const names = parsed.grid.slice(1).map((row) => String(row[0]));
    for (const name of names) expect(measureByNationalName(name)).toBeDefined();
  });

  it("flags a percentage above 100 as invalid and the seed's 94.5% persistent absence as unlikely", () => {
    const pa = measureByCode("persistent-absence");
    const gld = measureByCode("eyfs-gld");
    if (!pa || !gld) throw new Error("catalogue is missing measures");
    expect(measureValueProblem(gld, 104)).toEqual({
      severity: "invalid",
      message: "% Good level of development 104 is outside the valid range 0 to 100%",
    });
    expect(measureValueProblem(pa, 94.5)?.severity).toBe("unlikely");
    expect(measureValueProblem(pa, 94.5)?.message).toContain("Persistent Absence 94.5 is unlikely");
    expect(measureValueProblem(pa, 11.5)).toBeUndefined();
  });
});
