// INTERIM (owner: interactions helper replaces this): finds nothing yet.
import type { ArticleActors, PreparedArticle, RawInteraction } from "../../shared/types.js";
import type { ActorIndex } from "../actors/index.js";

export function findInteractions(_p: PreparedArticle, _actors: ArticleActors, _index: ActorIndex): RawInteraction[] {
  return [];
}
