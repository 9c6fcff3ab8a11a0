import { config } from "zod/mini";

/**
 * Zod compiles object parsers with `new Function` unless told not to, and probes for it even
 * then; the task pane's Content-Security-Policy forbids eval, and the browser reports the probe
 * as a violation. Both browser entries import this module first.
 */
config({ jitless: true });
