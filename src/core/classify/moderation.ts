import type { FrameworkLevel } from "../frameworks/types";
import type { Classified } from "./types";

/**
 * The leaders' own classification set against the computed one (seed 003); where it is read
 * from is aes-input.ts.
 */
export interface Moderation {
  readonly computed: FrameworkLevel;
  readonly selfAssessed: FrameworkLevel;
  readonly security?: string;
  readonly differs: boolean;
}

export function moderationOf(result: Classified): Moderation | undefined {
  if (!result.stated) return undefined;
  return {
    computed: result.level,
    selfAssessed: result.stated.level,
    ...(result.stated.security ? { security: result.stated.security } : {}),
    differs: result.stated.level.id !== result.level.id,
  };
}

/** "self-assessed (AES) A Sustain, Secure: differs from the computed B Improve; to moderate". */
export function moderationText(moderation: Moderation): string {
  const self = `self-assessed (AES) ${moderation.selfAssessed.name}${moderation.security ? `, ${moderation.security}` : ""}`;
  return moderation.differs
    ? `${self}: differs from the computed ${moderation.computed.name}; for the Director of Education to moderate`
    : `${self}: agrees with the computed level`;
}
