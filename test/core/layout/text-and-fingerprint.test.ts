import { fingerprintContent, fingerprintLayout } from "../../../src/core/layout/fingerprint";
import { asLiteralText, needsTextGuard } from "../../../src/core/layout/text-safety";
import { layoutProblems } from "../../../src/core/layout/validate-layout";
import type { SheetLayout } from "../../../src/core/layout/types";

describe("text safety", () => {
  it.each([
    '=HYPERLINK("x")',
    "+SUM(1)",
    "-1x",
    "@x",
    "\tx",
    "\rx",
    "'x",
    "12",
    "0.5",
    "TRUE",
    "false",
    "Jan 2024",
    "2 July 2019",
    "#N/A",
  ])("guards %j", (text) => {
    expect(needsTextGuard(text)).toBe(true);
    expect(asLiteralText(text)).toBe(`'${text}`);
  });

  it.each(["Oak Academy", "Lead", "Requires improvement", "a 1", ""])(
    "leaves %j as it is",
    (text) => {
      expect(asLiteralText(text)).toBe(text);
    }
  );
});

const layout: SheetLayout = {
  name: "Card",
  cells: [
    { row: 0, col: 0, value: "Oak" },
    { row: 1, col: 0, formula: '=IFS(B2>1,"a",TRUE,"b")' },
  ],
  tables: [{ name: "T", row: 3, col: 0, headers: ["A"], rows: [[1]] }],
};

describe("fingerprints", () => {
  it("match what a writer reads back, whatever the order, case or file prefix", () => {
    expect(
      fingerprintContent([
        { row: 4, col: 0, value: 1 },
        { row: 3, col: 0, value: "A" },
        { row: 1, col: 0, value: 7, formula: '=_xlfn.ifs(b2>1,"a",TRUE,"b")' },
        { row: 0, col: 0, value: "Oak" },
      ])
    ).toBe(fingerprintLayout(layout));
  });

  it("stay the FNV-1a 64 hashes earlier versions stored in workbooks", () => {
    // 64-bit FNV-1a of "0,0,s,Academy\n1,0,n,42\n1,1,s,Étoile – Ofsted ✓", worked with BigInt.
    expect(
      fingerprintContent([
        { row: 1, col: 1, value: "Étoile – Ofsted ✓" },
        { row: 0, col: 0, value: "Academy" },
        { row: 1, col: 0, value: 42 },
      ])
    ).toBe("fb03d3cc80be1b43");
  });

  it("change when a value, a formula or a string literal's case changes", () => {
    const base = fingerprintLayout(layout);
    const edit = (cells: SheetLayout["cells"]) => fingerprintLayout({ ...layout, cells });
    expect(edit([{ row: 0, col: 0, value: "Oak!" }, layout.cells[1]])).not.toBe(base);
    expect(
      edit([layout.cells[0], { row: 1, col: 0, formula: '=IFS(B2>1,"A",TRUE,"b")' }])
    ).not.toBe(base);
    expect(edit([{ row: 0, col: 0, value: 1 }, layout.cells[1]])).not.toBe(
      edit([{ row: 0, col: 0, value: "1" }, layout.cells[1]])
    );
  });
});

describe("layoutProblems", () => {
  it("names each cell or part Excel would refuse", () => {
    const problems = layoutProblems({
      name: "Bad/Name",
      cells: [
        { row: 0, col: 0, value: 1, formula: "=1" },
        { row: 1, col: 0, formula: "SUM(1)" },
        { row: -1, col: 0, value: 1 },
        { row: 2, col: 0, value: Number.NaN },
      ],
      tables: [{ name: "A1", row: 5, col: 0, headers: ["x", "X"], rows: [[1]] }],
      validations: [{ range: { row: 0, col: 1 }, source: { items: ["a,b"] } }],
      tabColor: "red",
    });
    const text = problems.join("\n");
    expect(text).toMatch(/"\/"/);
    expect(text).toMatch(/A1 has both a value and a formula/);
    expect(text).toMatch(/A2: formula "SUM\(1\)" must start with "="/);
    expect(text).toMatch(/row -1/);
    expect(text).toMatch(/A3: NaN/);
    expect(text).toMatch(/looks like a cell reference/);
    expect(text).toMatch(/repeats header "X"/);
    expect(text).toMatch(/row 1 has 1 cells; expected 2/);
    expect(text).toMatch(/comma/);
    expect(text).toMatch(/tab colour/);
  });

  it("is empty for a good layout", () => {
    expect(layoutProblems(layout)).toEqual([]);
  });
});
