// INTERIM (owner: actors helper replaces this): finds nothing yet.
import type { ArticleActors, ArticleResult, Gazetteer, NodeAttributes, PreparedArticle } from "../../shared/types.js";

export interface ActorIndex {
  gazetteer: Gazetteer;
}

export function buildActorIndex(gazetteer: Gazetteer): ActorIndex {
  return { gazetteer };
}

export function findActors(_prepared: PreparedArticle, _index: ActorIndex): ArticleActors {
  return { mentions: [], discovered: [] };
}

export function collectActors(_results: ArticleResult[], _index: ActorIndex): Map<string, NodeAttributes> {
  return new Map();
}
