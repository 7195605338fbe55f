// Test fixture: a prepared article from paragraphs of sentences, as prepareArticle would give it.
import type { PreparedArticle } from "../../shared/types.js";

export function prepared(date: string, paragraphs: string[][]): PreparedArticle {
  let text = "";
  const sentences: PreparedArticle["sentences"] = [];
  for (const [pi, para] of paragraphs.entries()) {
    if (pi > 0) text += "\n\n";
    for (const [si, s] of para.entries()) {
      if (si > 0) text += " ";
      sentences.push({ index: sentences.length, start: text.length, end: text.length + s.length, text: s, original: s });
      text += s;
    }
  }
  return {
    article: { id: "a", title: "", date, url: null, source: "a", text },
    original: text,
    norm: { text, toOriginal: (i) => i },
    sentences,
  };
}
