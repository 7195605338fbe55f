// Test fixture: the article texts of a corpus file or folder, title and body as prepareArticle joins them.
import { resolve } from "node:path";
import { readInput } from "../cli/read-inputs.js";
import { walkInputs } from "../cli/walk-inputs.js";

const ROOT = resolve(import.meta.dirname, "../..");
export const KREMLIN = resolve(ROOT, "../shared/corpus/kremlin/putin.csv");
export const SEEDS = resolve(ROOT, "graph-data/articles");

export async function originals(path: string): Promise<string[]> {
  const out: string[] = [];
  for (const file of walkInputs([path]).files) {
    for await (const e of readInput(file, () => {})) {
      if (e.type !== "article") continue;
      const title = e.article.title.trim();
      out.push(title ? `${title}\n\n${e.article.text}` : e.article.text);
    }
  }
  return out;
}
