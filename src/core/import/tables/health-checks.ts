import * as z from "zod/mini";
import { optionalCell, readDate, requiredCell } from "../cells";
import { readText } from "../text-cells";
import { readUrn } from "../school-cells";
import type { TableDefinition } from "../read-table";

const row = z.object({
  urn: requiredCell(readUrn, "the school's URN"),
  date: requiredCell(readDate, "the date of the health check"),
  nextDue: optionalCell(readDate),
  findings: optionalCell(readText),
});
export type HealthCheckRow = z.infer<typeof row>;

/** One row per academy and health-check visit (seed 001's "Health Check"). */
export const healthChecksTable: TableDefinition<HealthCheckRow> = {
  name: "HealthChecks",
  columns: [
    { key: "urn", header: "URN", required: true },
    { key: "date", header: "Date", aliases: ["Health check date", "Visit date"], required: true },
    { key: "nextDue", header: "Next due", aliases: ["Next health check due"], required: false },
    { key: "findings", header: "Findings", required: false },
  ],
  row,
};
