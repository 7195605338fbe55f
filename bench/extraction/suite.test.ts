// The extraction suite's order of runs: the floor process and compromise run right after each
// one-worker CLI run they are compared with, so that the CLI ÷ floor and CLI ÷ compromise targets
// are taken from runs side by side, not from blocks minutes apart on a machine whose speed drifts.
import { describe, expect, it, vi } from "vitest";

const launched = vi.hoisted(() => [] as string[]);
// Wall times by what ran: a drift of the machine's speed over the run would show in the order.
const wall = vi.hoisted(() => ({ cli1: 800, floor: 100, peer: 4000, cli2: 700, forced: 750, pair: 1000 }));

vi.mock("./spawn.js", async (original) => ({
  ...(await original<typeof import("./spawn.js")>()),
  runTs: vi.fn(async (entry: string, args: string[]) => {
    if (!entry.endsWith("peer-child.ts")) return stagesRun;
    launched.push("peer");
    // The in-process block's sample (every article, as there are fewer than 500), one timed pass after one untimed.
    expect(args.slice(-8)).toEqual(["--every", "1", "--peer-bytes", "100000", "--runs", "1", "--warmup", "1"]);
    const ms = { median: wall.peer, min: wall.peer, max: wall.peer, runs: 1 };
    return { stdout: JSON.stringify({ articles: 5, textBytes: 2e5, ms, people: 3 }), stderr: "", wallMs: 1, maxRssMB: 1, cpuMs: 1 };
  }),
}));
// What the stages child prints: the in-process block, compromise's sample among it.
const stagesRun = vi.hoisted(() => ({
  stdout: JSON.stringify({
    articles: 10,
    textBytes: 1e6,
    readMs: { median: 10, min: 10, max: 10, runs: 2 },
    floorMs: { median: 20, min: 20, max: 20, runs: 2 },
    pipelineMs: { median: 100, min: 100, max: 100, runs: 2 },
    peer: { articles: 5, textBytes: 1e5, ms: { median: 500, min: 500, max: 500, runs: 2 }, people: 3 },
    edges: 4,
    nodes: 3,
  }),
  stderr: "",
  wallMs: 1,
  maxRssMB: 1,
  cpuMs: 1,
}));
vi.mock("./floor.js", () => ({
  runFloorProcess: vi.fn(async () => {
    launched.push("floor");
    return { stdout: "", stderr: "", wallMs: wall.floor, maxRssMB: 50, cpuMs: wall.floor };
  }),
}));
vi.mock("./cli.js", async (original) => ({
  ...(await original<typeof import("./cli.js")>()),
  cliAvailable: () => true,
  runExtractCli: vi.fn(async (_inputs: string[], workers: number, _g?: string, _o?: string, extra: string[] = []) => {
    const what = workers === 1 ? "cli1" : extra.includes("--mb-per-thread") ? "forced" : "cli2";
    launched.push(what);
    return { stdout: "", stderr: `1.00 s on ${workers === 1 || what === "cli2" ? "1 thread" : "2 threads"}, `, wallMs: wall[what], maxRssMB: 100, cpuMs: wall[what] };
  }),
  runSeparateAtOnce: vi.fn(async () => {
    launched.push("pair");
    return wall.pair;
  }),
}));

const { benchExtraction } = await import("./suite.js");

describe("benchExtraction", () => {
  it("runs the floor process and compromise right after each one-worker CLI run, warm-up included, and divides them", async () => {
    const { rows } = await benchExtraction({ name: "test", paths: ["README.md"], plan: { runs: 2, warmup: 1 }, peerBytes: 1e5 });
    const round = ["cli1", "floor", "peer", "cli2", "forced", "pair"];
    expect(launched).toEqual([...round, ...round, ...round]);
    const stat = (metric: string) => rows.find((r) => r.metric === metric)!.stat;
    expect(stat("CLI 1 worker ÷ floor process (wall time)")).toEqual({ median: 8, min: 8, max: 8, runs: 2 });
    expect(stat("floor process wall time")).toEqual({ median: 0.1, min: 0.1, max: 0.1, runs: 2 });
    // The CLI's ratio to compromise is taken against the runs beside it (0.2 MB in 4 s), not the in-process block's (0.1 MB in 0.5 s).
    expect(stat("compromise people() on 5-article sample").median).toBeCloseTo(0.2, 9);
    expect(stat("compromise people() on 5-article sample, in a process beside each CLI run")).toEqual({ median: 0.05, min: 0.05, max: 0.05, runs: 2 });
    const cli = stat("CLI 1 worker");
    expect(stat("ours ÷ compromise (throughput, CLI 1 worker)").median).toBeCloseTo(cli.median / 0.05, 9);
    expect(stat("floor process ÷ compromise (throughput): the most that ratio can be here").median).toBeCloseTo((cli.median * 8) / 0.05, 9);
  });
});
