// CSV tables (RFC 4180: CRLF rows, quoted fields when needed, doubled quotes).
// Text cells that a spreadsheet would run as a formula (= + - @, tab, CR at
// the start) get a leading apostrophe; numbers are written as numbers.
import type { GraphFile } from "../shared/graph-schema.js";
import type { GraphAppearance } from "../shared/appearance.js";
import { EDGE_COLUMNS, NODE_COLUMNS, edgeRows, nodeRows, type Cell } from "./attributes.js";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map((c) => csvCell(c)).join(",")).join("\r\n") + "\r\n";
}

export function nodesCsv(file: GraphFile, appearance: GraphAppearance): string {
  const header = ["id", ...NODE_COLUMNS.map((c) => c.name), "x", "y", "size", "color"];
  const rows = nodeRows(file, appearance).map((r) => [
    r.node.key,
    ...NODE_COLUMNS.map((c) => c.get(r)),
    r.x,
    r.y,
    r.size,
    r.color,
  ]);
  return csvTable(header, rows);
}

/** One row per edge, with the evidence sentences (one per line) so the table stands on its own. */
export function edgesCsv(file: GraphFile, appearance: GraphAppearance): string {
  const header = ["id", "source", "target", "sourceLabel", "targetLabel", ...EDGE_COLUMNS.map((c) => c.name), "evidence"];
  const rows = edgeRows(file, appearance).map((r) => [
    r.key,
    r.edge.source,
    r.edge.target,
    r.sourceLabel,
    r.targetLabel,
    ...EDGE_COLUMNS.map((c) => c.get(r)),
    r.edge.attributes.interactions
      .flatMap((i) => i.evidence.map((ev) => `[${i.date ?? "undated"} ${i.type}${i.modality && i.modality !== "occurred" ? `, ${i.modality}` : ""}] ${ev.sentence}`))
      .join("\n"),
  ]);
  return csvTable(header, rows);
}
