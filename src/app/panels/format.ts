// Display helpers for panels. Corpus text is shown as React text (escaped);
// links only ever point at http(s) URLs.
import type { Interaction, Modality } from "../../shared/graph-schema.js";

/** The URL itself when it is an absolute http(s) URL, else null (javascript:, data:, relative...). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const TYPE_LABEL: Record<Interaction["type"], string> = {
  meeting: "Meeting",
  statement: "Statement",
  comention: "Co-mention",
};

export const MODALITY_LABEL: Record<Modality, string> = {
  occurred: "Occurred",
  planned: "Planned",
  proposed: "Proposed",
  cancelled: "Cancelled",
  denied: "Denied",
};

/** Counts shown on a connection: "1 meeting · 2 statements". */
export function countsText(c: { meetings: number; statements: number; comentions: number }): string {
  const parts: string[] = [];
  if (c.meetings) parts.push(plural(c.meetings, "meeting"));
  if (c.statements) parts.push(plural(c.statements, "statement"));
  if (c.comentions) parts.push(plural(c.comentions, "co-mention"));
  return parts.join(" · ") || "no counted interaction";
}

export function formatWeight(w: number): string {
  return Number.isInteger(w) ? String(w) : w.toFixed(2).replace(/0$/, "");
}

/**
 * What to call an article in a citation. Articles read from the plain-text
 * layout with a date line have no title: say so, and name what is known
 * (the site it came from, else its id, shortened), rather than showing a bare hash.
 */
export function articleLabel(a: { id: string; title: string; url: string | null }): string {
  if (a.title.trim()) return a.title.trim();
  const href = safeHref(a.url);
  if (href) return `Untitled article on ${new URL(href).hostname.replace(/^www\./, "")}`;
  const id = a.id.length > 12 ? `${a.id.slice(0, 8)}…` : a.id;
  return `Untitled article ${id}`;
}
