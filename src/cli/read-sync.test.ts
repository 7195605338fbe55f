// The input reader reads files synchronously (read-inputs.ts, fileChunks): a read stream handed every
// 32 KB piece to libuv's thread pool, whose thread then waited for a core busy extracting. It must
// still turn the event loop as it reads, so that Ctrl+C and the worker threads' results get in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readInput } from "./read-inputs.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "src/cli/extract.ts");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "read-sync-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A JSON Lines corpus of about `bytes` bytes. */
function jsonl(name: string, bytes: number): string {
  const text = "Sergei Lavrov met Antony Blinken in Geneva on Monday. The talks covered arms control. ".repeat(20);
  const lines: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const line = JSON.stringify({ id: `a${i}`, date: "2021-11-03", title: `Article ${i}`, text });
    lines.push(line);
    size += line.length + 1;
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

describe("reading an input file", () => {
  it("never waits on the thread pool, and turns the event loop every few pieces", async () => {
    const path = jsonl("pool.jsonl", 2 << 20);
    let turns = 0;
    let reading = true;
    const tick = (): void => {
      turns++;
      if (reading) setImmediate(tick);
    };
    setImmediate(tick);
    const inFlight: string[][] = [];
    let articles = 0;
    for await (const e of readInput({ path, kind: "jsonl", size: statSync(path).size }, () => {})) {
      if (e.type !== "article") continue;
      articles++;
      inFlight.push(process.getActiveResourcesInfo().filter((r) => r.startsWith("FSReq")));
    }
    reading = false;
    expect(articles).toBeGreaterThan(1000);
    // A read stream keeps a read on the thread pool ahead of the records it hands out.
    expect(inFlight.filter((r) => r.length > 0)).toEqual([]);
    // 2 MB in pieces of 32 KB, the loop turned every 8 of them (256 KB): at least 7 times.
    expect(turns).toBeGreaterThanOrEqual(7);
  });

  it("lets Ctrl+C stop a one-worker run in the middle of a file", async () => {
    const input = join(dir, "interrupted");
    mkdirSync(input);
    const corpus = jsonl("interrupted/corpus.jsonl", 4 << 20);
    const size = statSync(corpus).size;
    // The preload counts the corpus's bytes read, however they are read, and sends SIGINT after 512 KB.
    const preload = join(dir, "interrupt.mjs");
    writeFileSync(
      preload,
      `import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
let fd = -1, bytes = 0, sent = false;
const count = (f, n) => {
  if (f === fd && n > 0) bytes += n;
  if (!sent && bytes >= 512 * 1024) { sent = true; process.kill(process.pid, "SIGINT"); }
};
const realOpen = fs.openSync, realOpenCb = fs.open, realReadSync = fs.readSync, realRead = fs.read;
fs.openSync = function (path, ...rest) { const f = realOpen.call(fs, path, ...rest); if (String(path).endsWith("corpus.jsonl")) fd = f; return f; };
fs.open = function (path, ...rest) { const cb = rest.pop(); return realOpenCb.call(fs, path, ...rest, (e, f) => { if (!e && String(path).endsWith("corpus.jsonl")) fd = f; cb(e, f); }); };
fs.readSync = function (f, ...rest) { const n = realReadSync.call(fs, f, ...rest); count(f, n); return n; };
fs.read = function (f, ...rest) { const cb = rest.pop(); return realRead.call(fs, f, ...rest, (e, n, b) => { if (!e) count(f, n); cb(e, n, b); }); };
process.on("exit", () => process.stderr.write("corpus bytes read: " + bytes + "\\n"));
syncBuiltinESMExports();
`,
    );
    const out = join(dir, "interrupted.json");
    const child = spawn(process.execPath, ["--import", "tsx", "--import", preload, CLI, input, "--workers", "1", "--out", out], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on("exit", (c) => done(c)));
    expect(code, stderr).toBe(130);
    expect(existsSync(out)).toBe(false);
    const read = Number(/corpus bytes read: (\d+)/.exec(stderr)?.[1]);
    // Stopped within a turn of the loop (256 KB) of the signal, not after reading the whole file.
    expect(read).toBeGreaterThanOrEqual(512 * 1024);
    expect(read).toBeLessThan(size / 2);
  }, 60_000);
});
