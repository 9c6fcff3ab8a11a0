/** WCAG 2 relative luminance (0 black … 1 white) of "#rgb" / "#rrggbb"; undefined if unreadable. */
export function luminance(colour: string): number | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [a, b]
    .map((colour) => {
      const value = luminance(colour);
      if (value === undefined) throw new RangeError(`'${colour}' is not a #RRGGBB colour`);
      return value;
    })
    .sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
