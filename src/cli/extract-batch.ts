// The per-article stages over a batch, shared by the main thread and the workers.
// A stage that throws on one article costs that article, not the run.
import type { Article, ArticleResult, Skipped } from "../shared/types.js";
import type { ActorIndex } from "../extract/actors/index.js";
import { processArticle } from "../extract/process-article.js";

export interface BatchOutcome {
  results: ArticleResult[];
  failures: Skipped[];
}

export function processBatch(articles: Article[], index: ActorIndex): BatchOutcome {
  const out: BatchOutcome = { results: [], failures: [] };
  for (const article of articles) {
    try {
      out.results.push(processArticle(article, index));
    } catch (e) {
      out.failures.push({ source: article.source, reason: `extraction failed (${e instanceof Error ? e.message : String(e)})` });
    }
  }
  return out;
}
