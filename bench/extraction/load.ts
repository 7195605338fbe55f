// Reads a corpus (files or folders) into articles through the extractor CLI's own
// walker and reader, for the in-process measurements (floor, stages, peer).
import { walkInputs, type InputFile } from "../../src/cli/walk-inputs.js";
import { readInput } from "../../src/cli/read-inputs.js";
import type { Article } from "../../src/shared/types.js";

export function listFiles(paths: string[]): InputFile[] {
  return walkInputs(paths).files;
}

export function corpusBytes(files: InputFile[]): number {
  return files.reduce((sum, f) => sum + f.size, 0);
}

/** Reads and parses every file: the "read" part of the floor. */
export async function readArticles(files: InputFile[]): Promise<Article[]> {
  const articles: Article[] = [];
  for (const file of files) {
    for await (const event of readInput(file, () => {})) if (event.type === "article") articles.push(event.article);
  }
  return articles;
}
