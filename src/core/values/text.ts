/**
 * A matching key for labels people type: case, accents, spacing and punctuation do not matter,
 * and "&" reads as "and". "Req. Improvement", "req improvement" and " REQ-IMPROVEMENT "
 * all give "req improvement".
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
