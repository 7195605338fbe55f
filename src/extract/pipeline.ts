// Wires the pure stages together. Node-free: the CLI, worker threads and the
// browser all call these two functions.
import type { ArticleResult, GraphFile, Skipped, Weights } from "../shared/types.js";
import { collectActors, type ActorIndex } from "./actors/index.js";
import { buildGraph } from "./graph/build.js";

export { processArticle } from "./process-article.js";

export interface AssembleOptions {
  weights: Weights;
  corpus?: string;
}

/** The corpus-wide stages: actors merged across articles, events merged, graph and layout. */
export function assembleGraph(
  results: ArticleResult[],
  skipped: Skipped[],
  index: ActorIndex,
  options: AssembleOptions,
): GraphFile {
  // Results arrive in any order from workers: sort so the output bytes never depend on scheduling.
  const ordered = [...results].sort((x, y) => compare(x.article.id, y.article.id) || compare(x.article.source, y.article.source));
  const nodes = collectActors(ordered, index);
  return buildGraph({
    articles: ordered.map((r) => r.article),
    skipped,
    nodes,
    interactions: ordered.flatMap((r) => r.interactions),
    weights: options.weights,
    corpus: options.corpus,
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
