import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "generate-corpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const generate = (args: string[]): string => execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/generate-corpus.ts"), ...args], { cwd: ROOT, encoding: "utf8" });

describe("npm run generate:corpus", () => {
  it("writes the truth beside the corpus folder, so extracting the folder reads articles only", () => {
    const out = join(dir, "corpus");
    const printed = generate(["--out", out, "--articles", "12", "--layouts", "jsonl,dated"]);
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files.some((f) => f.endsWith(".jsonl"))).toBe(true);
    expect(files.filter((f) => f.endsWith(".json"))).toEqual([]);
    const truth = JSON.parse(readFileSync(`${out}.truth.json`, "utf8")) as { interactions: unknown[] };
    expect(truth.interactions.length).toBeGreaterThan(0);
    expect(printed).toContain(`${out}.truth.json`);
  });

  it("writes the truth where --truth says", () => {
    const out = join(dir, "other");
    const truth = join(dir, "facts.json");
    generate(["--out", out, "--articles", "5", "--truth", truth]);
    expect(existsSync(truth)).toBe(true);
    expect(existsSync(`${out}.truth.json`)).toBe(false);
  });
});
