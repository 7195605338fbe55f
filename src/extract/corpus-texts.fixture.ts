// Test fixture: the article texts of a corpus file or folder, as prepareArticle matches them.
import { resolve } from "node:path";
import { readInput } from "../cli/read-inputs.js";
import { walkInputs } from "../cli/walk-inputs.js";
import { originalText } from "./prepare.js";

const ROOT = resolve(import.meta.dirname, "../..");
export const KREMLIN = resolve(ROOT, "../shared/corpus/kremlin/putin.csv");
export const SEEDS = resolve(ROOT, "graph-data/articles");

export async function originals(path: string): Promise<string[]> {
  const out: string[] = [];
  for (const file of walkInputs([path]).files) {
    for await (const e of readInput(file, () => {})) {
      if (e.type === "article") out.push(originalText(e.article));
    }
  }
  return out;
}
