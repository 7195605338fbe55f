// Scale: a large generated corpus (JSONL and CSV shards) streamed from disk by the CLI,
// its throughput and the extract process's peak resident memory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadGazetteer } from "../corpus/gazetteer.js";
import { writeCorpus } from "../corpus/write.js";
import { cliAvailable, runExtractCli } from "../extraction/cli.js";
import { rate, summarise, type RunPlan } from "../stats.js";
import type { Row } from "../report.js";

export interface ScaleOptions {
  articles: number;
  workers: number;
  plan: RunPlan;
  seed?: number;
  gazetteer?: string;
}

export async function benchScale(o: ScaleOptions): Promise<{ rows: Row[]; notes: string[] }> {
  const name = `generated ${o.articles.toLocaleString("en")} (JSONL+CSV)`;
  if (!cliAvailable()) return { rows: [], notes: [`scale: src/cli/extract.ts not present yet: skipped.`] };
  const dir = mkdtempSync(join(tmpdir(), "bench-scale-"));
  try {
    const { gazetteer } = loadGazetteer(o.gazetteer);
    const corpusDir = join(dir, "corpus");
    const corpus = await writeCorpus(corpusDir, gazetteer, {
      seed: o.seed ?? 100,
      count: o.articles,
      layouts: ["jsonl", "csv"],
      truthPath: join(dir, "truth.json"),
    });
    const mb = corpus.bytes / 1e6;
    const wall: number[] = [];
    const rss: number[] = [];
    for (let i = -o.plan.warmup; i < o.plan.runs; i++) {
      const run = await runExtractCli([corpusDir], o.workers, o.gazetteer);
      if (i < 0) continue;
      wall.push(run.wallMs);
      rss.push(run.maxRssMB);
    }
    const t = summarise(wall);
    const row = (metric: string, unit: string, stat: Row["stat"], target?: Row["target"]): Row => ({
      group: "scale",
      corpus: name,
      metric,
      unit,
      stat,
      ...(target ? { target } : {}),
    });
    return {
      rows: [
        row("corpus size", "MB", summarise([mb])),
        row(`CLI ${o.workers} workers`, "MB/s", rate(t, mb)),
        row(`CLI ${o.workers} workers`, "articles/s", rate(t, o.articles)),
        row("peak RSS of the extract process", "MB", summarise(rss), { op: "<=", value: 1536 }),
        row("peak RSS ÷ corpus size", "×", summarise(rss.map((r) => r / mb))),
      ],
      notes: [],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
