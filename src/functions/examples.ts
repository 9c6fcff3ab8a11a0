/**
 * Worked examples of every TRUST function, as data: the formula a person types, the arguments
 * Excel passes for it, and the result. docs/functions.md shows them (a test checks each against
 * the implementation), and the demo workbook's Functions sheet lists each formula beside its
 * result. Formulas use array constants, so they work pasted into any sheet.
 */

import { frameworkToTable } from "../core/frameworks/to-table";
import { getBuiltinFramework } from "../core/frameworks/builtin";
import type { Framework } from "../core/frameworks/types";
import { targetMethodToTable } from "../core/targets/method-table";

/** An argument written as a formula fragment (DATE(2025,1,6)) with the value Excel passes. */
export interface Written {
  formula: string;
  value: unknown;
}

export type ExampleArgument = string | number | boolean | null | unknown[][] | Written;

export interface FunctionExample {
  /** The function id, without the TRUST. namespace. */
  id: string;
  args: ExampleArgument[];
  /** A single value, or rows of values for a spilled result; errors as "#N/A" etc. */
  expected: string | number | Array<Array<string | number>>;
  /** The message an error result carries. */
  message?: string;
  /** True when `expected` is only the top-left corner of a larger spilled result. */
  corner?: boolean;
  /** How the result reads in the sheet, where that differs from the value (a date serial). */
  note?: string;
}

const date = (year: number, month: number, day: number, serial: number): Written => ({
  formula: `DATE(${year},${month},${day})`,
  value: serial,
});

const MON_6_JAN_2025 = date(2025, 1, 6, 45663);

/** The category framework as a trust keeps it in a table (TRUST.FRAMEWORK's output, pasted). */
const CATEGORY_TABLE: Written = {
  formula: "Framework_Category[#All]",
  value: frameworkToTable(getBuiltinFramework("category") as Framework),
};

/** The default target method as the TargetMethod sheet holds it. */
const TARGET_METHOD: Written = { formula: "TargetMethod[#All]", value: targetMethodToTable() };

const CATEGORY_HEADERS = [["Ofsted", "Trend", "QA visit", "Partnership review", "Other reports"]];

export const functionExamples: readonly FunctionExample[] = [
  {
    id: "TIER",
    args: [
      "category",
      CATEGORY_HEADERS,
      [["Requires improvement", "Variable", "Some issues", "Some issues", "Minor issues"]],
      MON_6_JAN_2025,
    ],
    expected: "Category 3",
  },
  {
    id: "TIER",
    args: [
      "category",
      CATEGORY_HEADERS,
      [
        ["Outstanding", "Positive", "No issues", "No issues", "No issues"],
        ["Good", "Positive", "Minor issues", "Minor issues", "No issues"],
        ["Inadequate", "Declining", "Significant issues", "Some issues", ""],
      ],
      MON_6_JAN_2025,
    ],
    expected: [["Category 1"], ["Category 2"], ["Category 4"]],
  },
  {
    id: "TIER",
    args: ["category", CATEGORY_HEADERS, [["Good", "", "", "", ""]], MON_6_JAN_2025],
    expected: "#N/A",
    message:
      "not enough evidence (1 of 5 criteria; Symphony category needs 3): needs 2 of QA visits, Partnership review, Other external reports",
  },
  {
    id: "TIERFROM",
    args: [
      CATEGORY_TABLE,
      CATEGORY_HEADERS,
      [["Good", "Positive", "No issues", "Minor issues", "No issues"]],
      MON_6_JAN_2025,
    ],
    expected: "Category 1",
  },
  {
    id: "EXPLAIN",
    args: [
      "category",
      CATEGORY_HEADERS,
      [["Requires improvement", "Variable", "Some issues", "Some issues", "Minor issues"]],
      MON_6_JAN_2025,
    ],
    expected:
      "Category 3 (proposed): Ofsted Requires improvement, Historic performance Variable, QA visits Some issues, Partnership review Some issues; no floor; 5 of 5 criteria; Secure",
  },
  {
    id: "EXPLAINFROM",
    args: [
      CATEGORY_TABLE,
      CATEGORY_HEADERS,
      [["Good", "Positive", "No issues", "Minor issues", "No issues"]],
      MON_6_JAN_2025,
    ],
    expected:
      "Category 1 (proposed): Ofsted Good, Historic performance Positive, QA visits No issues, Partnership review Minor issues, Other external reports No issues; no floor; 5 of 5 criteria; Secure",
  },
  {
    id: "SUPPORT",
    args: ["tiers", "Tier 4 Stabilise"],
    expected:
      'Trust intervention (001): Trust led statement of action implemented to bring about rapid improvement; Trust Executive leaders deployed to implement standardised policies that are proven in areas of need; Regular review of live "risk" issues; CEO 1:1 every week; External health checks every term from School Improvement Executive Lead; Support from Trust school improvement team; Support from Trust networks; Trust led governor challenge & improvement committees every fortnight, with external educational leaders on the committee.',
  },
  {
    id: "NEXTREVIEW",
    args: ["category", "Category 4", MON_6_JAN_2025],
    expected: 45712,
    note: "24/02/2025 in a cell formatted as a date",
  },
  {
    id: "OFSTED",
    args: [[["RI", 2, "strong standard", "SM"]]],
    expected: [["Requires improvement", "Good", "Strong standard", "Special measures"]],
  },
  {
    id: "TREND",
    args: [[[61.2, 63.5, 66.0]], [[60.1, 60.4, 60.9]]],
    expected: "Positive",
  },
  {
    id: "TREND",
    args: [[[15.1, 17.9, 21.4]], [[16.0, 16.2, 16.5]], false],
    expected: "Declining",
  },
  {
    id: "TREND",
    args: [[[40, 44, 48]], [[70, 70, 70]]],
    expected: "Variable (below national, improving)",
  },
  {
    id: "RAG",
    args: [92.4, 94, 90.7],
    expected: "Amber",
  },
  {
    id: "RAG",
    args: [0.4, 0.2, "", false],
    expected: "#N/A",
    message:
      "the value misses the target and there is no national figure: RAG needs both to tell Amber from Red",
  },
  {
    id: "RAG",
    args: [[[12.5], [18.0], [24.3]], 15, 20, false],
    expected: [["Green"], ["Amber"], ["Red"]],
  },
  {
    id: "CURRICULUM",
    args: ["Secure", "Effective", "Weak", "Yes"],
    expected: 3,
  },
  {
    id: "CURRICULUM",
    args: ["Not secure", "Highly effective", "Weak", "No"],
    expected: "no matching tier",
  },
  {
    id: "SCCLEVEL",
    args: [2, "Insufficient progress"],
    expected: 3,
  },
  {
    id: "SCCLEVEL",
    args: [1, "Responding well", "step down"],
    expected: 0,
  },
  {
    id: "FRAMEWORK",
    args: ["category"],
    expected: [
      ["Row type", "Id", "Name"],
      ["framework", "category", "Symphony category"],
    ],
    corner: true,
  },
  {
    id: "TARGET",
    args: ["", [[50, 60, 70]], [[20, 30, 50]], 80],
    expected: 70,
  },
  {
    id: "TARGET",
    args: [TARGET_METHOD, [[25, 22, 20]], [[40, 40, 40]], 16, false],
    expected: 17.5,
  },
  {
    id: "TARGET",
    args: ["", [[91.2, 92.0, 93.1]], "", 94.5],
    expected: 92.9,
  },
  {
    id: "TARGET",
    args: ["", [["c", "c"]], "", 62],
    expected: "#N/A",
    message: "figures has no published year: TARGET needs at least one figure",
  },
];

function literal(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value))
    return `{${value.map((row) => (row as unknown[]).map(literal).join(",")).join(";")}}`;
  return String(value);
}

const isWritten = (argument: ExampleArgument): argument is Written =>
  typeof argument === "object" && argument !== null && !Array.isArray(argument);

/** The formula as a person types it: =TRUST.ID(...) with Excel literals and array constants. */
export function exampleFormula(example: FunctionExample): string {
  const args = example.args.map((argument) =>
    isWritten(argument) ? argument.formula : literal(argument)
  );
  return `=TRUST.${example.id}(${args.join(", ")})`;
}

/** The arguments Excel passes for the formula: a single value in a range parameter is 1 x 1. */
export function exampleArguments(example: FunctionExample): unknown[] {
  return example.args.map((argument) => (isWritten(argument) ? argument.value : argument));
}

/** The result as the docs write it: a value, an array constant for a spill, or an error. */
export function exampleResultText(example: FunctionExample): string {
  const { expected } = example;
  const note = example.note ? ` (${example.note})` : "";
  if (Array.isArray(expected)) {
    if (expected.length === 1 && expected[0].length === 1) return `${expected[0][0]}${note}`;
    return `${literal(expected)}${example.corner ? " (first rows of the spill)" : ""}${note}`;
  }
  if (typeof expected === "string" && expected.startsWith("#"))
    return `${expected} with the message "${example.message ?? ""}"`;
  return `${expected}${note}`;
}
