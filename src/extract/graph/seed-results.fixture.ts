// Test fixture: the bundled seed articles through the per-article pipeline, with the bundled gazetteer.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ArticleResult } from "../../shared/types.js";
import { buildActorIndex, type ActorIndex } from "../actors/index.js";
import { parseGazetteer } from "../gazetteer.js";
import { parsePlainText } from "../read/plain-text.js";
import { processArticle } from "../pipeline.js";

const ROOT = resolve(import.meta.dirname, "../../..");
export const SEED_ARTICLES = join(ROOT, "graph-data/articles");

export function seedResults(): { index: ActorIndex; results: ArticleResult[] } {
  const index = buildActorIndex(parseGazetteer(readFileSync(join(ROOT, "graph-data/gazetteer.yaml"), "utf8"), "gazetteer.yaml"));
  const results = readdirSync(SEED_ARTICLES)
    .sort()
    .flatMap((f) => parsePlainText(readFileSync(join(SEED_ARTICLES, f), "utf8"), `graph-data/articles/${f}`, f.replace(/\.txt$/, "")).articles)
    .map((a) => processArticle(a, index));
  return { index, results };
}
