// The scale suite's order of runs: compromise runs in each round beside the CLI runs it is compared
// with (it was timed in a block after them, and its rate moved 17% between two bench runs).
import { describe, expect, it, vi } from "vitest";

const launched = vi.hoisted(() => [] as string[]);
const wall = vi.hoisted(() => ({ cli1: 20_000, cli2: 13_000, pair: 23_000 }));
// Compromise's time in each round, in order: the median of the measured rounds is what counts.
const peerMs = vi.hoisted(() => [9999, 4000, 5000, 3000]);

vi.mock("../../src/generate/write.js", () => ({
  writeCorpus: vi.fn(async () => ({ articles: 1000, bytes: 2e6 })),
}));
vi.mock("../extraction/cli.js", async (original) => ({
  ...(await original<typeof import("../extraction/cli.js")>()),
  cliAvailable: () => true,
  runExtractCli: vi.fn(async (_inputs: string[], workers: number) => {
    const what = workers === 1 ? "cli1" : "cli2";
    launched.push(what);
    return { stdout: "", stderr: "", wallMs: wall[what], maxRssMB: 100, cpuMs: wall[what] };
  }),
  runSeparateAtOnce: vi.fn(async () => {
    launched.push("pair");
    return wall.pair;
  }),
}));
vi.mock("../extraction/peer-process.js", async (original) => ({
  ...(await original<typeof import("../extraction/peer-process.js")>()),
  runPeerProcess: vi.fn(async (_paths: string[], sample: { every: number; peerBytes: number }) => {
    const ms = peerMs[launched.filter((l) => l === "peer").length]!;
    launched.push("peer");
    expect(sample).toEqual({ every: 2, peerBytes: 1e5 });
    return { articles: 50, textBytes: 1e5, ms: { median: ms, min: ms, max: ms, runs: 1 }, people: 7 };
  }),
}));

const { benchScale } = await import("./suite.js");

describe("benchScale", () => {
  it("times compromise in every round beside the CLI runs, warm-up included, and divides by the median of the measured rounds", async () => {
    const { rows } = await benchScale({ articles: 1000, workers: 2, plan: { runs: 3, warmup: 1 }, peerBytes: 1e5 });
    const round = ["cli1", "cli2", "pair", "peer"];
    expect(launched).toEqual([...round, ...round, ...round, ...round]);
    const stat = (metric: string) => rows.find((r) => r.metric === metric)!.stat;
    // 0.1 MB in 4, 5 and 3 s (the warm-up round's 10 s left out): 0.025 MB/s at the median.
    const peer = stat("compromise people() on 50-article sample");
    expect(peer.median).toBeCloseTo(0.025, 9);
    expect([peer.min, peer.max, peer.runs]).toEqual([0.02, 0.1 / 3, 3]);
    // 2 MB in 20 s: 0.1 MB/s, 4× compromise's median.
    expect(stat("CLI 1 worker ÷ compromise (throughput)").median).toBeCloseTo(4, 9);
  });
});
