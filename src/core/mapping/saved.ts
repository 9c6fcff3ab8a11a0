import { z } from "zod";

/**
 * The column mapping as the settings sheet stores it (zod-validated when read): which sheet or
 * table, which framework, and target id -> header text.
 */
export const savedMappingSchema = z.object({
  version: z.literal(1),
  source: z.object({
    kind: z.enum(["sheet", "table"]),
    name: z.string().min(1),
  }),
  framework: z.string().min(1),
  columns: z.record(z.string().min(1), z.string()),
});

export type SavedMapping = z.infer<typeof savedMappingSchema>;
