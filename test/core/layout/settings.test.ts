import { z } from "zod";
import * as zm from "zod/mini";
import { readSetting, settingMap } from "../../../src/core/layout/settings";
import { savedMappingSchema } from "../../../src/core/mapping/saved";
import { formatProblem } from "../../../src/core/problems";
import type { CellGrid } from "../../../src/core/values/cell";
import {
  parseSettingsGrid,
  settingsRowWrites,
  type SettingsRowWrite,
} from "../../../src/core/layout/settings-sheet";

/** `grid` with `writes` applied, as an adapter applies them ("" clears a cell). */
function applied(grid: CellGrid, writes: readonly SettingsRowWrite[]): CellGrid {
  const next = grid.map((row) => [...row]);
  for (const { row, cells } of writes) {
    while (next.length <= row) next.push([]);
    cells.forEach((text, col) => (next[row][col] = text === "" ? null : text));
  }
  return next;
}

describe("settings sheet", () => {
  it("starts a new sheet with its header row and splits long values across cells", () => {
    const writes = settingsRowWrites([], { b: { long: "y".repeat(70000) }, a: 1 });
    expect(writes[0]).toEqual({ row: 0, cells: ["Key", "Value (JSON)"] });
    expect(writes.slice(1).map((w) => w.cells[0])).toEqual(["a", "b"]);
    const long = writes.find((w) => w.cells[0] === "b")!;
    expect(long.cells.length).toBeGreaterThan(3);
    expect(long.cells.every((text) => text.length <= 30000)).toBe(true);
    expect(parseSettingsGrid(applied([], writes)).values).toEqual({
      a: 1,
      b: { long: "y".repeat(70000) },
    });
  });

  it("updates in place: a changed key's own row, a removed key's row cleared, new keys below, the rest untouched", () => {
    const grid: CellGrid = [
      ["Key", "Value (JSON)"],
      ["keep", "1"],
      ["change", '"old"', '"tail"'],
      ["bad", "{"],
      ["drop", "true"],
    ];
    const writes = settingsRowWrites(grid, { change: "new", drop: undefined, add: [1], keep: 1 });
    expect(writes).toEqual([
      { row: 5, cells: ["add", "[1]"] },
      { row: 2, cells: ["change", '"new"', ""] },
      { row: 4, cells: ["", ""] },
    ]);
    const after = parseSettingsGrid(applied(grid, writes));
    expect(after.values).toEqual({ keep: 1, change: "new", add: [1] });
    expect(after.problems.map((p) => p.key)).toEqual(["bad"]);
    expect(settingsRowWrites(applied(grid, writes), { keep: 1, add: [1] })).toEqual([]);
  });

  it("reports rows without a key, repeated keys and damaged JSON, and reads the rest", () => {
    const result = parseSettingsGrid([
      ["Key", "Value (JSON)"],
      ["ok", "true"],
      [null, "5"],
      ["ok", "false"],
      ["bad", "{"],
      [null, null],
    ]);
    expect(result.values).toEqual({ ok: true });
    expect(result.problems.map((p) => [p.row, p.key])).toEqual([
      [3, ""],
      [4, "ok"],
      [5, "bad"],
    ]);
  });

  it("validates one setting with zod and explains what is wrong", () => {
    const snapshot = { values: { framework: 7, other: "x" }, problems: [] };
    const read = readSetting(snapshot, "framework", z.string());
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^sheet 'TrustTier_Settings': setting "framework" is not valid/),
    ]);
    expect(readSetting(snapshot, "other", z.string())).toEqual({ ok: true, value: "x" });
    expect(readSetting(snapshot, "absent", z.string())).toEqual({ ok: true, value: undefined });
  });

  it("checks every value of a setting's map, naming the key, and refuses what is not an object", () => {
    const snapshot = {
      values: { fine: { a: "x", b: "y" }, wrong: { a: "x", b: 2 }, array: ["x"], text: "x" },
      problems: [],
    };
    const map = settingMap(zm.string());
    expect(readSetting(snapshot, "fine", map)).toEqual({ ok: true, value: { a: "x", b: "y" } });
    const message = (key: string) => {
      const read = readSetting(snapshot, key, map);
      return read.ok ? "" : read.problems[0].message;
    };
    expect(message("wrong")).toBe(
      'setting "wrong" is not valid: b: Invalid input: expected string, received number.'
    );
    expect(message("array")).toMatch(/: Invalid input: expected object, received array\.$/);
    expect(message("text")).toMatch(/: Invalid input: expected object, received string\.$/);
  });

  it("refuses a saved column mapping whose target id is blank", () => {
    const mapping = (columns: Record<string, string>) => ({
      values: {
        mapping: {
          version: 1,
          source: { kind: "sheet", name: "Schools" },
          framework: "tiers",
          columns,
        },
      },
      problems: [],
    });
    expect(readSetting(mapping({ ofsted: "Ofsted" }), "mapping", savedMappingSchema).ok).toBe(true);
    const read = readSetting(mapping({ "": "Ofsted" }), "mapping", savedMappingSchema);
    expect(!read.ok && read.problems[0].message).toBe(
      'setting "mapping" is not valid: columns: a column\'s target id is blank.'
    );
  });
});
