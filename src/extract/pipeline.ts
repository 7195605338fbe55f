// Wires the pure stages together. Node-free: the CLI, worker threads and the
// browser all call these two functions.
import type { Article, ArticleResult, GraphFile, Skipped, Weights } from "../shared/types.js";
import { prepareArticle } from "./prepare.js";
import { findActors, collectActors, type ActorIndex } from "./actors/index.js";
import { findInteractions } from "./interactions/index.js";
import { buildGraph } from "./graph/build.js";
import { detacher } from "./read/detach.js";

/** The per-article stages: text → mentions → interactions. Safe to run in any order, in any thread. */
export function processArticle(article: Article, index: ActorIndex): ArticleResult {
  const prepared = prepareArticle(article);
  const actors = findActors(prepared, index);
  const interactions = findInteractions(prepared, actors, index);
  // A result outlives its article: its strings must not be slices that keep the article's text alive.
  const keep = detacher();
  for (const m of actors.mentions) m.surface = keep(m.surface);
  for (const d of actors.discovered) {
    d.label = keep(d.label);
    if (d.role !== null) d.role = keep(d.role);
    d.surfaces = d.surfaces.map(keep);
  }
  for (const x of interactions) x.sentence = keep(x.sentence);
  const { id, title, date, url, source } = article;
  return {
    article: { id: keep(id), title: keep(title), date, url: url === null ? null : keep(url), source: keep(source) },
    mentions: actors.mentions,
    discovered: actors.discovered,
    interactions,
  };
}

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
