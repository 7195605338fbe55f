// Reads input files into articles, one event at a time, so a run never holds
// the corpus in memory: CSV and JSON Lines files are streamed record by record.
// Every problem becomes a `skipped` entry (and the rest is read) or a warning.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { basename, extname } from "node:path";
import { Readable } from "node:stream";
import { isUtf8 } from "node:buffer";
import { parse as parseCsv, type CsvError } from "csv-parse";
import { parse as parseCsvSync } from "csv-parse/sync";
import type { Article, ReadResult, Skipped } from "../shared/types.js";
import { parsePlainText } from "../extract/read/plain-text.js";
import { parseJsonDocument, parseJsonLine, recordToArticle, type RecordResult } from "../extract/read/records.js";
import { CsvFastReader } from "../extract/read/csv.js";
import type { InputFile } from "./walk-inputs.js";

export type ReadEvent =
  | { type: "article"; article: Article }
  | { type: "skipped"; skipped: Skipped }
  | { type: "warning"; message: string };

class InputError extends Error {}

// Read in pieces of 32 KB. A 1 MB piece became a string of 1-2 MB (and another when joined to the
// row it cut), which V8 keeps in its large-object space until a full collection, so a run over CSV
// or JSON Lines carried dead megabytes between collections: on 40,000 such articles peak RSS went
// from 232-237 to 196-216 MB with one worker (3 alternated runs each), in the same time.
const CHUNK = 1 << 15;
// Pieces read between turns of the event loop: 256 KB, about a hundred articles.
const PIECES_PER_TURN = 8;
const TEXT_COLUMNS = ["text", "body", "content", "summary"];

/** Why a buffer cannot be read as UTF-8 text, or null when it can. */
function binaryReason(buf: Uint8Array, first: boolean): string | null {
  if (first && buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    return "UTF-16 text is not read (save the file as UTF-8)";
  }
  return buf.indexOf(0) >= 0 ? "binary file (contains NUL bytes)" : null;
}

function decode(buf: Uint8Array): string {
  const binary = binaryReason(buf, true);
  if (binary) throw new InputError(binary);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InputError("not UTF-8 text (invalid byte sequence)");
  }
}

/**
 * The file's bytes, checked as they stream: throws InputError on NUL bytes or
 * bytes that are not UTF-8. Chunks end on character boundaries, so each one
 * decodes on its own.
 */
async function* checkedChunks(path: string, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  let first = true;
  let carry: Buffer | null = null;
  for await (const read of fileChunks(path)) {
    const binary = binaryReason(read, first);
    first = false;
    if (binary) throw new InputError(binary);
    onBytes(read.length);
    const buf: Buffer = carry ? Buffer.concat([carry, read]) : read;
    const cut = completeLength(buf);
    carry = cut < buf.length ? buf.subarray(cut) : null;
    const whole = buf.subarray(0, cut);
    if (!isUtf8(whole)) {
      // Hand on what comes before the bad bytes, so the records there are still read.
      const valid = validPrefix(whole);
      if (valid) yield whole.subarray(0, valid);
      throw new InputError("not UTF-8 text (invalid byte sequence)");
    }
    if (whole.length) yield whole;
  }
  if (carry) throw new InputError("not UTF-8 text (the file ends inside a character)");
}

/**
 * The file's bytes in pieces of CHUNK, each in a buffer of its own (a piece may be kept, cut or joined).
 * Read synchronously: a read stream hands each piece to a thread of libuv's pool, and with both cores
 * busy extracting that thread waited for one, so the main thread of a two-worker run sat idle for 0.38 s
 * of 13.4 on 100,000 articles. The event loop still turns every few pieces, for the worker threads'
 * results and for Ctrl+C.
 */
async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  const fd = openSync(path, "r");
  try {
    for (let pieces = 1; ; pieces++) {
      const buf = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) return;
      yield n < CHUNK ? buf.subarray(0, n) : buf;
      if (pieces % PIECES_PER_TURN === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    closeSync(fd);
  }
}

/** The length of the longest prefix of buf that is whole UTF-8 characters (binary search: valid prefixes nest). */
function validPrefix(buf: Buffer): number {
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const cut = completeLength(buf.subarray(0, mid));
    if (cut > lo && isUtf8(buf.subarray(0, cut))) lo = cut;
    else hi = mid - 1;
  }
  return lo;
}

/** The length of buf without a multi-byte character cut off at its end. */
function completeLength(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = buf[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** The file's text in decoded pieces. */
async function* decodedChunks(path: string, onBytes: (n: number) => void): AsyncGenerator<string> {
  let first = true;
  for await (const buf of checkedChunks(path, onBytes)) {
    const text = buf.toString("utf8");
    yield first ? text.replace(/^\ufeff/, "") : text;
    first = false;
  }
}

function* fromResult(result: ReadResult): Generator<ReadEvent> {
  for (const message of result.warnings) yield { type: "warning", message };
  for (const skipped of result.skipped) yield { type: "skipped", skipped };
  for (const article of result.articles) yield { type: "article", article };
}

function* fromRecord(result: RecordResult): Generator<ReadEvent> {
  for (const message of result.warnings) yield { type: "warning", message };
  if ("article" in result) yield { type: "article", article: result.article };
  else yield { type: "skipped", skipped: result.skipped };
}

function errorReason(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  return code ? `cannot read (${code})` : `cannot read (${e instanceof Error ? e.message : String(e)})`;
}

async function* readJsonLines(file: InputFile, name: string, onBytes: (n: number) => void): AsyncGenerator<ReadEvent> {
  let n = 0;
  let rest = "";
  try {
    for await (const text of decodedChunks(file.path, onBytes)) {
      const lines = (rest + text).split("\n");
      rest = lines.pop()!;
      for (const line of lines) if (line.trim()) yield* fromRecord(parseJsonLine(line, ++n, file.path, name));
    }
    if (rest.trim()) yield* fromRecord(parseJsonLine(rest, ++n, file.path, name));
  } catch (e) {
    yield { type: "skipped", skipped: { source: n ? `${file.path}:${n + 1}` : file.path, reason: n ? `${errorReason(e)}; the rest of the file is not read` : errorReason(e) } };
    return;
  }
  if (n === 0) yield { type: "skipped", skipped: { source: file.path, reason: "empty file" } };
}

/**
 * Whether a row read with relaxed quotes breaks the CSV quoting rules. Only rows
 * with a field starting with a quote can; those few are parsed again strictly.
 */
function brokenQuoting(record: Record<string, string>, raw: string): boolean {
  let suspect = false;
  for (const key in record) if (record[key]!.startsWith('"')) suspect = true;
  if (!suspect) return false;
  try {
    parseCsvSync(raw, { relax_column_count: true });
    return false;
  } catch {
    return true;
  }
}

/**
 * A CSV file read by csv-parse, which reports and recovers from every kind of
 * damage. The first `already` rows were read by the fast reader and are not
 * given again.
 */
async function* readCsvParsed(file: InputFile, name: string, onBytes: (n: number) => void, already: number): AsyncGenerator<ReadEvent> {
  let n = 0;
  const pending: { n: number; reason: string }[] = [];
  let lastSkipAt = -1;
  let noTextColumn: string | null = null;
  const parser = parseCsv({
    bom: true,
    // Relaxed quotes keep one bad row from swallowing the rows after it; the row is then caught by brokenQuoting.
    relax_quotes: true,
    raw: true,
    skip_records_with_error: true,
    columns: (header: string[]) => {
      noTextColumn = missingTextColumn(header);
      return header.map((h) => h.trim());
    },
    on_record: (row: { record: Record<string, string>; raw: string }) => ({ n: ++n, ...row }),
    on_skip: (err: CsvError | undefined) => {
      const records = (err as unknown as { records?: number })?.records ?? -1;
      // An unclosed quote at the end is reported again for the record already skipped.
      if (err?.code === "CSV_QUOTE_NOT_CLOSED" && lastSkipAt === records && pending.length) return;
      lastSkipAt = records;
      const reason =
        err?.code === "CSV_QUOTE_NOT_CLOSED"
          ? "broken CSV quoting (a quoted field is never closed)"
          : `malformed CSV row (${err?.message ?? "unknown error"})`;
      pending.push({ n: ++n, reason });
    },
  });
  const source = Readable.from(checkedChunks(file.path, onBytes));
  source.on("error", (e) => parser.destroy(e));
  source.pipe(parser);

  const flush = function* (before: number): Generator<ReadEvent> {
    while (pending.length && pending[0]!.n < before) {
      const p = pending.shift()!;
      yield { type: "skipped", skipped: { source: `${file.path}:${p.n}`, reason: p.reason } };
    }
  };
  let last = 0;
  try {
    for await (const item of parser as AsyncIterable<{ n: number; record: Record<string, string>; raw: string }>) {
      if (noTextColumn) break;
      yield* flush(item.n);
      last = item.n;
      if (item.n <= already) continue;
      const place = { source: `${file.path}:${item.n}`, fallbackId: `${name}:${item.n}` };
      if (brokenQuoting(item.record, item.raw)) {
        yield { type: "skipped", skipped: { source: place.source, reason: "broken CSV quoting (a quote inside an unquoted field)" } };
      } else yield* fromRecord(recordToArticle(item.record, place));
    }
  } catch (e) {
    yield* flush(Infinity);
    yield { type: "skipped", skipped: { source: last ? `${file.path}:${last + 1}` : file.path, reason: last ? `${errorReason(e)}; the rest of the file is not read` : errorReason(e) } };
    return;
  } finally {
    source.destroy();
  }
  if (noTextColumn) {
    yield { type: "skipped", skipped: { source: file.path, reason: noTextColumn } };
    return;
  }
  yield* flush(Infinity);
  if (n === 0) yield { type: "skipped", skipped: { source: file.path, reason: "no records (empty file or header only)" } };
}

function missingTextColumn(header: string[]): string | null {
  if (header.some((h) => TEXT_COLUMNS.includes(h.trim().toLowerCase()))) return null;
  return `no text column in the CSV header (expected one of ${TEXT_COLUMNS.join(", ")})`;
}

/**
 * A CSV file: read fast while it is well formed (CsvFastReader); from the first
 * row that is not, read again with csv-parse, which then gives every row after
 * the ones already read, with its reasons for any it skips.
 */
async function* readCsv(file: InputFile, name: string, onBytes: (n: number) => void): AsyncGenerator<ReadEvent> {
  const fast = new CsvFastReader();
  let n = 0;
  let bytes = 0;
  const rows = function* (records: Record<string, string>[]): Generator<ReadEvent> {
    for (const record of records) {
      n++;
      yield* fromRecord(recordToArticle(record, { source: `${file.path}:${n}`, fallbackId: `${name}:${n}` }));
    }
  };
  try {
    let first = true;
    for await (const chunk of checkedChunks(file.path, (b) => {
      bytes += b;
      onBytes(b);
    })) {
      const text = chunk.toString("utf8");
      const records = fast.push(first ? text.replace(/^\ufeff/, "") : text);
      first = false;
      const missing = fast.header && missingTextColumn(fast.header);
      if (missing) {
        yield { type: "skipped", skipped: { source: file.path, reason: missing } };
        return;
      }
      yield* rows(records);
      if (fast.irregular) break;
    }
    if (!fast.irregular) {
      const records = fast.end();
      const missing = fast.header && missingTextColumn(fast.header);
      if (missing) {
        yield { type: "skipped", skipped: { source: file.path, reason: missing } };
        return;
      }
      yield* rows(records);
    }
  } catch (e) {
    yield { type: "skipped", skipped: { source: n ? `${file.path}:${n + 1}` : file.path, reason: n ? `${errorReason(e)}; the rest of the file is not read` : errorReason(e) } };
    return;
  }
  if (!fast.irregular) {
    if (n === 0) yield { type: "skipped", skipped: { source: file.path, reason: "no records (empty file or header only)" } };
    return;
  }
  // Progress counts the bytes read a second time only once.
  let again = 0;
  const onMore = (b: number): void => {
    const fresh = Math.max(0, again + b - bytes);
    again += b;
    if (fresh) {
      bytes += fresh;
      onBytes(fresh);
    }
  };
  yield* readCsvParsed(file, name, onMore, n);
}

/** Reads one input file. `onBytes` is told how many bytes were read, for progress. */
export async function* readInput(file: InputFile, onBytes: (n: number) => void): AsyncGenerator<ReadEvent> {
  const name = basename(file.path, extname(file.path));
  if (file.size === 0) {
    yield { type: "skipped", skipped: { source: file.path, reason: "empty file" } };
    return;
  }
  if (file.kind === "jsonl") return yield* readJsonLines(file, name, onBytes);
  if (file.kind === "csv") return yield* readCsv(file, name, onBytes);
  let text: string;
  try {
    // Read in one call: a corpus of many small files spent more time in the promise API's
    // open, stat, read and close round trips (and idle between them) than reading.
    const buf = readFileSync(file.path);
    onBytes(buf.length);
    text = decode(buf);
  } catch (e) {
    yield { type: "skipped", skipped: { source: file.path, reason: errorReason(e) } };
    return;
  }
  yield* fromResult(file.kind === "json" ? parseJsonDocument(text, file.path, name) : parsePlainText(text, file.path, name));
}
