import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXTRACT_BUNDLE, ROOT, bundleIsFresh, ensureBundle, type BundleSpec } from "./cli-bundle.mjs";

function runNode(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("ensureBundle", () => {
  it("builds once, then rebuilds only when a source it was built from is newer", async () => {
    const root = mkdtempSync(join(tmpdir(), "cli-bundle-"));
    try {
      mkdirSync(join(root, "src"));
      writeFileSync(join(root, "src/main.ts"), `import { word } from "./word.js";\nconst n: number = 1;\nconsole.log(word, n);\n`);
      writeFileSync(join(root, "src/word.ts"), `export const word: string = "first";\n`);
      const earlier = new Date(Date.now() - 60_000);
      for (const f of ["src/main.ts", "src/word.ts"]) utimesSync(join(root, f), earlier, earlier);
      const spec: BundleSpec = { root, outDir: join(root, "out"), entries: { main: "src/main.ts" } };

      const first = await ensureBundle(spec);
      expect(first.built).toBe(true);
      expect(runNode([first.outputs.main!]).stdout).toBe("first 1\n");
      expect(bundleIsFresh(spec)).toBe(true);
      expect((await ensureBundle(spec)).built).toBe(false);

      // An edited import (not the entry) makes the bundle stale.
      writeFileSync(join(root, "src/word.ts"), `export const word: string = "second";\n`);
      expect(bundleIsFresh(spec)).toBe(false);
      const second = await ensureBundle(spec);
      expect(second.built).toBe(true);
      expect(runNode([second.outputs.main!]).stdout).toBe("second 1\n");
      expect((await ensureBundle(spec)).built).toBe(false);

      // A deleted output is rebuilt too.
      rmSync(second.outputs.main!);
      expect(bundleIsFresh(spec)).toBe(false);
      expect((await ensureBundle(spec)).built).toBe(true);
      expect(runNode([second.outputs.main!]).stdout).toBe("second 1\n");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("records every source the extractor bundle is made from", async () => {
    await ensureBundle(EXTRACT_BUNDLE);
    const inputs = JSON.parse(readFileSync(join(EXTRACT_BUNDLE.outDir, "inputs.json"), "utf8")) as string[];
    expect(inputs).toContain("src/cli/extract.ts");
    expect(inputs).toContain("src/cli/extract-worker.ts");
    expect(inputs).toContain("src/extract/gazetteer.ts");
    expect(inputs).toContain("src/extract/graph/layout.ts");
    // Bundled dependencies count as sources; tinypool is loaded from node_modules at run time.
    expect(inputs.some((p) => p.startsWith("node_modules/graphology/"))).toBe(true);
    expect(inputs.some((p) => p.startsWith("node_modules/tinypool/"))).toBe(false);
  });
});

describe("the bundled extractor (npm run extract)", () => {
  const work = mkdtempSync(join(tmpdir(), "cli-bundle-extract-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const extract = (launch: string[], out: string, extra: string[] = []) => {
    const run = runNode([...launch, "graph-data/articles", "--out", join(work, out), ...extra]);
    expect(run.status, run.stderr).toBe(0);
    return { bytes: readFileSync(join(work, out)), stderr: run.stderr };
  };

  it("writes the same bytes as the TypeScript CLI run through tsx, with and without workers", () => {
    const viaTsx = extract(["--import", "tsx", "src/cli/extract.ts"], "tsx.json").bytes;
    expect(extract(["scripts/extract.mjs"], "bundle.json").bytes.equals(viaTsx)).toBe(true);
    // The bundled worker thread really runs: so small a corpus would otherwise get one thread.
    const withWorker = extract(["scripts/extract.mjs"], "bundle-workers.json", ["--workers", "2", "--mb-per-thread", "0"]);
    expect(withWorker.stderr).toContain(" s on 2 threads, ");
    expect(withWorker.bytes.equals(viaTsx)).toBe(true);
  });
});
