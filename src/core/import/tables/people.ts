import * as z from "zod/mini";
import { requiredCell } from "../cells";
import { readText } from "../text-cells";
import type { TableDefinition } from "../read-table";

const row = z.object({
  name: requiredCell(readText, "a person's name"),
  role: requiredCell(readText, "their role"),
});
export type PersonRow = z.infer<typeof row>;

/** People who can lead actions (the plans' drop-downs). */
export const peopleTable: TableDefinition<PersonRow> = {
  name: "People",
  columns: [
    { key: "name", header: "Name", required: true },
    { key: "role", header: "Role", required: true },
  ],
  row,
};
