/**
 * Bodies the seeds name that have since changed. TrustTier keeps the seed's words and adds a
 * note beside them, never rewriting a quotation (issue 14, item 15).
 */
export interface RenamedBody {
  /** How the seeds write it. */
  readonly seed: RegExp;
  readonly note: string;
}

export const RENAMED_BODIES: readonly RenamedBody[] = [
  {
    seed: /\bRSCs?\b|Regional Schools? Commissioners?/,
    note:
      "TrustTier note: the Regional Schools Commissioner (RSC) has been the DfE's Regional Director since September 2022 " +
      '(Schools Week, 5 August 2022: regional schools commissioners "rebranded as regional directors")',
  },
];

/** The text with a bracketed note for each renamed body it names; unchanged when it names none. */
export function annotateRenamedBodies(text: string): string {
  const notes = RENAMED_BODIES.filter((body) => body.seed.test(text)).map((b) => `[${b.note}]`);
  return notes.length === 0 ? text : `${text} ${notes.join(" ")}`;
}
