import { z } from "zod";
import { readSetting } from "../../../src/core/layout/settings";
import {
  mergeSettings,
  parseSettingsGrid,
  settingsLayout,
} from "../../../src/core/layout/settings-sheet";

describe("settings sheet", () => {
  it("lays out sorted keys as text on a very hidden sheet, splitting long values", () => {
    const layout = settingsLayout({ b: { long: "y".repeat(70000) }, a: 1 });
    expect(layout.visibility).toBe("veryHidden");
    const row2 = layout.cells.filter((c) => c.row === 2);
    expect(row2[0].value).toBe("b");
    expect(row2.length).toBeGreaterThan(3);
    expect(row2.every((c) => typeof c.value === "string" && c.value.length <= 30000)).toBe(true);
    const grid = [0, 1, 2].map((r) =>
      layout.cells.filter((c) => c.row === r).map((c) => c.value ?? null)
    );
    expect(parseSettingsGrid(grid).values).toEqual({ a: 1, b: { long: "y".repeat(70000) } });
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

  it("merges changes, removing keys set to undefined", () => {
    expect(mergeSettings({ a: 1, b: 2 }, { b: undefined, c: 3 })).toEqual({ a: 1, c: 3 });
  });

  it("validates one setting with zod and explains what is wrong", () => {
    const snapshot = { values: { framework: 7, other: "x" }, problems: [] };
    const read = readSetting(snapshot, "framework", z.string());
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(
      /Setting "framework" on sheet TrustTier_Settings is not valid/
    );
    expect(readSetting(snapshot, "other", z.string())).toEqual({ ok: true, value: "x" });
    expect(readSetting(snapshot, "absent", z.string())).toEqual({ ok: true, value: undefined });
  });
});
