// In-process timings over one corpus, all in the same process and run so they compare:
// the floor (read + prepareArticle), the full per-article pipeline, and compromise's person finder.
import type { Article } from "../../src/shared/types.js";
import { DEFAULT_WEIGHTS } from "../../src/shared/types.js";
import { prepareArticle } from "../../src/extract/prepare.js";
import { assembleGraph, processArticle } from "../../src/extract/pipeline.js";
import { buildActorIndex } from "../../src/extract/actors/index.js";
import type { Gazetteer } from "../../src/shared/types.js";
import { readArticles } from "./load.js";
import type { InputFile } from "../../src/cli/walk-inputs.js";
import { repeat, type RunPlan, type Stat } from "../stats.js";
import { articleText, sample, timePeer, type PeerTiming } from "./peer.js";

export interface StageTimings {
  articles: number;
  /** UTF-8 bytes of the article texts (title + body), what compromise and the pipeline both read. */
  textBytes: number;
  readMs: Stat;
  /** Read, normalise, split into sentences. */
  floorMs: Stat;
  /** Read, then the whole pipeline: processArticle on each article and assembleGraph. */
  pipelineMs: Stat;
  /** compromise over a sample of the same texts. */
  peer: PeerTiming;
  /** Edges in the assembled graph: evidence that the pipeline did real work. */
  edges: number;
  nodes: number;
}

export async function timeStages(files: InputFile[], gazetteer: Gazetteer, plan: RunPlan, peerBytes: number): Promise<StageTimings> {
  const index = buildActorIndex(gazetteer);
  let articles: Article[] = [];
  const readMs = await repeat(plan, async () => {
    const t = performance.now();
    articles = await readArticles(files);
    return performance.now() - t;
  });
  const floorMs = await repeat(plan, async () => {
    const t = performance.now();
    const read = await readArticles(files);
    let sentences = 0;
    for (const a of read) sentences += prepareArticle(a).sentences.length;
    if (sentences < 0) throw new Error("unreachable: keeps the work observable");
    return performance.now() - t;
  });
  let edges = 0;
  let nodes = 0;
  const pipelineMs = await repeat(plan, async () => {
    const t = performance.now();
    const read = await readArticles(files);
    const results = read.map((a) => processArticle(a, index));
    const graph = assembleGraph(results, [], index, { weights: DEFAULT_WEIGHTS });
    edges = graph.edges.length;
    nodes = graph.nodes.length;
    return performance.now() - t;
  });
  const peer = await timePeer(sample(articles, peerBytes), plan);
  return {
    articles: articles.length,
    textBytes: articles.reduce((s, a) => s + Buffer.byteLength(articleText(a)), 0),
    readMs,
    floorMs,
    pipelineMs,
    peer,
    edges,
    nodes,
  };
}
