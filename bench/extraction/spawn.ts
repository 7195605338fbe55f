// Runs an entry point in a fresh Node process and measures it from outside:
// wall time, plus peak RSS and CPU time reported by the preloaded probe.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
const PROBE = resolve(import.meta.dirname, "probe-rss.mjs");

export interface ChildRun {
  wallMs: number;
  maxRssMB: number;
  cpuMs: number;
  stdout: string;
  stderr: string;
}

/** A TypeScript entry point, loaded through tsx. */
export function runTs(entry: string, args: string[], options: { env?: Record<string, string> } = {}): Promise<ChildRun> {
  return runNode(["--import", "tsx", entry], args, options);
}

/** A JavaScript entry point run by plain Node (e.g. the extractor's launcher, as `npm run extract` runs it). */
export function runJs(entry: string, args: string[], options: { env?: Record<string, string> } = {}): Promise<ChildRun> {
  return runNode([entry], args, options);
}

async function runNode(launch: string[], args: string[], options: { env?: Record<string, string> }): Promise<ChildRun> {
  const entry = launch.at(-1)!;
  const probeDir = mkdtempSync(join(tmpdir(), "bench-probe-"));
  const probeFile = join(probeDir, "probe.json");
  try {
    const started = performance.now();
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
      const child = spawn(process.execPath, ["--import", PROBE, ...launch, ...args], {
        cwd: ROOT,
        env: { ...process.env, ...options.env, BENCH_PROBE_FILE: probeFile },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      child.stdout.on("data", (d: Buffer) => (out += d));
      child.stderr.on("data", (d: Buffer) => (err += d));
      child.on("error", fail);
      child.on("close", (c) => done({ code: c, stdout: out, stderr: err }));
    });
    const wallMs = performance.now() - started;
    if (code !== 0) throw new Error(`${entry} ${args.join(" ")} exited with ${code}:\n${stderr.slice(-2000)}`);
    const probe = JSON.parse(readFileSync(probeFile, "utf8")) as { maxRssKB: number; userMs: number; systemMs: number };
    return { wallMs, maxRssMB: probe.maxRssKB / 1024, cpuMs: probe.userMs + probe.systemMs, stdout, stderr };
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
  }
}
