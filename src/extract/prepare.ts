// INTERIM (owner: reading/text helper replaces this): identity normalisation, naive split.
import type { Article, PreparedArticle } from "../shared/types.js";

export function prepareArticle(article: Article): PreparedArticle {
  const original = article.title ? `${article.title}\n\n${article.text}` : article.text;
  const toOriginal = new Uint32Array(original.length + 1).map((_, i) => i);
  const sentences = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (let m = re.exec(original); m; m = re.exec(original)) {
    sentences.push({ index: sentences.length, start: m.index, end: m.index + m[0].length, text: m[0], original: m[0] });
  }
  return { article, original, norm: { text: original, toOriginal }, sentences };
}
