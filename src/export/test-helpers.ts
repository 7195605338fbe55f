// Test-only helpers: the tricky fixture and calls to real external clients.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { parseGraphFile, type GraphFile } from "../shared/graph-schema.js";

export const TRICKY_GRAPH_PATH = resolve(import.meta.dirname, "fixtures/tricky-graph.json");

export function trickyGraph(): GraphFile {
  const parsed = parseGraphFile(JSON.parse(readFileSync(TRICKY_GRAPH_PATH, "utf8")));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.graph;
}

export function python(script: string, input: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync("python3", ["-c", script], { input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const hasNetworkx = python("import networkx", "").status === 0;
export const hasPython = spawnSync("python3", ["--version"]).status === 0;
