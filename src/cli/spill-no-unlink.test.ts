// Where an open file cannot be unlinked (Windows, some network file systems), a run's
// temporary files keep their names until the run ends; they must still go, whether the run
// ends well, with an error or through process.exit (Ctrl+C and kill signals end that way).
import { afterEach, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { DEFAULT_WEIGHTS, type Article } from "../shared/types.js";

// Unlinking a file fails while it is open, as on such systems; once closed it can go.
// `noUnlinkEver`: not even then (a file held by another program).
const fsState = vi.hoisted(() => ({ noUnlinkWhileOpen: false, noUnlinkEver: false, open: new Map<number, string>() }));
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  const openSync = ((path: string, ...rest: unknown[]) => {
    const fd = (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
    fsState.open.set(fd, String(path));
    return fd;
  }) as typeof fs.openSync;
  const closeSync = ((fd: number) => {
    fsState.open.delete(fd);
    fs.closeSync(fd);
  }) as typeof fs.closeSync;
  const refused = (path: string) => Object.assign(new Error(`EPERM: operation not permitted, unlink '${path}'`), { code: "EPERM" });
  const unlinkSync = ((path: string) => {
    if (fsState.noUnlinkEver || (fsState.noUnlinkWhileOpen && [...fsState.open.values()].includes(String(path)))) throw refused(path);
    fs.unlinkSync(path);
  }) as typeof fs.unlinkSync;
  // rmSync unlinks through Node's own fs, which this mock does not reach.
  const rmSync = ((path: string, options?: Parameters<typeof fs.rmSync>[1]) => {
    if (fsState.noUnlinkEver) throw refused(path);
    fs.rmSync(path, options);
  }) as typeof fs.rmSync;
  const patched = { openSync, closeSync, unlinkSync, rmSync };
  return { ...fs, default: { ...fs, ...patched }, ...patched };
});

const { SpilledArticles } = await import("./spilled-articles.js");
const { GraphAccumulator } = await import("../extract/graph/accumulate.js");
const { digestArticle } = await import("../extract/graph/digest.js");
const { assembleGraph, processArticle } = await import("../extract/pipeline.js");
const { testIndex } = await import("../extract/actors/test-gazetteer.js");

const ROOT = resolve(import.meta.dirname, "../..");
const ARTICLE: Article = { id: "a1", title: "Talks", date: "2022-01-10", url: null, source: "a1.txt", text: "Joe Biden met Vladimir Putin in Geneva." };

afterEach(() => {
  fsState.noUnlinkWhileOpen = false;
  fsState.noUnlinkEver = false;
  vi.restoreAllMocks();
});

/** A spill made in a fresh folder where open files cannot be unlinked; the folder goes afterwards. */
function withNamedSpill(run: (spilled: InstanceType<typeof SpilledArticles>, parent: string, folder: string) => void): void {
  const parent = mkdtempSync(join(tmpdir(), "spill-named-"));
  try {
    fsState.noUnlinkWhileOpen = true;
    const spilled = new SpilledArticles(parent);
    const [folder, ...others] = readdirSync(parent);
    expect(others).toEqual([]);
    run(spilled, parent, folder!);
  } finally {
    fsState.noUnlinkEver = false;
    rmSync(parent, { recursive: true, force: true });
  }
}

describe("temporary files that cannot be unlinked while open", () => {
  it("stay named during the run, still make the graph, and are removed with their folder when it ends", () => {
    withNamedSpill((spilled, parent, folder) => {
      expect(folder).toMatch(/^actor-graph-/);
      expect(readdirSync(join(parent, folder)).sort()).toEqual(["articles.json", "edges.json", "sentences.txt"]);
      const result = processArticle(ARTICLE, testIndex);
      const acc = new GraphAccumulator(testIndex, spilled.add);
      acc.add(digestArticle(result));
      const graph = spilled.graph(acc.nodes(), [], { weights: DEFAULT_WEIGHTS });
      graph.write(join(parent, "graph.json"));
      spilled.dispose();
      expect(readdirSync(parent)).toEqual(["graph.json"]);
      const written = readFileSync(join(parent, "graph.json"), "utf8");
      expect(written).toBe(JSON.stringify(assembleGraph([result], [], testIndex, { weights: DEFAULT_WEIGHTS })));
      expect(JSON.parse(written).edges).toHaveLength(1);
    });
  });

  it("hold each evidence sentence once, however many interactions cite it", () => {
    withNamedSpill((spilled, parent, folder) => {
      const sentence = "Joe Biden met Vladimir Putin and Volodymyr Zelensky in Geneva.";
      const result = processArticle({ ...ARTICLE, text: `${sentence} Biden said Putin had a point.` }, testIndex);
      const cited = result.interactions.filter((x) => x.sentence === sentence);
      expect(cited.length).toBe(3);
      const acc = new GraphAccumulator(testIndex, spilled.add);
      acc.add(digestArticle(result));
      const graph = spilled.graph(acc.nodes(), [], { weights: DEFAULT_WEIGHTS });
      // Read back (so written out) by now, and still named.
      const held = readFileSync(join(parent, folder, "sentences.txt"), "utf8");
      expect(held).toBe(`${sentence}Biden said Putin had a point.`);
      graph.write(join(parent, "graph.json"));
      spilled.dispose();
      expect(readFileSync(join(parent, "graph.json"), "utf8")).toBe(JSON.stringify(assembleGraph([result], [], testIndex, { weights: DEFAULT_WEIGHTS })));
    });
  });

  it("that cannot be removed even when closed cost a warning naming where they are, not the run", () => {
    withNamedSpill((spilled, parent, folder) => {
      const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
      fsState.noUnlinkEver = true;
      expect(() => spilled.dispose()).not.toThrow();
      // Every file was closed all the same.
      expect([...fsState.open.values()].filter((path) => path.startsWith(join(parent, folder)))).toEqual([]);
      expect(stderr.mock.calls.map((c) => String(c[0]))).toEqual([
        expect.stringMatching(new RegExp(`^warning: cannot remove the temporary files in ${join(parent, folder)}: EPERM: operation not permitted, unlink '.*'\n$`)),
      ]);
    });
  });

  it("are removed when the process exits without disposing of them", () => {
    const parent = mkdtempSync(join(tmpdir(), "spill-named-"));
    try {
      // A child in which an open file cannot be unlinked, which exits with status 3 holding its spill open.
      const script = `
        import fs from "node:fs";
        import { syncBuiltinESMExports } from "node:module";
        const open = new Map();
        const { openSync, closeSync, unlinkSync } = fs;
        fs.openSync = (path, ...rest) => { const fd = openSync(path, ...rest); open.set(fd, String(path)); return fd; };
        fs.closeSync = (fd) => { open.delete(fd); closeSync(fd); };
        fs.unlinkSync = (path) => {
          if ([...open.values()].includes(String(path))) throw Object.assign(new Error("EPERM"), { code: "EPERM" });
          unlinkSync(path);
        };
        syncBuiltinESMExports();
        const { SpilledArticles } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "src/cli/spilled-articles.ts")).href)});
        const spilled = new SpilledArticles(${JSON.stringify(parent)});
        spilled.add({ article: ${JSON.stringify(ARTICLE)}, sentences: [], interactions: [] });
        process.stdout.write(JSON.stringify(fs.readdirSync(${JSON.stringify(parent)})));
        process.exit(3);
      `;
      const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], { cwd: ROOT, encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(3);
      // While it ran, the folder was there with its files named...
      expect(JSON.parse(run.stdout)).toEqual([expect.stringMatching(/^actor-graph-/)]);
      // ...and the exit took it away.
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, 30_000);
});
