/**
 * `npm run bench`: every measured figure the project tracks, printed as measured.
 * Speed and size goals live here, never in timed unit tests.
 */
import { benchClassify } from "./classify";
import { benchFunctions } from "./functions";
import { benchBundles } from "./bundle";
import { benchCards } from "./cards";
import { benchImport } from "./import";

type Bench = { title: string; run: () => Promise<string[]> };

const benches: Bench[] = [
  { title: "Classification engine (src/core)", run: benchClassify },
  { title: "Custom functions (src/functions)", run: benchFunctions },
  { title: "Academy cards (150 and the index)", run: benchCards },
  { title: "Published data import at national scale (16,000 schools)", run: benchImport },
  { title: "Bundles (dist/, run `npm run build:localhost` first)", run: benchBundles },
];

async function main(): Promise<void> {
  console.log(`TrustTier bench on Node ${process.version}, ${new Date().toISOString()}`);
  for (const bench of benches) {
    console.log(`\n## ${bench.title}`);
    for (const line of await bench.run()) console.log(`  ${line}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
