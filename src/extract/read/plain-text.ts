// Reads one plain-text article in any of the corpus layouts:
// (a) ' date YYYY-MM-DD' then the text, which may go on on the same line;
// (b) a title line, a YYYYMMDD line, a URL line, then the text;
// (c) a title, the text, a closing line 'Source name, DD.MM.YYYY', and maybe web-page
//     boilerplate after it ('Source: Interfax', 'Related Posts', 'Leave a Reply'...);
// anything else: the text, with a title when the first line looks like one, and no date.
import type { Article, ReadResult } from "../../shared/types.js";
import { parseDate } from "./dates.js";

interface Line {
  text: string;
  /** Offset of the line's first character, and of the character after its line break. */
  start: number;
  next: number;
}

function lines(content: string, limit = Infinity): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start < content.length && out.length < limit) {
    let end = content.indexOf("\n", start);
    if (end < 0) end = content.length;
    const text = content.slice(start, end).replace(/\r$/, "");
    out.push({ text, start, next: Math.min(end + 1, content.length) });
    start = end + 1;
  }
  return out;
}

const HEADER_DATE = /^\s*date\s+(\d{4}-\d{1,2}-\d{1,2})(?=\s|$)[ \t]*/i;
const COMPACT_DATE = /^\s*(\d{8}|\d{4}-\d{2}-\d{2})\s*$/;
const URL_LINE = /^\s*(https?:\/\/\S+)\s*$/i;
const SOURCE_DATE = /^\s*(\S.{0,80}?),\s*(\d{1,2}\.\d{1,2}\.\d{4})\s*$/;
const BOILERPLATE = [
  /^source\s*:.{0,80}$/i,
  /^related( posts| articles| news| stories)?:?$/i,
  /^leave a (reply|comment)\b.{0,60}$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b.{0,20}$/i,
  /^(share|tweet|print|comments?|read more|see also)( this( article| post| story)?)?:?$/i,
  /^(subscribe|sign up)( to| for)?( our| the)? (newsletter|mailing list|updates)\b.{0,40}$/i,
  /^follow us( on .{1,40})?$/i,
  /^tags?:.{0,200}$/i,
  /^(cancel reply|post comment)$/i,
];

function isBoilerplate(line: string): boolean {
  const t = line.trim();
  return t === "" || BOILERPLATE.some((re) => re.test(t));
}

/** A first line that reads as a headline: short, not ending like a sentence, with a blank line after it. */
function headline(all: Line[]): Line | null {
  const first = all[0];
  const second = all[1];
  if (!first || !second) return null;
  const t = first.text.trim();
  if (!t || t.length > 200 || /[.,;:]$/.test(t) || second.text.trim() !== "") return null;
  return first;
}

export function parsePlainText(content: string, source: string, id: string): ReadResult {
  const text = content.replace(/^\ufeff/, "");
  const skip = (reason: string): ReadResult => ({ articles: [], skipped: [{ source, reason }], warnings: [], records: 1 });
  const ok = (article: Omit<Article, "id" | "source">, warnings: string[] = []): ReadResult => {
    if (!article.text.trim()) return skip("no article text");
    return { articles: [{ id, source, ...article }], skipped: [], warnings, records: 1 };
  };
  if (!text.trim()) return skip("empty file");

  // (a)
  const a = HEADER_DATE.exec(text);
  if (a) {
    const date = parseDate(a[1]!);
    if (!date.ok) return skip(date.reason);
    return ok({ title: "", date: date.date, url: null, text: text.slice(a[0].length).replace(/^\r?\n/, "") });
  }

  const head = lines(text, 4);
  // (b)
  if (head.length >= 2 && head[0]!.text.trim() && COMPACT_DATE.test(head[1]!.text)) {
    const date = parseDate(head[1]!.text);
    if (!date.ok) return skip(date.reason);
    const url = head[2] ? URL_LINE.exec(head[2].text) : null;
    const bodyStart = url ? head[2]!.next : head[1]!.next;
    return ok({ title: head[0]!.text.trim(), date: date.date, url: url ? url[1]! : null, text: text.slice(bodyStart) });
  }

  const all = lines(text);
  const title = headline(all);
  let bodyStart = 0;
  if (title) {
    let k = 1;
    while (k < all.length && !all[k]!.text.trim()) k++;
    bodyStart = k < all.length ? all[k]!.start : text.length;
  }

  // Web-page boilerplate at the end is not article text, in any layout.
  let last = all.length - 1;
  while (last >= 0 && isBoilerplate(all[last]!.text)) last--;
  const end = last >= 0 ? all[last]!.start + all[last]!.text.length : 0;

  // (c): the last line of article text reads 'Source, DD.MM.YYYY'.
  const closing = last >= 0 && all[last]!.start >= bodyStart ? SOURCE_DATE.exec(all[last]!.text) : null;
  if (closing) {
    const date = parseDate(closing[2]!);
    if (!date.ok) return skip(date.reason);
    const body = text.slice(bodyStart, all[last]!.start).trimEnd();
    return ok({ title: title ? title.text.trim() : "", date: date.date, url: null, text: body });
  }

  return ok({ title: title ? title.text.trim() : "", date: null, url: null, text: text.slice(bodyStart, Math.max(bodyStart, end)) }, [
    `${source}: no date found; the article is kept with no date`,
  ]);
}
