#!/usr/bin/env node
// Draws TrustTier's icons into assets/ with pngjs: `node scripts/draw-icons.mjs`.
// The mark is three stacked tiers on a rounded navy square, the top tier gold ("Lead").
// Every edge lies on a 1/16 grid, so the bars stay crisp at 16, 32, 64, 80 and 128 px;
// only the rounded corners are anti-aliased (by supersampling).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

const SIZES = [16, 32, 64, 80, 128];
const SUBSAMPLES = 8;
const NAVY = [0x1e, 0x4d, 0x78];
const WHITE = [0xff, 0xff, 0xff];
const GOLD = [0xf5, 0xb8, 0x2e];
const CORNER_RADIUS = 3 / 16;

/** Tiers in unit coordinates: [left, top, right, bottom], narrowest on top. */
const TIERS = [
  { box: [6 / 16, 3 / 16, 10 / 16, 5 / 16], colour: GOLD },
  { box: [4 / 16, 7 / 16, 12 / 16, 9 / 16], colour: WHITE },
  { box: [2 / 16, 11 / 16, 14 / 16, 13 / 16], colour: WHITE },
];

function insideRoundedSquare(x, y) {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  const tier = TIERS.find(({ box: [l, t, r, b] }) => x >= l && x < r && y >= t && y < b);
  return tier ? tier.colour : NAVY;
}

/** Averages SUBSAMPLES² samples per pixel; transparent samples only lower the alpha. */
function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          const colour = colourAt(x, y);
          if (!colour) continue;
          covered++;
          colour.forEach((channel, i) => (sum[i] += channel));
        }
      }
      const offset = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) {
        png.data[offset + i] = covered ? Math.round(sum[i] / covered) : 0;
      }
      png.data[offset + 3] = Math.round((255 * covered) / SUBSAMPLES ** 2);
    }
  }
  return PNG.sync.write(png);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, drawIcon(size));
  console.log(`wrote ${file}`);
}
