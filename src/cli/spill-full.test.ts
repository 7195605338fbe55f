// A disk that fills up during a run: every write to a file fails with ENOSPC once `full` is set.
import { afterEach, describe, expect, it, vi } from "vitest";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SEED_ARTICLES } from "../extract/graph/seed-results.fixture.js";

// `full`: every write fails; `fullFor`: only writes to files opened under a path containing it.
const disk = vi.hoisted(() => ({ full: false, fullFor: "", fds: new Set<number>() }));
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  const openSync = ((path: string, ...rest: unknown[]) => {
    const fd = (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
    if (disk.fullFor && String(path).includes(disk.fullFor)) disk.fds.add(fd);
    else disk.fds.delete(fd);
    return fd;
  }) as typeof fs.openSync;
  const writeSync = ((fd: number, ...rest: unknown[]) => {
    if (disk.full || disk.fds.has(fd)) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    return (fs.writeSync as (...a: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, openSync, writeSync }, openSync, writeSync };
});

const { SpillError, SpillFile } = await import("./spill-file.js");
const { runExtract } = await import("./extract.js");


afterEach(() => {
  disk.full = false;
  disk.fullFor = "";
  disk.fds.clear();
});

describe("a full disk", () => {
  it("makes a temporary file's write a SpillError naming the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "spill-full-"));
    try {
      const file = new SpillFile(join(dir, "f"));
      file.append("fits in the buffer");
      disk.full = true;
      expect(() => file.flush()).toThrow(SpillError);
      expect(() => file.flush()).toThrow(`cannot write the temporary file ${join(dir, "f")}: ENOSPC: no space left on device, write`);
      file.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops a run with exit 2 and one line that says what to do, writing no graph", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spill-full-"));
    try {
      disk.full = true;
      const out = join(dir, "graph.json");
      await expect(runExtract([SEED_ARTICLES, "--out", out])).rejects.toMatchObject({
        code: 2,
        message: expect.stringMatching(/^cannot write the temporary file .*: ENOSPC: no space left on device, write \(set TMPDIR to a folder with more room than .*\)$/),
      });
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops a run with exit 2 naming the graph file when that cannot be written, leaving no part of it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spill-full-"));
    try {
      const out = join(dir, "graph.json");
      disk.fullFor = dir;
      await expect(runExtract([SEED_ARTICLES, "--out", out])).rejects.toMatchObject({
        code: 2,
        message: `cannot write ${out}: ENOSPC: no space left on device, write`,
      });
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
