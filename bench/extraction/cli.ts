// The extractor CLI as a user runs it: a fresh process over the corpus, N workers.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ROOT, runTs, type ChildRun } from "./spawn.js";

export const CLI = resolve(ROOT, "src/cli/extract.ts");

export function cliAvailable(): boolean {
  return existsSync(CLI);
}

export async function runExtractCli(inputs: string[], workers: number, gazetteer?: string): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), "bench-extract-"));
  try {
    const args = [...inputs, "--out", join(dir, "graph.json"), "--workers", String(workers)];
    if (gazetteer) args.push("--actors", gazetteer);
    return await runTs(CLI, args);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
