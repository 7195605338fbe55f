// What a copied link carries: the graph source, the selected actor, the
// filters and the camera. Only non-default values are written, so links stay short.
import { DEFAULT_FILTERS, NO_AFFILIATION, type Filters } from "../../shared/filter.js";
import { interactionTypes, type InteractionType } from "../../shared/graph-schema.js";

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface UrlState {
  graph: string | null;
  selected: string | null;
  filters: Filters;
  camera: CameraState | null;
}

const NONE_TOKEN = "_none";
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const round = (v: number) => Math.round(v * 10000) / 10000;

export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.graph) p.set("graph", s.graph);
  if (s.selected) p.set("actor", s.selected);
  const f = s.filters;
  const types = interactionTypes.filter((t) => f.types.includes(t));
  if (types.length !== interactionTypes.length) p.set("types", types.join(","));
  if (!f.includeUnrealised) p.set("unrealised", "0");
  if (!f.includeTranscript) p.set("transcript", "0");
  if (!f.includeUntitled) p.set("untitled", "0");
  if (f.minWeight > 0) p.set("minw", String(f.minWeight));
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.affiliations !== null) p.set("aff", f.affiliations.map((a) => (a === NO_AFFILIATION ? NONE_TOKEN : a)).join(","));
  if (f.focus) p.set("focus", f.focus);
  if (s.camera) {
    p.set("cx", String(round(s.camera.x)));
    p.set("cy", String(round(s.camera.y)));
    p.set("cr", String(round(s.camera.ratio)));
  }
  const q = p.toString();
  return q ? `?${q}` : "";
}

function num(v: string | null): number | null {
  if (v === null || v.trim() === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Reads a query string; anything malformed falls back to its default rather than failing. */
export function decodeUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const filters: Filters = { ...DEFAULT_FILTERS, types: [...DEFAULT_FILTERS.types] };
  const types = p.get("types");
  if (types !== null) {
    filters.types = interactionTypes.filter((t) => types.split(",").includes(t)) as InteractionType[];
  }
  if (p.get("unrealised") === "0") filters.includeUnrealised = false;
  if (p.get("transcript") === "0") filters.includeTranscript = false;
  if (p.get("untitled") === "0") filters.includeUntitled = false;
  const minw = num(p.get("minw"));
  if (minw !== null && minw > 0) filters.minWeight = minw;
  const from = p.get("from");
  const to = p.get("to");
  if (from && ISO.test(from)) filters.from = from;
  if (to && ISO.test(to)) filters.to = to;
  const aff = p.get("aff");
  if (aff !== null) filters.affiliations = aff === "" ? [] : aff.split(",").map((a) => (a === NONE_TOKEN ? NO_AFFILIATION : a));
  filters.focus = p.get("focus") || null;
  const cx = num(p.get("cx"));
  const cy = num(p.get("cy"));
  const cr = num(p.get("cr"));
  const camera = cx !== null && cy !== null && cr !== null && cr > 0 ? { x: cx, y: cy, ratio: cr } : null;
  return { graph: p.get("graph") || null, selected: p.get("actor") || null, filters, camera };
}
