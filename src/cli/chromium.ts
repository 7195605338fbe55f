// The one place that knows how to find and start a Chromium on a closed network:
// used by the e2e tests, the export CLI's PNG renderer and the explorer benchmark.
import { existsSync } from "node:fs";

/** Without these, Chromium keeps dialling Google's services, which a closed network refuses. */
export const CHROMIUM_FLAGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

/** `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else undefined. */
export function systemChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p): p is string => !!p && existsSync(p));
}

export const NO_CHROMIUM_MESSAGE =
  "No Chromium found. Set CHROMIUM_PATH to a Chromium binary, or install Debian's: " +
  "`sudo apt-get update && sudo apt-get install -y chromium` (gives /usr/bin/chromium).";
