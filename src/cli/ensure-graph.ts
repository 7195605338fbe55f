// Rebuilds graph-data/graph.json when it is missing or older than what it is made from.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";

const ROOT = resolve(import.meta.dirname, "../..");
const GRAPH = join(ROOT, "graph-data/graph.json");
const INPUTS = [join(ROOT, "graph-data/articles"), join(ROOT, "graph-data/gazetteer.yaml"), join(ROOT, "src/extract")];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function graphIsStale(): boolean {
  if (!existsSync(GRAPH)) return true;
  const built = statSync(GRAPH).mtimeMs;
  return INPUTS.some((p) => newestMtime(p) > built);
}

export function ensureGraph(): void {
  if (!graphIsStale()) {
    console.error("graph-data/graph.json is up to date");
    return;
  }
  console.error("Building graph-data/graph.json from graph-data/articles ...");
  // As `npm run extract` runs it: the bundled CLI, rebuilt first if its sources changed.
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/extract.mjs")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (run.status !== 0) {
    console.error(`The extractor failed (exit ${run.status ?? run.signal}); see the messages above.`);
    process.exit(run.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureGraph();
