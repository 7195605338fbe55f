// `npm run build` / `npm start`: rebuilds graph-data/graph.json when it is missing or older
// than what it is made from: the bundled articles and gazetteer, and every source file of
// the extractor (as its bundle records them: src/cli and src/shared too, never tests).
// Plain .mjs so the check runs in plain Node, without tsx's start-up cost.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { EXTRACT_BUNDLE, ROOT, bundleInputs, ensureBundle } from "./cli-bundle.mjs";

const GRAPH = join(ROOT, "graph-data/graph.json");
const DATA = [join(ROOT, "graph-data/articles"), join(ROOT, "graph-data/gazetteer.yaml")];

/** @param {string} path */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Whether `graph` is missing or older than any of `inputs` (files or folders).
 * @param {string} graph
 * @param {string[]} inputs
 */
export function graphIsStale(graph, inputs) {
  if (!existsSync(graph)) return true;
  const built = statSync(graph).mtimeMs;
  return inputs.some((p) => newestMtime(p) > built);
}

export async function ensureGraph() {
  // Also brings the extractor's bundle up to date, which the build below runs.
  await ensureBundle(EXTRACT_BUNDLE);
  if (!graphIsStale(GRAPH, [...DATA, ...bundleInputs(EXTRACT_BUNDLE)])) {
    console.error("graph-data/graph.json is up to date");
    return;
  }
  console.error("Building graph-data/graph.json from graph-data/articles ...");
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/extract.mjs")], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`The extractor failed (exit ${run.status ?? run.signal}); see the messages above.`);
    process.exit(run.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await ensureGraph();
