// Reads a corpus (files or folders) into articles through the extractor's own readers,
// for the in-process measurements (floor, stages, peer). The CLI is measured separately.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Article } from "../../src/shared/types.js";
import { parsePlainText } from "../../src/extract/read/plain-text.js";
import { addRecord, emptyResult, parseJsonLines, recordToArticle } from "../../src/extract/read/records.js";

const EXTENSIONS = new Set([".txt", ".jsonl", ".csv"]);

/** Input files under the given paths, sorted so every run reads in the same order. */
export function listFiles(paths: string[]): string[] {
  const out: string[] = [];
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else if (EXTENSIONS.has(extname(path))) out.push(path);
  };
  for (const p of paths) visit(p);
  return out;
}

export function corpusBytes(files: string[]): number {
  return files.reduce((sum, f) => sum + statSync(f).size, 0);
}

/** Reads and parses every file: the "read" part of the floor. */
export function readArticles(files: string[]): Article[] {
  const articles: Article[] = [];
  for (const path of files) {
    const content = readFileSync(path, "utf8");
    const name = basename(path, extname(path));
    const ext = extname(path);
    if (ext === ".txt") articles.push(...parsePlainText(content, path, name).articles);
    else if (ext === ".jsonl") articles.push(...parseJsonLines(content, path, name).articles);
    else {
      const out = emptyResult();
      const rows = parse(content, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
      rows.forEach((row, i) => addRecord(out, recordToArticle(row, { source: `${path}:${i + 1}`, fallbackId: `${name}:${i + 1}` })));
      articles.push(...out.articles);
    }
  }
  return articles;
}
