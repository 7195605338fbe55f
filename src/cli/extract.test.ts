import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseGraphFile } from "../shared/graph-schema.js";
import { parseExtractArgs } from "./extract-args.js";
import { UsageError } from "./command-line.js";
import { runExtract } from "./extract.js";
import { SEED_ARTICLES as SEEDS } from "../extract/graph/seed-results.fixture.js";
import { parseGazetteer } from "../extract/gazetteer.js";
import { writeCorpus } from "../generate/write.js";

const ROOT = resolve(import.meta.dirname, "../..");
const KREMLIN = resolve(ROOT, "../shared/corpus/kremlin/putin.csv");

function extract(args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/extract.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: run.status, stderr: run.stderr, stdout: run.stdout };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the seeds, `copies` times over, under distinct names. */
function manySeeds(target: string, copies: number): void {
  mkdirSync(target, { recursive: true });
  const seeds = readdirSync(SEEDS);
  for (let k = 0; k < copies; k++) for (const f of seeds) cpSync(join(SEEDS, f), join(target, `${String(k).padStart(4, "0")}-${f}`));
}

describe("parseExtractArgs", () => {
  it("has the documented defaults and reads the weights", () => {
    const o = parseExtractArgs(["a", "b", "--w-meeting", "5", "--workers", "2", "--strict"]);
    expect(o).toMatchObject({ inputs: ["a", "b"], out: "graph-data/graph.json", actors: "graph-data/gazetteer.yaml", workers: 2, strict: true });
    expect(o.weights).toEqual({ meeting: 5, statement: 1, comention: 0.25 });
    expect(parseExtractArgs([]).inputs).toEqual(["graph-data/articles"]);
    expect(parseExtractArgs([]).mbPerThread).toBe(40);
    expect(parseExtractArgs(["--mb-per-thread", "0"]).mbPerThread).toBe(0);
    expect(parseExtractArgs(["--mb-per-thread", "2.5"]).mbPerThread).toBe(2.5);
  });
  it("rejects bad numbers and unknown flags", () => {
    expect(() => parseExtractArgs(["--w-statement", "-1"])).toThrow(UsageError);
    expect(() => parseExtractArgs(["--workers", "0"])).toThrow(UsageError);
    expect(() => parseExtractArgs(["--mb-per-thread", "-1"])).toThrow(UsageError);
    expect(() => parseExtractArgs(["--mb-per-thread", "many"])).toThrow(UsageError);
    expect(() => parseExtractArgs(["--frobnicate"])).toThrow(UsageError);
  });
});

describe("npm run extract", () => {
  it("reads a folder of good and broken files: every record is read or skipped with a reason", () => {
    const input = join(dir, "broken");
    mkdirSync(join(input, "sub"), { recursive: true });
    writeFileSync(join(input, "good.txt"), " date 2021-11-03 Joe Biden met Vladimir Putin in Geneva. They talked.");
    writeFileSync(join(input, "nodate.txt"), "Talks in Geneva\n\nJoe Biden met Vladimir Putin.");
    writeFileSync(join(input, "empty.txt"), "");
    writeFileSync(join(input, "blob.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
    writeFileSync(join(input, "latin1.txt"), Buffer.from(" date 2021-01-01 Caf\xe9 au lait.", "latin1"));
    writeFileSync(join(input, "baddate.txt"), " date 2021-02-30 Biden spoke.");
    writeFileSync(
      join(input, "records.jsonl"),
      '{"id":"j1","title":"T","date":"2021-05-01","text":"Lavrov met Blinken."}\n{"id": broken\n{"id":"j3","date":"2021-05-02"}\n',
    );
    writeFileSync(
      join(input, "table.csv"),
      'link,headline,date,summary,body\nhttp://x/1,Talks,2022-06-24T17:30:00Z,"Putin met ""Xi"".","Long, long body."\nhttp://x/2,Bad,2022-06-25,"never closed,body\n',
    );
    writeFileSync(join(input, "image.png"), "not read");
    symlinkSync(input, join(input, "sub", "loop"));
    const out = join(dir, "broken.json");

    const run = extract([input, "--out", out]);
    expect(run.stderr).toContain("records seen 11 = articles read 4 + skipped 7");
    expect(run.code).toBe(0);
    const graph = JSON.parse(readFileSync(out, "utf8"));
    expect(parseGraphFile(graph).ok).toBe(true);
    const articles = graph.attributes.articles.map((a: { id: string }) => a.id).sort();
    expect(articles).toEqual(["good", "j1", "nodate", "table:1"]);
    const reasons = Object.fromEntries(graph.attributes.skipped.map((s: { source: string; reason: string }) => [s.source.slice(input.length + 1), s.reason]));
    expect(reasons).toEqual({
      "baddate.txt": "impossible date 2021-02-30",
      "blob.txt": "binary file (contains NUL bytes)",
      "empty.txt": "empty file",
      "latin1.txt": "not UTF-8 text (invalid byte sequence)",
      "records.jsonl:2": expect.stringContaining("malformed JSON"),
      "records.jsonl:3": expect.stringContaining("no text"),
      "table.csv:2": "broken CSV quoting (a quoted field is never closed)",
    });
    // One warning line per skip, plus the missing date, the symlink loop and the ignored file.
    expect(run.stderr.match(/: skipped: /g)).toHaveLength(7);
    expect(run.stderr).toContain("nodate.txt: no date found");
    expect(run.stderr).toContain("+ skipped 7; 1 article without a date; actors");
    expect(run.stderr).toMatch(/loop: a link back to/);
    expect(run.stderr).toContain("1 file(s) in the input folders were not read");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    // --strict: any skip exits 1 and leaves the graph file alone.
    writeFileSync(out, "PREVIOUS");
    const strict = extract([input, "--out", out, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("--strict: 7 record(s) skipped");
    expect(readFileSync(out, "utf8")).toBe("PREVIOUS");
  });

  it("exits 2 naming a path that does not exist, or when no article is read", () => {
    const missing = extract([join(dir, "nowhere"), "--out", join(dir, "x.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`no such file or folder: ${join(dir, "nowhere")}`);

    const onlyBad = join(dir, "only-bad");
    mkdirSync(onlyBad);
    writeFileSync(join(onlyBad, "empty.txt"), "");
    const none = extract([onlyBad, "--out", join(dir, "x.json")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`no article read from ${onlyBad} (1 skipped)`);
    expect(existsSync(join(dir, "x.json"))).toBe(false);

    expect(extract(["--workers", "x"]).code).toBe(2);
    expect(extract(["--actors", join(dir, "no-gazetteer.yaml")]).stderr).toContain("no such gazetteer");
  });

  it("exits 2 naming the temporary folder when it cannot keep evidence there", async () => {
    // In process: tsx itself needs a usable temporary folder to start the CLI in a child.
    const notAFolder = join(dir, "tmp-is-a-file");
    writeFileSync(notAFolder, "");
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = notAFolder;
    try {
      await expect(runExtract([SEEDS, "--out", join(dir, "no-tmp.json")])).rejects.toMatchObject({
        code: 2,
        message: expect.stringContaining(`cannot make temporary files in ${notAFolder} (set TMPDIR to a writable folder)`),
      });
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(existsSync(join(dir, "no-tmp.json"))).toBe(false);
  });

  it("writes byte-identical output with --workers 1, 2 and 3", () => {
    const input = join(dir, "many");
    // 120 articles, 4 batches. The first goes to a worker thread, and the main thread extracts the next ones while that
    // thread starts, so results come back out of reading order (on a run this short, usually no other worker thread gets any).
    manySeeds(input, 24);
    const one = extract([input, "--out", join(dir, "w1.json"), "--workers", "1"]);
    expect(one.code).toBe(0);
    expect(one.stderr).toContain(" s on 1 thread, ");
    for (const workers of ["2", "3"]) {
      // So small an input runs on one thread unless told otherwise.
      const run = extract([input, "--out", join(dir, `w${workers}.json`), "--workers", workers, "--mb-per-thread", "0"]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain("articles read 120 + skipped 0");
      expect(run.stderr).toContain(` s on ${workers} threads, `);
      expect(run.stderr).not.toContain("note:");
      // Every article extracted once, by the main thread or a worker thread, and both had some.
      const shares = /; articles per thread ([\d +]+)\n/.exec(run.stderr)![1]!.split(" + ").map(Number);
      expect(shares).toHaveLength(Number(workers));
      expect(shares.reduce((a, b) => a + b, 0)).toBe(120);
      expect(shares[0]).toBeGreaterThan(0);
      expect(shares[1]).toBeGreaterThan(0);
      expect(readFileSync(join(dir, `w${workers}.json`), "utf8")).toBe(readFileSync(join(dir, "w1.json"), "utf8"));
    }
  }, 180_000);

  it("writes the same bytes in every time zone", async () => {
    // Generated articles: the generator's forms of date (weekdays, days with and without a year, casual
    // words), each read against the article's own day, which is where a zone could move a reading.
    const input = join(dir, "zones");
    const gazetteer = parseGazetteer(readFileSync(join(ROOT, "graph-data/gazetteer.yaml"), "utf8"), "gazetteer.yaml");
    await writeCorpus(input, gazetteer, { seed: 11, count: 400, layouts: ["jsonl", "dated"], truthPath: join(dir, "zones.truth.json") });
    // And plans on days without a year half a year from the article's: there chrono's nearest year turns on the
    // zone's hours, and the tense must settle the year (resolve.ts, dateAt) whatever chrono chose.
    const guests = ["Joe Biden", "Emmanuel Macron", "Olaf Scholz", "Xi Jinping", "Narendra Modi"];
    const edge = (id: string, date: string, month: string) => ({
      id,
      title: "Plans",
      date,
      text: guests.map((guest, i) => `Vladimir Putin will meet ${guest} on ${month} ${9 + i}.`).join(" "),
    });
    writeFileSync(join(input, "edges.jsonl"), [edge("edge-1", "2022-01-10", "July"), edge("edge-2", "2022-07-11", "January")].map((a) => JSON.stringify(a)).join("\n") + "\n");
    const outputs = ["UTC", "Pacific/Kiritimati", "America/Santiago", "Pacific/Pago_Pago"].map((zone) => {
      const out = join(dir, `zone-${zone.replace("/", "-")}.json`);
      const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/extract.ts"), input, "--out", out], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 120_000,
        env: { ...process.env, TZ: zone },
      });
      expect(run.status, `${zone}: ${run.stderr}`).toBe(0);
      expect(run.stderr).toContain("articles read 402 + skipped 0");
      return readFileSync(out, "utf8");
    });
    const graph = JSON.parse(outputs[0]!) as { edges: { attributes: { interactions: { date: string | null }[] } }[] };
    const dates = new Set(graph.edges.flatMap((e) => e.attributes.interactions.map((x) => x.date)));
    expect(dates.size).toBeGreaterThan(100);
    for (const other of outputs.slice(1)) expect(other).toBe(outputs[0]);
  }, 180_000);

  it("runs on one thread when the input is too small to pay for a second and no core is spare, and says so", () => {
    // As many threads as cores: none left for V8's own, as on the 2-core machines this was measured on.
    const n = Math.max(2, availableParallelism());
    const run = extract([SEEDS, "--out", join(dir, "small.json"), "--workers", String(n)]);
    expect(run.code).toBe(0);
    const cores = `${availableParallelism()} core${availableParallelism() === 1 ? "" : "s"}`;
    // On one core the cores alone would say 1.
    const why = availableParallelism() === 1 ? "no more threads than cores: more would only share them" : "a thread beyond the first for each 40 MB: on less it costs more than it saves";
    expect(run.stderr).toMatch(new RegExp(`note: --workers ${n}: 1 thread for 0\\.\\d MB of input on ${cores} \\(${why}\\); --mb-per-thread 0 starts all ${n}\n`));
    expect(run.stderr).toContain(" s on 1 thread, ");
    // Each extra thread's share of input can be set: here a byte is enough for it.
    const forced = extract([SEEDS, "--out", join(dir, "small-forced.json"), "--workers", String(n), "--mb-per-thread", "0.000001"]);
    expect(forced.stderr).toContain(` s on ${n} threads, `);
    expect(forced.stderr).not.toContain("note:");
    expect(readFileSync(join(dir, "small-forced.json"), "utf8")).toBe(readFileSync(join(dir, "small.json"), "utf8"));
  }, 120_000);

  it("leaves the previous graph file in place, and no temporary file, when killed mid-run", async () => {
    const input = join(dir, "big");
    manySeeds(input, 300);
    writeFileSync(join(input, "0000-aaa-empty.txt"), ""); // read first: its warning shows the run has started
    const out = join(dir, "killed.json");
    writeFileSync(out, "PREVIOUS");
    // Its evidence kept on disk goes too: the files have no name from the start.
    const tmp = mkdtempSync(join(dir, "tmp-"));
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/extract.ts"), input, "--out", out], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp } });
    let stderr = "";
    const ended = new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, signal) => done(signal)));
    await new Promise<void>((started) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes("skipped: empty file")) started();
      });
      child.on("exit", () => started()); // never wait for a message that cannot come
    });
    child.kill("SIGKILL");
    expect(await ended).toBe("SIGKILL");
    expect(stderr).not.toContain("records seen");
    expect(readFileSync(out, "utf8")).toBe("PREVIOUS");
    expect(readdirSync(tmp).filter((f) => f.startsWith("actor-graph-"))).toEqual([]);
  });

  describe.skipIf(!existsSync(KREMLIN))("the Kremlin corpus", () => {
    it("reads putin.csv whole: 816 articles, none skipped", () => {
      const out = join(dir, "kremlin.json");
      const run = extract([KREMLIN, "--out", out]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain("records seen 816 = articles read 816 + skipped 0");
      const graph = JSON.parse(readFileSync(out, "utf8"));
      expect(graph.attributes.articles).toHaveLength(816);
      expect(graph.attributes.articles[0].source).toMatch(/putin\.csv:\d+$/);
      expect(graph.attributes.articles.every((a: { date: string }) => /^2\d{3}-\d\d-\d\d$/.test(a.date))).toBe(true);
    });
  });
});
