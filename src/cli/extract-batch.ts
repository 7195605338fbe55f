// The per-article stages over a batch, shared by the main thread and the workers.
// A stage that throws on one article costs that article, not the run. Each
// article comes back as its digest: what the graph needs, not every mention.
import type { Article, Skipped } from "../shared/types.js";
import type { ActorIndex } from "../extract/actors/index.js";
import { processArticle } from "../extract/process-article.js";
import { digestArticle, type ArticleDigest } from "../extract/graph/digest.js";

export interface BatchOutcome {
  digests: ArticleDigest[];
  failures: Skipped[];
}

export function processBatch(articles: Article[], index: ActorIndex): BatchOutcome {
  const out: BatchOutcome = { digests: [], failures: [] };
  for (const article of articles) {
    try {
      out.digests.push(digestArticle(processArticle(article, index)));
    } catch (e) {
      out.failures.push({ source: article.source, reason: `extraction failed (${e instanceof Error ? e.message : String(e)})` });
    }
  }
  return out;
}
