import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXTRACT_BUNDLE, ROOT, bundleInputs, ensureBundle } from "./cli-bundle.mjs";
import { graphIsStale } from "./ensure-graph.mjs";

describe("graphIsStale", () => {
  it("is true when the graph is missing or older than a file, also one inside a folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "ensure-graph-"));
    try {
      const graph = join(dir, "graph.json");
      const input = join(dir, "in.txt");
      mkdirSync(join(dir, "folder"));
      const nested = join(dir, "folder/deep.txt");
      writeFileSync(input, "x");
      writeFileSync(nested, "x");
      expect(graphIsStale(graph, [input])).toBe(true);
      writeFileSync(graph, "{}");
      const past = new Date(Date.now() - 60_000);
      for (const p of [input, nested, join(dir, "folder")]) utimesSync(p, past, past);
      expect(graphIsStale(graph, [input, join(dir, "folder")])).toBe(false);
      const future = new Date(Date.now() + 60_000);
      utimesSync(nested, future, future);
      expect(graphIsStale(graph, [input, join(dir, "folder")])).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("watches every source the extractor is built from, not only src/extract, and no test file", async () => {
    await ensureBundle(EXTRACT_BUNDLE);
    const inputs = bundleInputs(EXTRACT_BUNDLE).map((p) => p.slice(ROOT.length + 1));
    expect(inputs).toContain("src/shared/types.ts");
    expect(inputs).toContain("src/cli/read-inputs.ts");
    expect(inputs).toContain("src/extract/graph/layout.ts");
    expect(inputs.some((p) => p.endsWith(".test.ts"))).toBe(false);
  });

  it("runs in plain Node (npm run build) and leaves an up-to-date graph alone", () => {
    // First run may build the graph (deterministic bytes); the second must find it current.
    spawnSync(process.execPath, ["scripts/ensure-graph.mjs"], { cwd: ROOT, encoding: "utf8" });
    const run = spawnSync(process.execPath, ["scripts/ensure-graph.mjs"], { cwd: ROOT, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("graph-data/graph.json is up to date");
  });
});
