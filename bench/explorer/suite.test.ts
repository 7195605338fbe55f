// Keeps the explorer suite of `npm run bench` working: both pages built, served and timed in
// headless Chromium on a small graph, every comparison reported. Figures are not judged here
// (the bench is for that); that they exist, are positive and agree with each other is.
import { describe, expect, it } from "vitest";
import { benchExplorer, inTurn, schedule } from "./suite.js";

describe("inTurn", () => {
  it("opens each page first every other run, warm-up runs (negative) included", () => {
    const order = [-1, 0, 1, 2, 3, 4].map((run) => inTurn(run, ["ours", "bare"] as const)[0]);
    expect(order).toEqual(["bare", "ours", "bare", "ours", "bare", "ours"]);
    expect(inTurn(3, ["ours", "bare"] as const)).toEqual(["bare", "ours"]);
  });
});

describe("schedule", () => {
  it("alternates every action between the two open pages, so both sides of a ratio are timed moments apart", () => {
    const steps = schedule(2, 1);
    const show = steps.map((s) => `${s.rep ?? "-"}:${s.side}:${s.action}${s.undo ? "/" + s.undo : ""}`);
    expect(show).toEqual([
      "-:0:hover/unhover", "-:1:hover/unhover", "-:0:filter/unfilter", "-:1:filter/unfilter", "-:1:refresh",
      "0:0:hover/unhover", "0:1:hover/unhover", "0:0:filter/unfilter", "0:1:filter/unfilter", "0:1:refresh",
      "1:0:hover/unhover", "1:1:hover/unhover", "1:0:filter/unfilter", "1:1:filter/unfilter", "1:1:refresh",
    ]);
    // The bare page's refresh, whichever side it is on.
    expect(schedule(1, 0).filter((s) => s.action === "refresh").map((s) => s.side)).toEqual([0, 0]);
  });

  it("never times the same page twice in a row for one kind of action", () => {
    const timed = schedule(5, 0).filter((s) => s.rep !== null && s.action !== "refresh");
    for (let i = 1; i < timed.length; i++) {
      if (timed[i]!.action === timed[i - 1]!.action) expect(timed[i]!.side).not.toBe(timed[i - 1]!.side);
    }
    expect(timed.filter((s) => s.side === 0 && s.action === "hover")).toHaveLength(5);
  });
});

describe("benchExplorer on a small graph", () => {
  it("times first render, hover, date filter and ForceAtlas2 on both pages and reports their ratios", async () => {
    const lines: string[] = [];
    const { rows, notes } = await benchExplorer({ sizes: [60], plan: { runs: 1, warmup: 0 }, repeats: 1, layoutSeconds: 0.5, log: (l) => lines.push(l) });
    // A page that failed to load or draw in time is a note, not a row: none may be here.
    expect(notes).toEqual([]);
    expect(rows.map((r) => r.corpus)).toEqual(rows.map(() => "60 actors, 600 edges"));
    expect(rows.map((r) => r.metric)).toEqual([
      "first complete render: explorer",
      "first complete render: bare sigma",
      "first render explorer ÷ bare",
      "bare sigma refresh (one frame)",
      "hover highlight: explorer",
      "hover highlight: bare sigma",
      "hover highlight explorer ÷ bare",
      "hover highlight explorer ÷ bare refresh",
      "date filter: explorer",
      "date filter: bare sigma",
      "date filter explorer ÷ bare",
      "date filter explorer ÷ bare refresh",
      "ForceAtlas2 worker: explorer",
      "ForceAtlas2 worker: bare",
      "ForceAtlas2 explorer ÷ bare (rate)",
    ]);
    for (const r of rows) {
      expect(r.stat.median, r.metric).toBeGreaterThan(0);
      expect(Number.isFinite(r.stat.median), r.metric).toBe(true);
    }
    const at = (metric: string): number => rows.find((r) => r.metric === metric)!.stat.median;
    expect(at("first render explorer ÷ bare")).toBeCloseTo(at("first complete render: explorer") / at("first complete render: bare sigma"), 6);
    expect(at("hover highlight explorer ÷ bare refresh")).toBeCloseTo(at("hover highlight: explorer") / at("bare sigma refresh (one frame)"), 6);
    expect(at("date filter explorer ÷ bare")).toBeCloseTo(at("date filter: explorer") / at("date filter: bare sigma"), 6);
    expect(rows.filter((r) => r.target).map((r) => [r.metric, r.target])).toEqual([
      ["first render explorer ÷ bare", { op: "<=", value: 1.5 }],
      ["hover highlight explorer ÷ bare refresh", { op: "<=", value: 1.5 }],
      ["date filter explorer ÷ bare refresh", { op: "<=", value: 1.5 }],
    ]);
    expect(lines.some((l) => l.startsWith("explorer: 60 actors"))).toBe(true);
  }, 400_000);
});
