/**
 * Excel's column letters for a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA. A file of its
 * own because the custom functions' messages need it and none of a1.ts's addresses.
 */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
