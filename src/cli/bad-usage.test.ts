// Bad usage of the project's commands (sample, eval, generate:corpus, generate:graph, extract, export), run as a user runs them:
// a message naming the option and the value, then the usage, on stderr, exit code 2, no stack trace, and nothing
// written; --help prints the usage on stdout with exit code 0.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../scripts/generate-graph.js";
import { parseGraphFile } from "../shared/graph-schema.js";
import { parseSampleArgs } from "./sample.js";
import { UsageError } from "./command-line.js";

const ROOT = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "bad-usage-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCRIPTS = {
  sample: "src/cli/sample.ts",
  eval: "src/cli/eval.ts",
  "generate:corpus": "scripts/generate-corpus.ts",
  "generate:graph": "scripts/generate-graph.ts",
  extract: "src/cli/extract.ts",
  export: "src/cli/export.ts",
} as const;
type Command = keyof typeof SCRIPTS;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command as `npm run` does (through tsx), without blocking the other tests. */
function run(command: Command, args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", SCRIPTS[command], ...args], { cwd: ROOT, timeout: 50_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}

/** Bad usage: exit code 2, "<command>: <reason>" first, then the usage; nothing on stdout, no stack trace. */
function expectBadUsage(r: Run, command: Command, reason: string | RegExp): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|Error:/);
  expect(r.status).toBe(2);
  const [first, ...rest] = r.stderr.split("\n");
  expect(first!.startsWith(`${command}: `)).toBe(true);
  if (typeof reason === "string") expect(first).toContain(reason);
  else expect(first).toMatch(reason);
  expect(rest.join("\n")).toContain(`Usage: npm run ${command}`);
  expect(r.stdout).toBe("");
}

function expectHelp(r: Run, command: Command): void {
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(new RegExp(`^Usage: npm run ${command}`));
  expect(r.stderr).toBe("");
}

const graphPath = join(dir, "graph.json");
writeFileSync(graphPath, JSON.stringify(generateGraph({ actors: 12, edges: 30, seed: 2 })));

describe.concurrent("npm run sample", () => {
  it("--help prints the usage", async () => {
    expectHelp(await run("sample", ["--help"]), "sample");
  });
  it("rejects an unknown option", async () => {
    expectBadUsage(await run("sample", [graphPath, "--bogus"]), "sample", "Unknown option '--bogus'");
  });
  it("rejects a count that is not a whole number ≥ 1", async () => {
    expectBadUsage(await run("sample", [graphPath, "--n", "abc"]), "sample", `--n must be a whole number ≥ 1, got "abc"`);
  });
  it("still draws from a graph", async () => {
    const r = await run("sample", [graphPath, "--type", "comention", "--n", "2", "--seed", "3"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 of \d+ comention interactions, seed 3\n/);
  });
});

describe("parseSampleArgs", () => {
  it("reads the graph and the options", () => {
    expect(parseSampleArgs(["g.json"])).toEqual({ path: "g.json", type: "meeting", n: 40, seed: 1 });
    expect(parseSampleArgs(["g.json", "--type", "statement", "--n", "5", "--seed", "0", "--without", "putin"])).toEqual({
      path: "g.json",
      type: "statement",
      n: 5,
      seed: 0,
      without: "putin",
    });
  });
  it.each([
    [[], /GRAPH.json is required/],
    [["a.json", "b.json"], /one graph file at a time, got 2: a.json b.json/],
    [["g.json", "--type", "lunch"], /--type must be one of meeting, statement, comention, got "lunch"/],
    [["g.json", "--n=-5"], /--n must be a whole number ≥ 1, got "-5"/],
    [["g.json", "--n", "0"], /--n must be a whole number ≥ 1, got "0"/],
    [["g.json", "--seed", "1.5"], /--seed must be a whole number from 0 to 4294967295, got "1.5"/],
    [["g.json", "--without", ""], /--without needs an actor key/],
  ])("rejects %j", (args, message) => {
    expect(() => parseSampleArgs(args)).toThrow(UsageError);
    expect(() => parseSampleArgs(args)).toThrow(message);
  });
});

describe.concurrent("npm run eval", () => {
  // Only the bad-usage path: a whole evaluation takes far longer than these tests should.
  it("rejects an unknown option before measuring anything", async () => {
    const r = await run("eval", ["--bogus"]);
    expectBadUsage(r, "eval", "Unknown option '--bogus'");
    expect(r.stdout).not.toContain("##");
  });
  it("rejects an argument, as it takes none", async () => {
    expectBadUsage(await run("eval", ["graph-data/graph.json"]), "eval", "Unexpected argument 'graph-data/graph.json'");
  });
  it("--help prints the usage", async () => {
    expectHelp(await run("eval", ["-h"]), "eval");
  });
});

describe.concurrent("npm run generate:corpus", () => {
  it.each([
    [["--bogus"], "Unknown option '--bogus'"],
    [["--articles", "abc"], `--articles must be a whole number from 1 to 10000000, got "abc"`],
    [["--articles=-5"], `--articles must be a whole number from 1 to 10000000, got "-5"`],
    [["--seed", "1.5"], `--seed must be a whole number from 0 to 4294967295, got "1.5"`],
    [["--shard-size", "0"], `--shard-size must be a whole number ≥ 1, got "0"`],
    [["--layouts", "jsonl,pdf"], `--layouts: unknown layout(s) "pdf"`],
    [["--gazetteer", "no-such-gazetteer.yaml"], "--gazetteer no-such-gazetteer.yaml: ENOENT"],
  ])("rejects %j and writes nothing", async (args, reason) => {
    const out = join(dir, `corpus-${args.join("_").replace(/\W/g, "")}`);
    expectBadUsage(await run("generate:corpus", ["--out", out, "--articles", "3", ...args]), "generate:corpus", reason);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.truth.json`)).toBe(false);
  });
  it("requires --out", async () => {
    expectBadUsage(await run("generate:corpus", ["--articles", "3"]), "generate:corpus", "--out DIR is required");
  });
  it("--help prints the usage", async () => {
    expectHelp(await run("generate:corpus", ["--help"]), "generate:corpus");
  });
});

describe.concurrent("npm run generate:graph", () => {
  const DEFAULT_OUT = join(ROOT, "graph-data/generated-graph.json");
  const hadDefault = existsSync(DEFAULT_OUT);

  it.each([
    [["--bogus"], "Unknown option '--bogus'"],
    [["--actors", "abc"], `--actors must be a whole number from 1 to 500000, got "abc"`],
    [["--edges", "2.5"], `--edges must be a whole number from 0 to 500000, got "2.5"`],
    [["--seed", "-1"], `Option '--seed' needs a value, got "-1"`],
    [["extra"], "Unexpected argument 'extra'"],
  ])("rejects %j and writes nothing", async (args, reason) => {
    const out = join(dir, `graph-${args.join("_").replace(/\W/g, "")}.json`);
    expectBadUsage(await run("generate:graph", ["--out", out, "--actors", "5", ...args]), "generate:graph", reason);
    expect(existsSync(out)).toBe(false);
  });
  it("requires --out, and writes nothing into the project without it", async () => {
    expectBadUsage(await run("generate:graph", ["--actors", "5", "--edges", "4"]), "generate:graph", "--out FILE is required");
    if (!hadDefault) expect(existsSync(DEFAULT_OUT)).toBe(false);
  });
  it("writes the graph --out names, making its folder", async () => {
    const out = join(dir, "made/for/it/graph.json");
    const r = await run("generate:graph", ["--out", out, "--actors", "6", "--edges", "5", "--seed", "4"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`wrote ${out}: 6 actors, 5 edges (seed 4)`);
    expect(readFileSync(out, "utf8")).toBe(JSON.stringify(generateGraph({ actors: 6, edges: 5, seed: 4 })));
    expect(parseGraphFile(JSON.parse(readFileSync(out, "utf8"))).ok).toBe(true);
  });
  it("--help prints the usage", async () => {
    expectHelp(await run("generate:graph", ["--help"]), "generate:graph");
  });
});

describe.concurrent("npm run extract and npm run export", () => {
  it("print the usage on stdout for --help", async () => {
    expectHelp(await run("extract", ["--help"]), "extract");
    // export had printed it on stderr.
    expectHelp(await run("export", ["-h"]), "export");
  });
  it("name an unknown option without node's hint about positional arguments", async () => {
    for (const command of ["extract", "export"] as const) {
      const r = await run(command, ["--bogus"]);
      expectBadUsage(r, command, "Unknown option '--bogus'");
      expect(r.stderr).not.toContain("positional argument");
    }
  });
});
