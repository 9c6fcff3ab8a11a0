import { runCli } from "./run";
import { xlsxFiles } from "./xlsx-files";

// The command-line entry point: `npm run demo`, `npm run trusttier -- classify --input trust.xlsx`.
runCli(process.argv.slice(2), xlsxFiles, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
