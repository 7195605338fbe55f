// Renders a generated article in one of the corpus layouts the reader accepts.
import { BOILERPLATE, OUTLETS } from "./phrases.js";
import { compact, dotted } from "./dates.js";
import type { GeneratedArticle } from "./generate.js";

/** A whole .txt file: ` date YYYY-MM-DD` then the text (seeds 000–002). */
export function renderDated(a: GeneratedArticle): string {
  return ` date ${a.date} ${a.paragraphs.join("\n\n")}\n`;
}

/** A whole .txt file: title, YYYYMMDD, URL, then the text (seed 003). */
export function renderHeader(a: GeneratedArticle): string {
  return `${a.title}\n${compact(a.date)}\n${a.url}\n${a.paragraphs.join("\n")}\n`;
}

/** A whole .txt file: title, text, then `Outlet, DD.MM.YYYY` among trailing boilerplate (seed 004). */
export function renderFooter(a: GeneratedArticle): string {
  const outlet = OUTLETS[a.id.charCodeAt(a.id.length - 1) % OUTLETS.length]!;
  const source = OUTLETS[a.id.charCodeAt(a.id.length - 2) % OUTLETS.length]!;
  return `${a.title}\n\n${a.paragraphs.join("\n\n")}\n\n${outlet}, ${dotted(a.date)}\nSource: ${source} \n\n${BOILERPLATE.join("\n\n")}\n`;
}

export const JSONL_FIELDS = ["id", "title", "date", "url", "text"] as const;

/** One JSONL line (with its newline). */
export function renderJsonl(a: GeneratedArticle): string {
  return `${JSON.stringify({ id: a.id, title: a.title, date: a.date, url: a.url, text: a.paragraphs.join("\n\n") })}\n`;
}

/** The Kremlin corpus's columns. */
export const CSV_HEADER = "link,headline,date,location,summary,body\n";

/** One CSV record (with its newline), quoted as RFC 4180 wants. */
export function renderCsv(a: GeneratedArticle): string {
  const fields = [a.url ?? "", a.title, `${a.date}T12:00:00Z`, "Moscow", a.summary, a.paragraphs.join("\n")];
  return `${fields.map(quoteCsv).join(",")}\n`;
}

export function quoteCsv(field: string): string {
  return /[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
