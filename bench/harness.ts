// The benchmark as a set of functions, so `npm run bench` and the harness's own test
// run the same code (the test on a tiny corpus).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { basename, join, resolve } from "node:path";
import { loadGazetteer } from "./corpus/gazetteer.js";
import { LAYOUTS } from "../src/generate/generate.js";
import { writeCorpus } from "../src/generate/write.js";
import { quoteCsv } from "../src/generate/layouts.js";
import { benchExtraction } from "./extraction/suite.js";
import { accuracyRows } from "./extraction/accuracy.js";
import { runExtractCli } from "./extraction/cli.js";
import { benchScale } from "./scale/suite.js";
import { ROOT } from "./extraction/spawn.js";
import type { RunPlan } from "./stats.js";
import type { Row } from "./report.js";

export type Mode = "full" | "quick" | "tiny";
export type Suite = "extraction" | "scale" | "explorer";

export interface BenchConfig {
  mode: Mode;
  plan: RunPlan;
  generatedArticles: number;
  scaleArticles: number;
  graphSizes: number[];
  peerBytes: number;
  kremlin: string;
  /** Releases of the Kremlin corpus used (null = all 816); quick mode takes the first ones. */
  kremlinRows: number | null;
  layoutSeconds: number;
  /** Runs of the 100,000-article streams: the full plan; one in the smoke runs, which must stay under two minutes. */
  scalePlan: RunPlan;
  /** Runs of each explorer page: the full plan; one in the smoke runs (each loads a browser page per graph, the slowest part of a quick run). */
  explorerPlan: RunPlan;
  /** Timed repetitions of each explorer action within a run. */
  repeats: number;
}

export const KREMLIN = resolve(ROOT, "../shared/corpus/kremlin/putin.csv");

export function config(mode: Mode): BenchConfig {
  const base = { mode, kremlin: KREMLIN, kremlinRows: mode === "full" ? null : 100 };
  if (mode === "full") {
    const plan = { runs: 5, warmup: 1 };
    return { ...base, plan, scalePlan: plan, explorerPlan: plan, repeats: 5, generatedArticles: 10_000, scaleArticles: 100_000, graphSizes: [1000, 5000, 20_000], peerBytes: 1e6, layoutSeconds: 3 };
  }
  const once = { runs: 1, warmup: 0 };
  if (mode === "quick") return { ...base, plan: { runs: 2, warmup: 0 }, scalePlan: once, explorerPlan: once, repeats: 2, generatedArticles: 500, scaleArticles: 3000, graphSizes: [300, 1000], peerBytes: 1e5, layoutSeconds: 0.5 };
  return { ...base, plan: once, scalePlan: once, explorerPlan: once, repeats: 1, generatedArticles: 30, scaleArticles: 100, graphSizes: [100], peerBytes: 2e4, layoutSeconds: 1 };
}

export interface BenchResult {
  mode: Mode;
  machine: { cores: number; memoryGB: number; cpu: string; node: string; platform: string };
  gazetteer: string;
  rows: Row[];
  notes: string[];
}

/** The first `n` records of a CSV file, written as a CSV of their own in `dir`. */
export function firstRecords(csv: string, n: number, dir: string): { path: string; rows: number } {
  const records = parse(readFileSync(csv), { relax_column_count: true }) as string[][];
  const kept = records.slice(0, n + 1);
  const path = join(dir, basename(csv));
  writeFileSync(path, kept.map((r) => `${r.map(quoteCsv).join(",")}\n`).join(""));
  return { path, rows: kept.length - 1 };
}

export function machine(): BenchResult["machine"] {
  return {
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    cpu: cpus()[0]?.model ?? "unknown",
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/**
 * Runs the chosen suites in order. A suite that fails becomes a note (the others still report),
 * and `progress` gets the result so far after each suite, so a long run never loses what it measured.
 */
export async function runBench(
  cfg: BenchConfig,
  suites: Suite[],
  log: (line: string) => void = () => {},
  progress: (partial: BenchResult) => void = () => {},
): Promise<BenchResult> {
  const { path: gazetteer } = loadGazetteer();
  const rows: Row[] = [];
  const notes: string[] = [];
  if (!gazetteer.endsWith("graph-data/gazetteer.yaml")) notes.push(`graph-data/gazetteer.yaml missing: generated corpora use the harness fixture ${gazetteer}.`);
  const result = (): BenchResult => ({ mode: cfg.mode, machine: machine(), gazetteer, rows, notes });
  const guarded = async (suite: Suite, body: () => Promise<void>): Promise<void> => {
    if (!suites.includes(suite)) return;
    try {
      await body();
    } catch (e) {
      notes.push(`${suite} suite failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    }
    progress(result());
  };
  await guarded("extraction", async () => {
    if (existsSync(cfg.kremlin)) {
      log(`extraction: Kremlin corpus ${cfg.kremlin}`);
      const dir = mkdtempSync(join(tmpdir(), "bench-kremlin-"));
      try {
        const { path, rows: count } = cfg.kremlinRows === null ? { path: cfg.kremlin, rows: 816 } : firstRecords(cfg.kremlin, cfg.kremlinRows, dir);
        const r = await benchExtraction({ name: `kremlin (${count} releases)`, paths: [path], plan: cfg.plan, peerBytes: cfg.peerBytes });
        rows.push(...r.rows);
        notes.push(...r.notes);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else notes.push(`Kremlin corpus not found at ${cfg.kremlin}: skipped.`);
    const dir = mkdtempSync(join(tmpdir(), "bench-corpus-"));
    try {
      const corpusDir = join(dir, "corpus");
      const corpus = await writeCorpus(corpusDir, loadGazetteer(gazetteer).gazetteer, {
        seed: 1,
        count: cfg.generatedArticles,
        layouts: LAYOUTS,
        truthPath: join(dir, "truth.json"),
      });
      log(`extraction: generated corpus of ${corpus.articles} articles (${(corpus.bytes / 1e6).toFixed(1)} MB)`);
      const name = `generated ${cfg.generatedArticles.toLocaleString("en")} (mixed layouts)`;
      const r = await benchExtraction({ name, paths: [corpusDir], plan: cfg.plan, peerBytes: cfg.peerBytes });
      rows.push(...r.rows);
      notes.push(...r.notes);
      // What the timed runs produce, against what the generator wrote: speed is worth only as much as this.
      const graphPath = join(dir, "graph.json");
      await runExtractCli([corpusDir], 1, undefined, graphPath);
      rows.push(...accuracyRows(graphPath, join(dir, "truth.json"), corpusDir, name));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  await guarded("scale", async () => {
    log(`scale: generated corpus of ${cfg.scaleArticles} articles`);
    // In full mode the same plan as every other figure (5 runs after a warm-up): with 3, one slow
    // 2-worker run on a shared machine moved the speed-up between 1.13 and 1.62 from run to run.
    const r = await benchScale({ articles: cfg.scaleArticles, workers: 2, plan: cfg.scalePlan, peerBytes: cfg.peerBytes });
    rows.push(...r.rows);
    notes.push(...r.notes);
  });
  await guarded("explorer", async () => {
    const { benchExplorer } = await import("./explorer/suite.js");
    log(`explorer: graphs of ${cfg.graphSizes.join(", ")} actors`);
    const r = await benchExplorer({ sizes: cfg.graphSizes, plan: cfg.explorerPlan, log, layoutSeconds: cfg.layoutSeconds, repeats: cfg.repeats });
    rows.push(...r.rows);
    notes.push(...r.notes);
  });
  return result();
}
