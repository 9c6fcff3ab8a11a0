import * as z from "zod/mini";
import { requiredCell } from "../cells";
import { oneOf, readText } from "../text-cells";
import { readUrn } from "../school-cells";
import type { TableDefinition } from "../read-table";

/** The words of 001's Trust curriculum support table, as the curriculum framework reads them. */
const INTENT = ["Secure", "Not secure"] as const;
const IMPLEMENTATION = ["Highly effective", "Effective", "Ineffective"] as const;
const IMPACT = ["In line or above national", "Improving towards national", "Weak"] as const;
const CAPACITY = ["Has capacity", "No capacity"] as const;

const row = z.object({
  urn: requiredCell(readUrn, "the school's URN"),
  subject: requiredCell(readText, "a subject area"),
  intent: requiredCell(oneOf("intent", INTENT), INTENT.join(" or ")),
  implementation: requiredCell(oneOf("implementation", IMPLEMENTATION), IMPLEMENTATION.join(", ")),
  impact: requiredCell(oneOf("impact", IMPACT), IMPACT.join(", ")),
  capacity: requiredCell(oneOf("capacity", CAPACITY), CAPACITY.join(" or ")),
});
export type CurriculumTierRow = z.infer<typeof row>;

/** One row per academy and subject area: intent, implementation, impact, capacity. */
export const curriculumTiersTable: TableDefinition<CurriculumTierRow> = {
  name: "CurriculumTiers",
  columns: [
    { key: "urn", header: "URN", required: true },
    { key: "subject", header: "Subject", aliases: ["Subject area"], required: true },
    { key: "intent", header: "Intent", required: true },
    { key: "implementation", header: "Implementation", required: true },
    { key: "impact", header: "Impact", required: true },
    { key: "capacity", header: "Capacity", aliases: ["Leadership capacity"], required: true },
    // The curriculum framework's level, where classification has written it (not read into rows).
    { key: "tier", header: "Curriculum tier", aliases: ["Tier"], required: false },
  ],
  row,
};
