// File names that say what a snapshot holds:
// actors-graph_2021-04-01_2022-02-23_meetings.gexf
import { interactionTypes, type GraphFile, type InteractionType } from "../shared/graph-schema.js";
import type { Filters } from "../shared/filter.js";
import { snapshotDateSpan } from "./dates.js";

const TYPE_WORDS: Record<InteractionType, string> = {
  meeting: "meetings",
  statement: "statements",
  comention: "comentions",
};

/** Lower-case ASCII slug safe in any file system; non-Latin keys keep a stable hash. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  if (slug) return slug;
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return `x${h.toString(36)}`;
}

/** Base name (no extension) of a snapshot of `filtered`, made with `filters`. */
export function snapshotBaseName(filtered: GraphFile, filters: Filters): string {
  const parts = ["actors-graph"];
  const span = snapshotDateSpan(filtered, filters);
  if (span.from !== null || span.to !== null) parts.push(span.from ?? "start", span.to ?? "end");
  const types = interactionTypes.filter((t) => filters.types.includes(t));
  if (types.length < interactionTypes.length) parts.push(types.length ? types.map((t) => TYPE_WORDS[t]).join("-") : "none");
  if (!filters.includeUnrealised) parts.push("realised");
  if (!filters.includeTranscript) parts.push("reported");
  if (!filters.includeUntitled) parts.push("titled");
  if (filters.minWeight > 0) parts.push(`minw${String(filters.minWeight).replace(/[^0-9.]/g, "")}`);
  if (filters.focus !== null) parts.push(`focus-${fileSlug(filters.focus)}`);
  if (filters.affiliations !== null) parts.push(`aff-${filters.affiliations.map((a) => fileSlug(a || "none")).join("-")}`);
  return parts.join("_");
}

export function snapshotFileName(filtered: GraphFile, filters: Filters, extension: string): string {
  return `${snapshotBaseName(filtered, filters)}.${extension}`;
}
