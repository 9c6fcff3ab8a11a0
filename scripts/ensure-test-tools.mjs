#!/usr/bin/env node
// Run by `npm test` (pretest). The browser tests need Chromium and the LibreOffice check needs
// LibreOffice Calc (plus pdftoppm for rendered pages). Where one is missing, install it when this
// is Debian and we are root; otherwise stop and say exactly what to install. Never skip silently.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const TOOLS = [
  { name: "Chromium", paths: ["/usr/bin/chromium"], command: null, apt: "chromium" },
  {
    name: "LibreOffice Calc",
    paths: ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"],
    command: "soffice",
    apt: "libreoffice-calc-nogui",
  },
  {
    name: "pdftoppm (poppler)",
    paths: ["/usr/bin/pdftoppm"],
    command: "pdftoppm",
    apt: "poppler-utils",
  },
];

function onPath(command) {
  if (!command) return false;
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

const isPresent = (tool) => tool.paths.some((path) => existsSync(path)) || onPath(tool.command);

function isDebian() {
  try {
    const release = readFileSync("/etc/os-release", "utf8");
    return /^(ID|ID_LIKE)=.*debian/m.test(release) && existsSync("/usr/bin/apt-get");
  } catch {
    return false;
  }
}

const missing = TOOLS.filter((tool) => !isPresent(tool));
if (missing.length === 0) process.exit(0);

const packages = missing.map((tool) => tool.apt);
const names = missing.map((tool) => tool.name).join(", ");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

if (!isRoot || !isDebian()) {
  console.error(
    `TrustTier's tests need ${names}, which ${missing.length === 1 ? "is" : "are"} not installed.\n` +
      `On Debian or Ubuntu run:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(" ")}\n` +
      "Elsewhere install Chromium at /usr/bin/chromium, LibreOffice (soffice on the PATH) and poppler's pdftoppm, then run npm test again."
  );
  process.exit(1);
}

console.log(`Installing ${names} (${packages.join(" ")}) with apt-get...`);
try {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...packages], {
    stdio: "inherit",
    env,
  });
} catch (error) {
  console.error(`apt-get could not install ${packages.join(" ")}: ${error.message}`);
  process.exit(1);
}
const stillMissing = missing.filter((tool) => !isPresent(tool));
if (stillMissing.length > 0) {
  console.error(`Still missing after apt-get: ${stillMissing.map((tool) => tool.name).join(", ")}`);
  process.exit(1);
}
console.log(`Installed ${names}.`);
