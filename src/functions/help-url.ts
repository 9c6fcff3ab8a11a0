/**
 * Where every TRUST.* function's help lives: docs/functions.md, served beside the add-in, one
 * anchor per function (#trusttier for TRUST.TIER). The JSDoc @helpurl tags must be literal text
 * for the metadata generator, so they repeat this base; a test checks that each one does, and
 * that its anchor is a heading in docs/functions.md.
 */
export const HELP_BASE_URL = "https://localhost:3000/docs/functions.md";
