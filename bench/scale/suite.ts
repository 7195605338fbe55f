// Scale: a large generated corpus (JSONL and CSV shards) streamed from disk by the CLI
// with 1 and with N workers: throughput, the speed-up, and the extract process's peak
// resident memory. A second thread pays for its own start and JIT warm-up, which a
// corpus of a few seconds' work cannot earn back; here it can. Beside the speed-up, the
// machine's ceiling measured on this corpus: what two cores give two separate runs at once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadGazetteer } from "../corpus/gazetteer.js";
import { writeCorpus } from "../../src/generate/write.js";
import { cliAvailable, machineCeiling, runExtractCli, runSeparateAtOnce } from "../extraction/cli.js";
import { peerSample, poolPeerTimings, runPeerProcess } from "../extraction/peer-process.js";
import type { PeerTiming } from "../extraction/peer.js";
import { rate, ratio, summarise, type RunPlan } from "../stats.js";
import type { Row } from "../report.js";

export interface ScaleOptions {
  articles: number;
  workers: number;
  plan: RunPlan;
  /** Text of the corpus compromise reads, spread over it (a sample: it is slow). */
  peerBytes: number;
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
    // Alternate worker counts run by run so machine drift hits both alike.
    const counts = [...new Set([1, o.workers])];
    const wall = new Map(counts.map((w) => [w, [] as number[]]));
    const rss = new Map(counts.map((w) => [w, [] as number[]]));
    const atOnce: number[] = [];
    const peerRuns: PeerTiming[] = [];
    // The peer on this corpus's own text: about 500 articles from all over it.
    const sample = peerSample(o.articles, o.peerBytes);
    for (let i = -o.plan.warmup; i < o.plan.runs; i++) {
      for (const w of counts) {
        // Every thread asked for, as on the full corpus: a smoke run's corpus is small enough to get one.
        const run = await runExtractCli([corpusDir], w, o.gazetteer, undefined, w > 1 ? ["--mb-per-thread", "0"] : []);
        if (i < 0) continue;
        wall.get(w)!.push(run.wallMs);
        rss.get(w)!.push(run.maxRssMB);
      }
      // The ceiling at this scale too: on a corpus of a few seconds, start-up weighs on it.
      if (counts.length > 1) {
        const t = await runSeparateAtOnce([corpusDir], o.workers, o.gazetteer);
        if (i >= 0) atOnce.push(t);
      }
      // Beside the runs it is compared with, like the floor in the extraction suite: timed in a
      // block of its own after them, its rate moved by 17% between two runs of the bench whose
      // own throughput matched to 0.2%, and the ≥ 50× target with it.
      const peer = await runPeerProcess([corpusDir], sample);
      if (i >= 0) peerRuns.push(peer);
    }
    const row = (metric: string, unit: string, stat: Row["stat"], target?: Row["target"]): Row => ({
      group: "scale",
      corpus: name,
      metric,
      unit,
      stat,
      ...(target ? { target } : {}),
    });
    const peer = poolPeerTimings(peerRuns);
    const peerRate = rate(peer.ms, peer.textBytes / 1e6);
    const rows = [row("corpus size", "MB", summarise([mb])), row(`compromise people() on ${peer.articles}-article sample`, "MB/s", peerRate)];
    for (const w of counts) {
      const t = summarise(wall.get(w)!);
      const threads = `CLI ${w} worker${w === 1 ? "" : "s"}`;
      rows.push(row(threads, "MB/s", rate(t, mb)), row(threads, "articles/s", rate(t, o.articles)));
      rows.push(row(`${threads} ÷ compromise (throughput)`, "×", ratio(rate(t, mb), peerRate), w === 1 ? { op: ">=", value: 50 } : undefined));
      rows.push(row(`${threads} peak RSS`, "MB", summarise(rss.get(w)!), { op: "<=", value: 1536 }));
      rows.push(row(`${threads} peak RSS ÷ corpus size`, "×", summarise(rss.get(w)!.map((r) => r / mb))));
    }
    if (counts.length > 1) {
      const t1 = summarise(wall.get(1)!);
      const speedUp = ratio(t1, summarise(wall.get(o.workers)!));
      const ceiling = machineCeiling(t1, atOnce, o.workers);
      rows.push(row(`CLI speed-up ${o.workers} workers ÷ 1`, "×", speedUp, { op: ">=", value: 1.6 }));
      rows.push(row(`machine ceiling: ${o.workers} separate 1-worker runs at once, throughput ÷ 1 alone`, "×", ceiling));
      rows.push(row(`CLI speed-up ${o.workers} workers ÷ machine ceiling`, "×", ratio(speedUp, ceiling)));
    }
    return { rows, notes: [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
