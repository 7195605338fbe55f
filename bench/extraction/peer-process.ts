// Times compromise in a process of its own (peer-child.ts), once after one untimed pass, so that
// a suite can run it beside each CLI run it is compared with instead of in a block minutes apart.
import { resolve } from "node:path";
import { runTs } from "./spawn.js";
import type { PeerTiming } from "./peer.js";
import { summarise } from "../stats.js";

const PEER_CHILD = resolve(import.meta.dirname, "peer-child.ts");

export interface PeerSample {
  /** Every `every`-th article of the corpus, in the order it is read... */
  every: number;
  /** ...up to this many bytes of text. */
  peerBytes: number;
}

/** About 500 articles spread over a corpus of `articles`, up to `peerBytes` of text: what every timing of compromise reads. */
export function peerSample(articles: number, peerBytes: number): PeerSample {
  return { every: Math.max(1, Math.floor(articles / 500)), peerBytes };
}

export async function runPeerProcess(paths: string[], s: PeerSample): Promise<PeerTiming> {
  const run = await runTs(PEER_CHILD, [...paths, "--every", String(s.every), "--peer-bytes", String(s.peerBytes), "--runs", "1", "--warmup", "1"]);
  return JSON.parse(run.stdout) as PeerTiming;
}

/** The runs' compromise times as one timing of the same sample: every run reads the same articles. */
export function poolPeerTimings(runs: PeerTiming[]): PeerTiming {
  const first = runs[0];
  if (!first) throw new Error("no peer runs");
  const differs = runs.find((r) => r.articles !== first.articles || r.textBytes !== first.textBytes);
  if (differs) throw new Error(`the peer's sample changed between runs: ${first.articles} articles (${first.textBytes} bytes), then ${differs.articles} (${differs.textBytes})`);
  return { ...first, ms: summarise(runs.map((r) => r.ms.median)) };
}
