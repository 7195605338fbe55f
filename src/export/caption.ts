// What an image says about itself: title, date span, active filters, legend
// and corpus credit. Shared by the SVG writer and the browser PNG painter.
import { interactionTypes, type GraphFile } from "../shared/graph-schema.js";
import { isFiltering, type Filters } from "../shared/filter.js";
import { affiliationLegend, type LegendEntry } from "../shared/appearance.js";
import { snapshotDateSpan } from "./dates.js";

export interface Caption {
  title: string;
  dates: string;
  filters: string;
  legend: LegendEntry[];
  credit: string;
}

export const DEFAULT_TITLE = "Actor relationship graph";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Human-readable list of what the filters change from the default view. */
export function describeFilters(filters: Filters, labelOf: (key: string) => string = (k) => k): string {
  if (!isFiltering(filters)) return "No filters: every actor and interaction";
  const parts: string[] = [];
  if (interactionTypes.some((t) => !filters.types.includes(t))) {
    parts.push(`types: ${filters.types.length ? filters.types.join(", ") : "none"}`);
  }
  if (!filters.includeUnrealised) parts.push("realised meetings only");
  if (!filters.includeTranscript) parts.push("reported statements only");
  if (!filters.includeUntitled) parts.push("actors with a title only");
  if (filters.minWeight > 0) parts.push(`weight ≥ ${filters.minWeight}`);
  if (filters.from !== null || filters.to !== null) parts.push(`dates ${filters.from ?? "…"} to ${filters.to ?? "…"}`);
  if (filters.affiliations !== null) parts.push(`affiliations: ${filters.affiliations.map((a) => a || "unknown").join(", ")}`);
  if (filters.focus !== null) parts.push(`focus: ${labelOf(filters.focus)}`);
  return `Filters: ${parts.join("; ")}`;
}

export function buildCaption(filtered: GraphFile, filters: Filters, original?: GraphFile): Caption {
  const span = snapshotDateSpan(filtered, filters);
  const labels = new Map((original ?? filtered).nodes.map((n) => [n.key, n.attributes.label]));
  const dates =
    span.from === null && span.to === null ? "Undated interactions" : `${span.from ?? "…"} to ${span.to ?? "…"}`;
  return {
    title: DEFAULT_TITLE,
    dates: `${dates} · ${plural(filtered.nodes.length, "actor")}, ${plural(filtered.edges.length, "link")}`,
    filters: describeFilters(filters, (k) => labels.get(k) ?? k),
    legend: affiliationLegend(filtered),
    credit: `Source: ${filtered.attributes.corpus ?? "unnamed corpus"} (${plural(filtered.attributes.articles.length, "article")})`,
  };
}
