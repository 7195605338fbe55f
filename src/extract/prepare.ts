// Readies an article for matching: the title (a sentence of its own), a blank
// line, then the body; normalised, with a map back to the original; split.
import type { Article, PreparedArticle } from "../shared/types.js";
import { normalise } from "./normalise.js";
import { splitSentences } from "./sentences.js";
import { flatString } from "./flat-string.js";

export function prepareArticle(article: Article): PreparedArticle {
  const original = originalText(article);
  const norm = normalise(original);
  return { article, original, norm, sentences: splitSentences(norm, original) };
}

/** The text an article is matched in, as written: its title (when it has one), a blank line, its body; one flat string. */
export function originalText(article: Article): string {
  const title = article.title.trim();
  return title ? flatString(title, "\n\n", article.text) : flatString(article.text);
}
