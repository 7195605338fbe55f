import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { config, firstRecords, runBench } from "./harness.js";
import { met, table, type Row } from "./report.js";
import { rate, ratio, repeat, summarise, times } from "./stats.js";

describe("stats", () => {
  it("takes the median of the measured runs only, after the warm-up", async () => {
    const seen: number[] = [];
    const s = await repeat({ runs: 5, warmup: 2 }, (run) => {
      seen.push(run);
      return run < 0 ? 1000 : [5, 1, 4, 2, 3][run]!;
    });
    expect(seen).toEqual([-1, -2, 0, 1, 2, 3, 4]);
    expect(s).toEqual({ median: 3, min: 1, max: 5, runs: 5 });
    expect(summarise([4, 1, 3, 2]).median).toBe(2.5);
  });

  it("turns durations into rates and ratios with the spread of the extremes", () => {
    const r = rate({ median: 2000, min: 1000, max: 4000, runs: 3 }, 10);
    expect(r).toEqual({ median: 5, min: 2.5, max: 10, runs: 3 });
    expect(ratio({ median: 6, min: 4, max: 8, runs: 3 }, { median: 2, min: 1, max: 4, runs: 5 })).toEqual({ median: 3, min: 1, max: 8, runs: 3 });
    expect(times({ median: 3, min: 1, max: 8, runs: 3 }, 2)).toEqual({ median: 6, min: 2, max: 16, runs: 3 });
  });

  it("marks targets met or missed in the table", () => {
    const row = (median: number): Row => ({ group: "g", corpus: "c", metric: "m", unit: "×", stat: summarise([median]), target: { op: ">=", value: 1.6 } });
    expect(met(row(2))).toBe(true);
    expect(met(row(1))).toBe(false);
    expect(table([row(1)])).toContain(">= 1.6 MISSED");
  });
});

describe("firstRecords", () => {
  it("keeps the header and the first n records, multi-line quoted fields intact", () => {
    const dir = mkdtempSync(join(tmpdir(), "first-records-"));
    try {
      const src = join(dir, "in.csv");
      writeFileSync(src, 'link,body\nu1,"a, ""quoted""\nline"\nu2,plain\nu3,third\n');
      const out = mkdtempSync(join(dir, "out-"));
      const { path, rows } = firstRecords(src, 2, out);
      expect(rows).toBe(2);
      expect(parse(readFileSync(path), { columns: true })).toEqual([
        { link: "u1", body: 'a, "quoted"\nline' },
        { link: "u2", body: "plain" },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("config", () => {
  it("runs every figure 5 times after a warm-up in full mode, and a smoke run's scale corpus and explorer pages once", () => {
    const full = config("full");
    expect([full.plan, full.scalePlan, full.explorerPlan]).toEqual([1, 2, 3].map(() => ({ runs: 5, warmup: 1 })));
    const quick = config("quick");
    expect(quick.plan).toEqual({ runs: 2, warmup: 0 });
    expect([quick.scalePlan, quick.explorerPlan]).toEqual([1, 2].map(() => ({ runs: 1, warmup: 0 })));
  });
});

describe("runBench on a tiny corpus", () => {
  it("measures the Kremlin (when present) and generated corpora and reports every comparison", async () => {
    const cfg = { ...config("tiny"), kremlin: "/nonexistent/putin.csv", scalePlan: { runs: 2, warmup: 0 } };
    const result = await runBench(cfg, ["extraction", "scale"]);
    const generated = result.rows.filter((r) => r.corpus.startsWith("generated 30"));
    const metrics = generated.map((r) => r.metric);
    expect(metrics).toContain("in-process floor (read+prepare)");
    expect(metrics.some((m) => m.startsWith("compromise people()"))).toBe(true);
    expect(metrics.some((m) => m.startsWith("ours ÷ compromise"))).toBe(true);
    const inProcess = generated.find((r) => r.metric === "in-process pipeline ÷ compromise (throughput)")!;
    const pipeline = generated.find((r) => r.metric === "in-process pipeline (read+extract+assemble)" && r.unit === "MB/s")!;
    const peer = generated.find((r) => r.metric.startsWith("compromise people()"))!;
    expect(inProcess.stat.median).toBeCloseTo(pipeline.stat.median / peer.stat.median, 6);
    // The machine's ceiling for two: a pair of 1-worker runs at once, beside the 2-worker speed-up it bounds.
    const ceiling = generated.find((r) => r.metric.startsWith("machine ceiling: 2 separate 1-worker runs"))!;
    const speedUp2 = generated.find((r) => r.metric === "CLI speed-up 2 threads ÷ 1")!;
    const ofCeiling = generated.find((r) => r.metric === "CLI speed-up 2 threads ÷ machine ceiling")!;
    expect(ceiling.stat.median).toBeGreaterThan(0);
    expect(ceiling.target).toBeUndefined();
    expect(ofCeiling.stat.median).toBeCloseTo(speedUp2.stat.median / ceiling.stat.median, 6);
    // --workers 2 as a user runs it, with the threads it ran on: so small a corpus gets one, unless a core is spare.
    const threads = availableParallelism() > 2 ? "2 threads" : "1 thread";
    const asked = generated.find((r) => r.metric.startsWith("CLI speed-up --workers 2 ÷ 1"))!;
    expect(asked.metric).toBe(`CLI speed-up --workers 2 ÷ 1 (${threads})`);
    expect(asked.target).toEqual({ op: ">=", value: 1.6 });
    expect(metrics).toContain(`CLI --workers 2 (${threads})`);
    expect(metrics).toContain("CLI 2 threads (--workers 2 --mb-per-thread 0)");
    // The most the CLI's ratio to compromise can be: the floor process's throughput over compromise's.
    const ours = generated.find((r) => r.metric.startsWith("ours ÷ compromise"))!;
    const cliOverFloor = generated.find((r) => r.metric === "CLI 1 worker ÷ floor process (wall time)")!;
    const floorOverPeer = generated.find((r) => r.metric.startsWith("floor process ÷ compromise"))!;
    expect(floorOverPeer.target).toBeUndefined();
    expect(floorOverPeer.stat.median).toBeCloseTo(ours.stat.median * cliOverFloor.stat.median, 6);
    // ...taken against compromise timed beside the CLI's runs, not against the in-process block's.
    const beside = generated.find((r) => r.metric.endsWith("-article sample, in a process beside each CLI run"))!;
    const cli1 = generated.find((r) => r.metric === "CLI 1 worker" && r.unit === "MB/s")!;
    expect(beside.stat.runs).toBe(1);
    expect(ours.stat.median).toBeCloseTo(cli1.stat.median / beside.stat.median, 6);
    // What the timed runs wrote, scored against the generator's truth (30 articles: every fact of them found, dated right).
    const accuracy = result.rows.filter((r) => r.group === "accuracy" && r.corpus.startsWith("generated 30"));
    expect(accuracy.map((r) => r.metric)).toEqual(expect.arrayContaining(["meetings found (recall)", "meetings right (precision)", "dates right"]));
    for (const r of accuracy) expect(r.stat.median).toBeGreaterThan(0.85);
    expect(accuracy.find((r) => r.metric === "dates right")!.stat.median).toBe(1);
    for (const r of result.rows) {
      expect(Number.isFinite(r.stat.median)).toBe(true);
      expect(r.stat.min).toBeLessThanOrEqual(r.stat.median);
      expect(r.stat.median).toBeLessThanOrEqual(r.stat.max);
    }
    // Scale: both thread counts in one run, the speed-up from their medians.
    const scale = result.rows.filter((r) => r.group === "scale");
    const w1 = scale.find((r) => r.metric === "CLI 1 worker" && r.unit === "articles/s")!;
    const w2 = scale.find((r) => r.metric === "CLI 2 workers" && r.unit === "articles/s")!;
    const speedUp = scale.find((r) => r.metric === "CLI speed-up 2 workers ÷ 1")!;
    expect(speedUp.stat.median).toBeCloseTo(w2.stat.median / w1.stat.median, 6);
    expect(speedUp.target).toEqual({ op: ">=", value: 1.6 });
    // The peer on the scale corpus's own text, against each thread count; the target on one worker.
    const scalePeer = scale.find((r) => r.metric.startsWith("compromise people() on "))!;
    const w1Rate = scale.find((r) => r.metric === "CLI 1 worker" && r.unit === "MB/s")!;
    const w2Rate = scale.find((r) => r.metric === "CLI 2 workers" && r.unit === "MB/s")!;
    const w1Peer = scale.find((r) => r.metric === "CLI 1 worker ÷ compromise (throughput)")!;
    const w2Peer = scale.find((r) => r.metric === "CLI 2 workers ÷ compromise (throughput)")!;
    expect(scalePeer.stat.median).toBeGreaterThan(0);
    expect(w1Peer.stat.median).toBeCloseTo(w1Rate.stat.median / scalePeer.stat.median, 6);
    expect(w2Peer.stat.median).toBeCloseTo(w2Rate.stat.median / scalePeer.stat.median, 6);
    expect([w1Peer.target, w2Peer.target]).toEqual([{ op: ">=", value: 50 }, undefined]);
    const scaleCeiling = scale.find((r) => r.metric === "machine ceiling: 2 separate 1-worker runs at once, throughput ÷ 1 alone")!;
    const scaleOfCeiling = scale.find((r) => r.metric === "CLI speed-up 2 workers ÷ machine ceiling")!;
    expect(scaleCeiling.stat.median).toBeGreaterThan(0);
    expect(scaleOfCeiling.stat.median).toBeCloseTo(speedUp.stat.median / scaleCeiling.stat.median, 6);
    // Scale follows its run plan: in full mode, the one every other figure follows.
    expect(config("full").scalePlan).toEqual(config("full").plan);
    expect(config("full").plan).toEqual({ runs: 5, warmup: 1 });
    expect(scale.filter((r) => r.metric !== "corpus size").map((r) => r.stat.runs)).toEqual(scale.slice(1).map(() => 2));
    expect(scale.filter((r) => r.metric.endsWith("peak RSS")).map((r) => r.metric)).toEqual(["CLI 1 worker peak RSS", "CLI 2 workers peak RSS"]);
    expect(result.notes.some((n) => n.startsWith("Kremlin corpus not found"))).toBe(true);
    expect(result.machine.cores).toBeGreaterThan(0);
    // Spawns about ten extractor processes: on a busy 2-core machine that can take minutes.
  }, 240_000);
});
