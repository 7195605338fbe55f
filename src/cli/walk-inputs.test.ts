import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { walkInputs } from "./walk-inputs.js";

function withTree(run: (dir: string) => void): void {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "walk-inputs-")));
  try {
    mkdirSync(join(dir, "sub"));
    for (const f of ["a.txt", "b.txt", "sub/c.txt"]) writeFileSync(join(dir, f), f);
    symlinkSync(join(dir, "a.txt"), join(dir, "link.txt"));
    symlinkSync(join(dir, "sub"), join(dir, "zlink"));
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("walkInputs", () => {
  it("reads each file once, however many links and paths lead to it", () => {
    withTree((dir) => {
      const walk = walkInputs([dir, join(dir, "b.txt")]);
      expect(walk.files.map((f) => f.path)).toEqual([join(dir, "a.txt"), join(dir, "b.txt"), join(dir, "sub", "c.txt")]);
      expect(walk.files.map((f) => f.size)).toEqual([5, 5, 9]);
      expect(walk.warnings).toEqual([
        `${join(dir, "link.txt")}: the same file as ${join(dir, "a.txt")}; read once`,
        `${join(dir, "zlink")}: a link back to ${join(dir, "sub")} (symlink loop or repeated folder); not read again`,
        `${join(dir, "b.txt")}: the same file as ${join(dir, "b.txt")}; read once`,
      ]);
    });
  });

  it("knows a file found through a linked folder from the same file named directly", () => {
    withTree((dir) => {
      const walk = walkInputs([join(dir, "zlink"), join(dir, "sub", "c.txt")]);
      expect(walk.files.map((f) => f.path)).toEqual([join(dir, "zlink", "c.txt")]);
      expect(walk.warnings).toEqual([`${join(dir, "sub", "c.txt")}: the same file as ${join(dir, "zlink", "c.txt")}; read once`]);
    });
  });
});
