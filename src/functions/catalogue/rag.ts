import { ragRule, ragUnratedReason } from "../../core/measures/rules";
import type { CellValue } from "../../core/values/cell";
import { overCells } from "./elementwise";
import { invalidValue, notAvailable, type ResultCell, type ResultGrid } from "./failure";
import { readPlainScalar } from "./excel-input";
import { readFigure, readFlag } from "./readers";

type Benchmark = { ok: true; value: number | undefined } | { ok: false; failure: ResultCell };

function readBenchmark(cell: CellValue, where: string): Benchmark {
  const reading = readFigure(cell, where);
  if (reading.kind === "number") return { ok: true, value: reading.value };
  if (reading.kind === "invalid") return { ok: false, failure: invalidValue(reading.message) };
  return { ok: true, value: undefined }; // blank or suppressed: no benchmark to compare with
}

/** TRUST.RAG over single cells or same-shaped ranges (one result per position). */
export function rag(
  value: unknown,
  target: unknown,
  national: unknown,
  higherIsBetter: unknown
): ResultGrid {
  const higher = readFlag(
    readPlainScalar(higherIsBetter, "higherIsBetter"),
    "higherIsBetter",
    true
  );
  const named = [
    ["value", value],
    ["target", target],
    ["national", national],
  ] as const;
  return overCells(named, ([valueCell, targetCell, nationalCell], at) => {
    const reading = readFigure(valueCell, `value${at}`);
    if (reading.kind === "blank") return notAvailable(`value${at} is blank`);
    if (reading.kind === "unavailable") return notAvailable(reading.message);
    if (reading.kind === "invalid") return invalidValue(reading.message);
    const targetReading = readBenchmark(targetCell, `target${at}`);
    if (!targetReading.ok) return targetReading.failure;
    const nationalReading = readBenchmark(nationalCell, `national${at}`);
    if (!nationalReading.ok) return nationalReading.failure;
    const args = [reading.value, targetReading.value, nationalReading.value, higher] as const;
    return ragRule(...args) ?? notAvailable(`${ragUnratedReason(...args)}${at}`);
  });
}
