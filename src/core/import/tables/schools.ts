import * as z from "zod/mini";
import { optionalCell, readDate, requiredCell } from "../cells";
import { readText } from "../text-cells";
import { readPhase, readUrn } from "../school-cells";
import type { TableDefinition } from "../read-table";

const row = z.object({
  urn: requiredCell(readUrn, "the school's URN"),
  name: requiredCell(readText, "the school's name"),
  phase: requiredCell(readPhase, "Primary or Secondary"),
  joined: optionalCell(readDate),
  predecessorUrn: optionalCell(readUrn),
  localAuthority: optionalCell(readText),
});

export type SchoolRow = z.infer<typeof row>;

/**
 * One row per academy. Evidence columns (any headers) are not part of the definition: they
 * come back as each row's extras and go through column mapping.
 */
export const schoolsTable: TableDefinition<SchoolRow> = {
  name: "Schools",
  columns: [
    { key: "urn", header: "URN", aliases: ["Unique reference number"], required: true },
    {
      key: "name",
      header: "School name",
      aliases: ["Name", "Academy", "Academy name", "School", "EstablishmentName"],
      required: true,
    },
    {
      key: "phase",
      header: "Phase",
      aliases: ["PhaseOfEducation (name)", "Phase of education"],
      required: true,
    },
    {
      key: "joined",
      header: "Joined trust",
      aliases: ["Joined date", "Date joined", "Date joined trust", "Conversion date"],
      required: false,
    },
    {
      key: "predecessorUrn",
      header: "Predecessor URN",
      aliases: ["Previous URN", "Predecessor"],
      required: false,
    },
    {
      key: "localAuthority",
      header: "Local authority",
      aliases: ["LA", "LA (name)", "LA name"],
      required: false,
    },
  ],
  row,
};
