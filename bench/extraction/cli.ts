// The extractor CLI as a user runs it: a fresh process over the corpus, N workers.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ROOT, runJs, type ChildRun } from "./spawn.js";
import { EXTRACT_BUNDLE, ensureBundle } from "../../scripts/cli-bundle.mjs";
import { ratio, summarise, times, type Stat } from "../stats.js";

/** What `npm run extract` runs: the bundled CLI (rebuilt first when its sources changed). */
export const CLI = resolve(ROOT, "scripts/extract.mjs");

export function cliAvailable(): boolean {
  return existsSync(CLI);
}

/**
 * One run; its graph file goes to a temporary folder, or to `out` to be read afterwards. `extra`
 * options go on the command line after --workers.
 */
export async function runExtractCli(inputs: string[], workers: number, gazetteer?: string, out?: string, extra: string[] = []): Promise<ChildRun> {
  const dir = out ? null : mkdtempSync(join(tmpdir(), "bench-extract-"));
  try {
    const args = [...inputs, "--out", out ?? join(dir!, "graph.json"), "--workers", String(workers), ...extra];
    if (gazetteer) args.push("--actors", gazetteer);
    // A stale bundle is rebuilt here, so no measured run pays for the build.
    await ensureBundle(EXTRACT_BUNDLE);
    return await runJs(CLI, args);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** How many threads a run says it extracted with ("2 threads"), from its closing summary. */
export function threadsUsed(stderr: string): string {
  return / s on (\d+ threads?), /.exec(stderr)?.[1] ?? "threads not reported";
}

/**
 * What the machine gives `copies` threads of this work at best: that many separate 1-worker runs
 * at once share nothing but the cores (no reading, hand-over or serial end to wait on). The wall
 * time until the last one ends.
 */
export async function runSeparateAtOnce(inputs: string[], copies: number, gazetteer?: string): Promise<number> {
  const runs = await Promise.all(Array.from({ length: copies }, () => runExtractCli(inputs, 1, gazetteer)));
  return Math.max(...runs.map((r) => r.wallMs));
}

/** The machine's ceiling as a speed-up: `copies` corpora in the time of the runs at once, against one in `alone`. */
export function machineCeiling(alone: Stat, atOnceMs: number[], copies: number): Stat {
  return times(ratio(alone, summarise(atOnceMs)), copies);
}
