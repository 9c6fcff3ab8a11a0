/**
 * Where every TRUST.* function's help lives: docs/functions.md, which the build turns into the
 * page docs/functions.html beside the add-in (scripts/docs-pages.cjs), one anchor per function
 * (#trusttier for TRUST.TIER). The JSDoc @helpurl tags must be literal text for the metadata
 * generator, so they repeat this base; a test checks that each one does, and that its anchor
 * is a heading in docs/functions.md and an id in the built page.
 */
export const HELP_BASE_URL = "https://localhost:3000/docs/functions.html";
