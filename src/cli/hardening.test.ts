// The real CLI against a corpus of every kind of broken file at once, plus a run
// killed while it writes its output. Each bad file must be reported with its
// reason, the good files read, and the summary's counts must add up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseGraphFile } from "../shared/graph-schema.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "src/cli/extract.ts");

function extract(args: string[], timeout = 120_000) {
  const run = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout, maxBuffer: 64 << 20 });
  return { code: run.status, signal: run.signal, stderr: run.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hardening-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SENTENCES =
  "Sergei Lavrov met Antony Blinken in Geneva on Monday. The talks lasted two hours and covered arms control and " +
  "the situation around Ukraine. Kremlin spokesman Dmitry Peskov said the sides would keep talking. ";

/** Skip reasons keyed by the path below the corpus folder. */
function reasonsBelow(input: string, skipped: { source: string; reason: string }[]): Record<string, string> {
  return Object.fromEntries(skipped.map((s) => [s.source.slice(input.length + 1), s.reason]));
}

describe("the extractor on a corpus of broken files", () => {
  it(
    "reports every bad file with its reason, reads the good ones (a 50 MB single line among them), and its counts add up",
    () => {
      const input = join(dir, "corpus");
      mkdirSync(join(input, "nested", "deeper"), { recursive: true });
      // Good files, one of each readable kind.
      writeFileSync(join(input, "good.txt"), " date 2021-11-03 Joe Biden met Vladimir Putin in Geneva. They talked for hours.");
      writeFileSync(
        join(input, "good.jsonl"),
        '{"id":"j1","title":"Talks","date":"2021-05-01","text":"Sergei Lavrov met Antony Blinken."}\n' +
          '{"id":"j2","date":"2021-05-02","text":"Dmitry Kuleba met Antony Blinken in Kyiv."}\n',
      );
      // A CSV whose second row opens a quote it never closes: the first row is still read.
      writeFileSync(
        join(input, "unclosed.csv"),
        'id,date,headline,body\nc1,2022-06-24,Talks,"Vladimir Putin met Xi Jinping."\nc2,2022-06-25,Bad,"never closed, body\n',
      );
      // 50 MB on one line: one article, read whole.
      const huge = " date 2022-01-10 " + SENTENCES.repeat(Math.ceil((50 << 20) / SENTENCES.length));
      writeFileSync(join(input, "nested", "huge-single-line.txt"), huge);

      // Broken files.
      writeFileSync(join(input, "empty.txt"), "");
      writeFileSync(join(input, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      writeFileSync(join(input, "latin1.txt"), Buffer.from(" date 2021-01-01 Caf\xe9 au lait \xe0 Gen\xe8ve.", "latin1"));
      writeFileSync(join(input, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(" date 2021-01-01 Biden met Putin.", "utf16le")]));
      writeFileSync(join(input, "truncated.json"), '[{"id":"t1","date":"2021-01-01","text":"Lavrov met Blinken."},{"id":"t2","te');
      // A folder linking back to its ancestor: a loop that must be reported, not followed.
      symlinkSync(input, join(input, "nested", "deeper", "loop"));
      // "Unreadable" must hold for root too (chmod 000 does not stop root), so two files no user can read:
      // a dangling symlink (stat fails with ENOENT) and a FIFO (opening it for reading would block forever).
      symlinkSync(join(dir, "no-such-target.txt"), join(input, "dangling.txt"));
      execFileSync("mkfifo", [join(input, "fifo.txt")]);
      // A folder that looks like a file is walked as a folder (here: empty), not read or reported.
      mkdirSync(join(input, "folder.txt"));

      const out = join(dir, "out", "graph.json");
      const run = extract([input, "--out", out], 540_000);
      expect(run.signal).toBeNull();
      expect(run.code, run.stderr).toBe(0);

      const graph = JSON.parse(readFileSync(out, "utf8"));
      expect(parseGraphFile(graph).ok).toBe(true);
      const articles: { id: string; source: string }[] = graph.attributes.articles;
      expect(articles.map((a) => a.id).sort()).toEqual(["c1", "good", "huge-single-line", "j1", "j2"]);
      expect(reasonsBelow(input, graph.attributes.skipped)).toEqual({
        "binary.txt": "binary file (contains NUL bytes)",
        "dangling.txt": "cannot read (ENOENT)",
        "empty.txt": "empty file",
        "fifo.txt": "not a regular file (a FIFO, socket or device)",
        "latin1.txt": "not UTF-8 text (invalid byte sequence)",
        "truncated.json": expect.stringMatching(/^malformed JSON \(.+\)$/),
        "unclosed.csv:2": "broken CSV quoting (a quoted field is never closed)",
        "utf16.txt": "UTF-16 text is not read (save the file as UTF-8)",
      });

      // The 50 MB line was read through: its actors and their meeting are in the graph.
      expect(graph.nodes.map((n: { key: string }) => n.key)).toEqual(expect.arrayContaining(["blinken", "lavrov", "peskov"]));
      type Edge = { source: string; target: string; attributes: { interactions: { evidence: { article: string }[] }[] } };
      const fromHuge = graph.edges.filter((e: Edge) =>
        e.attributes.interactions.some((i) => i.evidence.some((ev) => ev.article === "huge-single-line")),
      );
      expect(fromHuge.map((e: { source: string; target: string }) => [e.source, e.target].sort().join("–"))).toContain("blinken–lavrov");

      // One warning per skip, and the counts add up: records seen = articles read + skipped.
      const skippedCount = graph.attributes.skipped.length;
      expect(run.stderr.match(/: skipped: /g)).toHaveLength(skippedCount);
      const summary = run.stderr.match(/records seen (\d+) = articles read (\d+) \+ skipped (\d+)/);
      expect(summary, run.stderr).not.toBeNull();
      const [seen, read, skipped] = summary!.slice(1).map(Number);
      expect([read, skipped]).toEqual([articles.length, skippedCount]);
      expect(seen).toBe(read! + skipped!);
      expect(run.stderr).toMatch(/loop: a link back to/);
      expect(readdirSync(join(dir, "out"))).toEqual(["graph.json"]); // no temporary file left behind
    },
    600_000,
  );

  it("a FIFO named on the command line is reported as such, never opened (reading it would hang)", () => {
    const fifo = join(dir, "direct.fifo.txt");
    execFileSync("mkfifo", [fifo]);
    const good = join(dir, "direct-good.txt");
    writeFileSync(good, " date 2021-11-03 Joe Biden met Vladimir Putin in Geneva.");
    const run = extract([fifo, good, "--out", join(dir, "direct.json")], 60_000);
    expect(run.signal).toBeNull(); // not killed by the timeout
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${fifo}: skipped: not a regular file (a FIFO, socket or device)`);
    expect(run.stderr).toContain("records seen 2 = articles read 1 + skipped 1");
  });
});

describe("an interrupted run", () => {
  it("killed while writing its output leaves the previous graph whole", async () => {
    // A preload makes the CLI's own writeFileSync write half of what it was given into the output
    // folder, then SIGKILL the process: the harshest moment to die. Writing to the output path
    // directly would leave half a graph there; writing to a temporary file and renaming leaves the old one.
    const outDir = join(dir, "killed");
    mkdirSync(outDir);
    const out = join(outDir, "graph.json");
    writeFileSync(out, "PREVIOUS");
    const preload = join(dir, "die-mid-write.mjs");
    writeFileSync(
      preload,
      `import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
const dying = (path) => String(path).startsWith(process.env.DIE_WRITING_IN);
const realWriteFile = fs.writeFileSync;
fs.writeFileSync = function (path, data, ...rest) {
  if (dying(path)) {
    const text = String(data);
    realWriteFile.call(fs, path, text.slice(0, text.length >> 1));
    process.kill(process.pid, "SIGKILL");
  }
  return realWriteFile.call(fs, path, data, ...rest);
};
// The graph is written in pieces through a descriptor: die after half of the first piece.
const doomed = new Set();
const realOpen = fs.openSync;
fs.openSync = function (path, ...rest) {
  const fd = realOpen.call(fs, path, ...rest);
  if (dying(path)) doomed.add(fd);
  return fd;
};
const realWrite = fs.writeSync;
fs.writeSync = function (fd, data, ...rest) {
  if (doomed.has(fd)) {
    const bytes = Buffer.from(data);
    realWrite.call(fs, fd, bytes.subarray(0, bytes.length >> 1));
    process.kill(process.pid, "SIGKILL");
  }
  return realWrite.call(fs, fd, data, ...rest);
};
syncBuiltinESMExports();
`,
    );
    const input = join(dir, "killed-input");
    mkdirSync(input);
    writeFileSync(join(input, "a.txt"), " date 2021-11-03 Joe Biden met Vladimir Putin in Geneva.");
    const child = spawn(process.execPath, ["--import", "tsx", "--import", preload, CLI, input, "--out", out], {
      cwd: ROOT,
      env: { ...process.env, DIE_WRITING_IN: outDir },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, s) => done(s)));
    expect(signal, stderr).toBe("SIGKILL");
    expect(readFileSync(out, "utf8")).toBe("PREVIOUS");
    // The half-written bytes went to a temporary file beside it, which a kill cannot tidy.
    const others = readdirSync(outDir).filter((f) => f !== "graph.json");
    expect(others).toHaveLength(1);
    expect(others[0]).toMatch(/^\.graph\.json\.\d+\.tmp$/);

    // The next run replaces the graph whole.
    const again = extract([input, "--out", out]);
    expect(again.code).toBe(0);
    expect(parseGraphFile(JSON.parse(readFileSync(out, "utf8"))).ok).toBe(true);
  }, 120_000);
});
