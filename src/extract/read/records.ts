// Turns records from JSON, JSON Lines and CSV files into articles. Field names
// are matched case-insensitively; the first non-empty field of each group wins.
import type { Article, ReadResult, Skipped } from "../../shared/types.js";
import { parseDate } from "./dates.js";

const ID = ["id"];
const TITLE = ["title", "headline"];
const DATE = ["date", "published", "publish_date", "datetime"];
const URL = ["url", "link"];
const BODY = ["text", "body", "content"];
const SUMMARY = ["summary"];

export interface RecordPlace {
  /** Where the record is: the file path, with ':n' in a multi-record file. */
  source: string;
  /** The id to use when the record has none: the file name, with ':n' in a multi-record file. */
  fallbackId: string;
}

export type RecordResult = { article: Article; warnings: string[] } | { skipped: Skipped; warnings: string[] };

function field(record: Record<string, unknown>, names: string[]): string {
  for (const name of names) {
    for (const key of Object.keys(record)) {
      if (key.toLowerCase() !== name) continue;
      const v = record[key];
      if (typeof v === "string" && v.trim()) return v;
      if (typeof v === "number" && Number.isFinite(v)) return String(v);
    }
  }
  return "";
}

export function recordToArticle(value: unknown, place: RecordPlace): RecordResult {
  const { source } = place;
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { skipped: { source, reason: "not a record (expected an object with a text field)" }, warnings: [] };
  }
  const record = value as Record<string, unknown>;
  const body = field(record, BODY);
  const summary = field(record, SUMMARY);
  const text = summary && body ? `${summary}\n\n${body}` : summary || body;
  if (!text.trim()) return { skipped: { source, reason: "no text (fields text, body, content or summary)" }, warnings: [] };

  const warnings: string[] = [];
  let date: string | null = null;
  const written = field(record, DATE);
  if (written) {
    const parsed = parseDate(written);
    if (!parsed.ok) return { skipped: { source, reason: parsed.reason }, warnings: [] };
    date = parsed.date;
  } else warnings.push(`${source}: no date; the article is kept with no date`);

  const article: Article = {
    id: field(record, ID).trim() || place.fallbackId,
    title: field(record, TITLE).trim(),
    date,
    url: field(record, URL).trim() || null,
    source,
    text,
  };
  return { article, warnings };
}

/** Adds one record's outcome to a read result. */
export function addRecord(into: ReadResult, result: RecordResult): void {
  into.records++;
  if ("article" in result) into.articles.push(result.article);
  else into.skipped.push(result.skipped);
  into.warnings.push(...result.warnings);
}

export function emptyResult(): ReadResult {
  return { articles: [], skipped: [], warnings: [], records: 0 };
}

function oneSkip(source: string, reason: string): ReadResult {
  return { articles: [], skipped: [{ source, reason }], warnings: [], records: 1 };
}

function jsonError(e: unknown): string {
  return `malformed JSON (${e instanceof Error ? e.message : String(e)})`;
}

/** A .json file: one record, or an array of records. `name` is the file name without extension. */
export function parseJsonDocument(content: string, path: string, name: string): ReadResult {
  if (!content.trim()) return oneSkip(path, "empty file");
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (e) {
    return oneSkip(path, jsonError(e));
  }
  const out = emptyResult();
  if (Array.isArray(value)) {
    if (value.length === 0) return oneSkip(path, "no records (empty array)");
    value.forEach((record, i) => addRecord(out, recordToArticle(record, { source: `${path}:${i + 1}`, fallbackId: `${name}:${i + 1}` })));
  } else addRecord(out, recordToArticle(value, { source: path, fallbackId: name }));
  return out;
}

/** One line of a .jsonl file, the n-th record (1-based). */
export function parseJsonLine(line: string, n: number, path: string, name: string): RecordResult {
  const source = `${path}:${n}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { skipped: { source, reason: jsonError(e) }, warnings: [] };
  }
  return recordToArticle(value, { source, fallbackId: `${name}:${n}` });
}

/** A whole .jsonl text (the CLI streams instead; this serves callers that hold the text). */
export function parseJsonLines(content: string, path: string, name: string): ReadResult {
  const out = emptyResult();
  let n = 0;
  for (const line of content.split("\n")) {
    if (!line.trim()) continue;
    addRecord(out, parseJsonLine(line, ++n, path, name));
  }
  if (n === 0) return oneSkip(path, "empty file");
  return out;
}
