import * as z from "zod/mini";
import { settingMap } from "../layout/settings";

/**
 * The column mapping as the settings sheet stores it (zod-validated when read): which sheet or
 * table, which framework, and target id -> header text.
 */
export const savedMappingSchema = z.object({
  version: z.literal(1),
  source: z.object({
    kind: z.enum(["sheet", "table"]),
    name: z.string().check(z.minLength(1)),
  }),
  framework: z.string().check(z.minLength(1)),
  columns: settingMap(z.string()).check(
    z.refine((columns) => !Object.hasOwn(columns, ""), "a column's target id is blank")
  ),
});

export type SavedMapping = z.infer<typeof savedMappingSchema>;
