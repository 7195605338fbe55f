// Runs the floor process (floor-child.ts) from its esbuild bundle, built like the CLI's.
import { join } from "node:path";
import { ensureBundle, type BundleSpec } from "../../scripts/cli-bundle.mjs";
import { ROOT, runJs, type ChildRun } from "./spawn.js";

export const FLOOR_BUNDLE: BundleSpec = {
  root: ROOT,
  outDir: join(ROOT, "node_modules/.cache/actor-graph/bench-floor"),
  entries: { floor: "bench/extraction/floor-child.ts" },
};

export async function runFloorProcess(paths: string[]): Promise<ChildRun> {
  // Built before the clock starts, as the CLI's bundle is.
  const { outputs } = await ensureBundle(FLOOR_BUNDLE);
  return runJs(outputs.floor!, paths);
}
