// Extraction throughput on one corpus: the CLI with 1 and 2 workers, the floor, the
// in-process pipeline and compromise, all measured in the same run so the ratios hold.
import { rate, ratio, repeat, summarise, type RunPlan, type Stat } from "../stats.js";
import type { Row } from "../report.js";
import { cliAvailable, machineCeiling, runExtractCli, runSeparateAtOnce, threadsUsed } from "./cli.js";
import { runTs } from "./spawn.js";
import { runFloorProcess } from "./floor.js";
import { resolve } from "node:path";
import { corpusBytes, listFiles } from "./load.js";
import type { StageTimings } from "./stages.js";
import { peerSample, poolPeerTimings, runPeerProcess } from "./peer-process.js";
import type { PeerTiming } from "./peer.js";

const STAGES_CHILD = resolve(import.meta.dirname, "stages-child.ts");

export interface ExtractionOptions {
  name: string;
  paths: string[];
  plan: RunPlan;
  /** Text compromise reads (a sample: it is slow). */
  peerBytes: number;
  gazetteer?: string;
}

export interface ExtractionResult {
  rows: Row[];
  notes: string[];
  stages: StageTimings;
  bytes: number;
}

export async function benchExtraction(o: ExtractionOptions): Promise<ExtractionResult> {
  const files = listFiles(o.paths);
  const bytes = corpusBytes(files);
  const mb = bytes / 1e6;
  const notes: string[] = [];
  const rows: Row[] = [];
  const row = (metric: string, unit: string, stat: Stat, target?: Row["target"]): void => {
    rows.push({ group: "extraction", corpus: o.name, metric, unit, stat, ...(target ? { target } : {}) });
  };
  const gazetteerArgs = o.gazetteer ? ["--gazetteer", o.gazetteer] : [];
  const paths = files.map((f) => f.path);
  const stagesRun = await runTs(STAGES_CHILD, [...paths, "--runs", String(o.plan.runs), "--warmup", String(o.plan.warmup), "--peer-bytes", String(o.peerBytes), ...gazetteerArgs]);
  const stages = JSON.parse(stagesRun.stdout) as StageTimings;
  const articles = stages.articles;
  let floorWall: Stat;
  const pipelineRate = rate(stages.pipelineMs, mb);
  const peerRate = rate(stages.peer.ms, stages.peer.textBytes / 1e6);
  row("in-process pipeline (read+extract+assemble)", "MB/s", pipelineRate);
  row("in-process floor (read+prepare)", "MB/s", rate(stages.floorMs, mb));
  row("in-process pipeline ÷ floor (time)", "×", ratio(stages.pipelineMs, stages.floorMs));
  row(`compromise people() on ${stages.peer.articles}-article sample`, "MB/s", peerRate);
  // Both in one process with no start-up on either side: the text-processing rates alone.
  row("in-process pipeline ÷ compromise (throughput)", "×", ratio(pipelineRate, peerRate));

  let ours: Stat = pipelineRate;
  // What the CLI's ratio is taken against: compromise in the same block as the in-process pipeline,
  // unless it is timed below beside each CLI run.
  let cliPeerRate: Stat = peerRate;
  if (cliAvailable()) {
    // Alternate worker counts, the floor and compromise run by run so machine drift hits them alike.
    const w1: number[] = [];
    const floor: number[] = [];
    const w2: number[] = [];
    const forced: number[] = [];
    const both: number[] = [];
    const rss: number[] = [];
    const peers: PeerTiming[] = [];
    const threadsAsked = new Set<string>();
    // The same sample as the in-process block's (peer.ts's `sample`).
    const sample = peerSample(articles, o.peerBytes);
    for (let i = -o.plan.warmup; i < o.plan.runs; i++) {
      const a = await runExtractCli(o.paths, 1, o.gazetteer);
      // Right after the run they are compared with: the CLI ÷ floor and CLI ÷ compromise targets are ratios.
      const f = await runFloorProcess(paths);
      const p = await runPeerProcess(paths, sample);
      const b = await runExtractCli(o.paths, 2, o.gazetteer);
      // Both threads, whatever the corpus's size: what a second thread costs or gives here.
      const c = await runExtractCli(o.paths, 2, o.gazetteer, undefined, ["--mb-per-thread", "0"]);
      const pair = await runSeparateAtOnce(o.paths, 2, o.gazetteer);
      if (i < 0) continue;
      threadsAsked.add(threadsUsed(b.stderr));
      w1.push(a.wallMs);
      floor.push(f.wallMs);
      peers.push(p);
      w2.push(b.wallMs);
      forced.push(c.wallMs);
      both.push(pair);
      rss.push(a.maxRssMB);
    }
    const t1 = summarise(w1);
    floorWall = summarise(floor);
    const t2 = summarise(w2);
    const tf = summarise(forced);
    const ceiling = machineCeiling(t1, both, 2);
    ours = rate(t1, mb);
    const beside = poolPeerTimings(peers);
    cliPeerRate = rate(beside.ms, beside.textBytes / 1e6);
    // --workers 2 as a user runs it: on a corpus too small for a second thread to pay, one (src/cli/threads.ts).
    const used = [...threadsAsked].join(", ");
    const asked = `CLI --workers 2 (${used})`;
    row("CLI 1 worker", "MB/s", ours);
    row("CLI 1 worker", "articles/s", rate(t1, articles));
    row(asked, "MB/s", rate(t2, mb));
    row(asked, "articles/s", rate(t2, articles));
    row(`CLI speed-up --workers 2 ÷ 1 (${used})`, "×", ratio(t1, t2), { op: ">=", value: 1.6 });
    row("CLI 2 threads (--workers 2 --mb-per-thread 0)", "MB/s", rate(tf, mb));
    row("CLI speed-up 2 threads ÷ 1", "×", ratio(t1, tf));
    row("machine ceiling: 2 separate 1-worker runs at once, throughput ÷ 1 alone", "×", ceiling);
    row("CLI speed-up 2 threads ÷ machine ceiling", "×", ratio(ratio(t1, tf), ceiling));
    row("CLI 1 worker ÷ floor process (wall time)", "×", ratio(t1, floorWall), { op: "<=", value: 8 });
    row("CLI 1 worker peak RSS", "MB", summarise(rss));
    row(`compromise people() on ${beside.articles}-article sample, in a process beside each CLI run`, "MB/s", cliPeerRate);
  } else {
    floorWall = await repeat(o.plan, async () => (await runFloorProcess(paths)).wallMs);
    notes.push(`${o.name}: src/cli/extract.ts not present yet: CLI rows skipped; the peer ratio uses the in-process pipeline.`);
    row("in-process pipeline", "articles/s", rate(stages.pipelineMs, articles));
  }
  row("floor process wall time", "s", { ...floorWall, median: floorWall.median / 1000, min: floorWall.min / 1000, max: floorWall.max / 1000 });
  row(`ours ÷ compromise (throughput, ${cliAvailable() ? "CLI 1 worker" : "in-process"})`, "×", ratio(ours, cliPeerRate), { op: ">=", value: 50 });
  // What the row above could reach at most: a process that only reads and splits the corpus, started like the CLI.
  row("floor process ÷ compromise (throughput): the most that ratio can be here", "×", ratio(rate(floorWall, mb), cliPeerRate));
  if (stages.edges === 0) notes.push(`${o.name}: the pipeline built a graph with no edges (${stages.nodes} nodes): its stages may still be interim.`);
  return { rows, notes, stages, bytes };
}
