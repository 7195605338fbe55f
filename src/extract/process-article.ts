// The per-article stages, in a module of their own so that worker threads,
// which run only these, load neither the graph builder nor its dependencies
// (graphology, zod): that halves a worker's start-up.
import type { Article, ArticleResult } from "../shared/types.js";
import { prepareArticle } from "./prepare.js";
import { findActors, type ActorIndex } from "./actors/index.js";
import { findInteractions } from "./interactions/index.js";
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
