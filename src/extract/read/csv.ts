// A fast reader for well-formed CSV text, fed in decoded chunks. It reads
// only what RFC 4180 allows and csv-parse reads the same way: a header row;
// rows ending in "\n" or "\r\n" (as the header does); fields either unquoted
// with no quote, CR or LF in them, or quoted with "" for a quote; every row as
// many fields as the header. On anything else it stops and says so
// (`irregular`): the caller then reads the file again with csv-parse, which
// knows how to report and recover from every kind of damage. On a clean corpus
// that never happens, and the rows cost a few string slices instead of
// csv-parse's byte-by-byte state machine.
import { detach } from "./detach.js";

export class CsvFastReader {
  /** Column names, trimmed; null until the header row is complete. */
  header: string[] | null = null;
  /** Set once the text holds something this reader does not read exactly as csv-parse would. */
  irregular = false;
  private buf = "";
  private crlf = false;

  /** Adds the next piece of text (BOM already removed); returns the rows it completes. */
  push(text: string): Record<string, string>[] {
    this.buf = this.buf ? this.buf + text : text;
    return this.read(false);
  }

  /** The end of the text: returns the last row if it had no line break after it. */
  end(): Record<string, string>[] {
    return this.read(true);
  }

  private read(atEnd: boolean): Record<string, string>[] {
    const rows: Record<string, string>[] = [];
    if (this.irregular) return rows;
    const s = this.buf;
    let at = 0;
    const fields: string[] = [];
    while (at < s.length) {
      fields.length = 0;
      const next = this.row(s, at, atEnd, fields);
      if (next === INCOMPLETE) break;
      if (next === IRREGULAR) {
        this.irregular = true;
        break;
      }
      at = next;
      if (this.header === null) {
        const names = fields.map((f) => f.trim());
        // Repeated or odd column names: csv-parse's own rules apply.
        if (new Set(names).size !== names.length || names.includes("__proto__")) {
          this.irregular = true;
          break;
        }
        this.header = names;
        continue;
      }
      if (fields.length !== this.header.length) {
        this.irregular = true;
        break;
      }
      const record: Record<string, string> = {};
      // Copied out of the buffer, so a kept id or title does not keep the whole chunk alive.
      for (let k = 0; k < fields.length; k++) record[this.header[k]!] = detach(fields[k]!);
      rows.push(record);
    }
    this.buf = this.irregular ? "" : s.slice(at);
    // No header at all: csv-parse says so.
    if (atEnd && this.header === null && !this.irregular) this.irregular = true;
    return rows;
  }

  /**
   * Reads one row starting at `at` into `fields`; returns the offset after its
   * line break, INCOMPLETE when the text ends before the row does, or IRREGULAR.
   */
  private row(s: string, at: number, atEnd: boolean, fields: string[]): number {
    const n = s.length;
    let i = at;
    for (;;) {
      if (i < n && s.charCodeAt(i) === QUOTE) {
        // A quoted field: up to a quote that is not doubled.
        let from = i + 1;
        let value = "";
        for (;;) {
          const q = s.indexOf('"', from);
          if (q < 0) return atEnd ? IRREGULAR : INCOMPLETE;
          if (q + 1 >= n) {
            if (!atEnd) return INCOMPLETE; // the next chunk may start with the second quote of a pair
            value += s.slice(from, q);
            i = q + 1;
            break;
          }
          if (s.charCodeAt(q + 1) === QUOTE) {
            value += s.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += s.slice(from, q);
          i = q + 1;
          break;
        }
        fields.push(value);
      } else {
        // An unquoted field: up to a comma or a line break.
        let j = i;
        while (j < n) {
          const c = s.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) return IRREGULAR;
          j++;
        }
        if (j >= n && !atEnd) return INCOMPLETE;
        fields.push(s.slice(i, j));
        i = j;
      }
      // What follows a field: a comma, the line break, or the end of the text.
      if (i >= n) {
        if (!atEnd) return INCOMPLETE;
        return fields.length === 1 && fields[0] === "" ? IRREGULAR : n;
      }
      const c = s.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      let end: number;
      if (c === LF) {
        if (this.header !== null && this.crlf) return IRREGULAR;
        end = i + 1;
      } else if (c === CR) {
        if (i + 1 >= n && !atEnd) return INCOMPLETE;
        if (s.charCodeAt(i + 1) !== LF || (this.header !== null && !this.crlf)) return IRREGULAR;
        end = i + 2;
      } else return IRREGULAR; // text after a closing quote
      if (this.header === null) this.crlf = c === CR;
      // An empty line is a row of one empty field to csv-parse, which it reports.
      if (fields.length === 1 && fields[0] === "" && end - at <= 2) return IRREGULAR;
      return end;
    }
  }
}

const INCOMPLETE = -1;
const IRREGULAR = -2;
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
