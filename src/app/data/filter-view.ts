// The fast path of shared/filter.ts's filterGraph: the same rules over the
// interaction table, giving per-node and per-edge numbers instead of a new
// file. filter-view.test.ts checks both agree; keep the rules in step.
import { isFiltering, type Filters } from "../../shared/filter.js";
import { interactionTypes } from "../../shared/graph-schema.js";
import { dayCode, NO_DATE, TRANSCRIPT, typeCode, UNREALISED, type InteractionTable } from "./interaction-table.js";

export interface FilterView {
  filters: Filters;
  edgeKept: Uint8Array;
  /** Recomputed over kept interactions (meaningful where edgeKept). */
  edgeWeight: Float64Array;
  edgeMeetings: Uint32Array;
  edgeStatements: Uint32Array;
  edgeComentions: Uint32Array;
  /** Earliest / latest kept interaction date as a day code, NO_DATE when none. */
  edgeFirst: Int32Array;
  edgeLast: Int32Array;
  nodeKept: Uint8Array;
  nodeDegree: Uint32Array;
  nodeWeightedDegree: Float64Array;
  nodeCount: number;
  edgeCount: number;
  maxWeightedDegree: number;
  maxEdgeWeight: number;
}

/** Bit i set when interactionTypes[i] is kept. */
function typeMask(f: Filters): number {
  let m = 0;
  for (const t of f.types) m |= 1 << typeCode(t);
  return m;
}

/** The interaction flags (see InteractionTable.flags) whose interactions the filters drop. */
function droppedFlags(f: Filters): number {
  return (f.includeUnrealised ? 0 : UNREALISED) | (f.includeTranscript ? 0 : TRANSCRIPT);
}

export function computeView(table: InteractionTable, filters: Filters): FilterView {
  const nodes = table.nodeAffiliation.length;
  const edges = table.edgeSource.length;
  const { edgeSource, edgeTarget, edgeStart, day, type, flags, typeWeight } = table;
  const [wMeeting, wStatement, wComention] = [typeWeight[0]!, typeWeight[1]!, typeWeight[2]!];

  const affKept = new Uint8Array(table.affiliations.length);
  table.affiliations.forEach((a, k) => (affKept[k] = filters.affiliations === null || filters.affiliations.includes(a) ? 1 : 0));
  const nodeKept = new Uint8Array(nodes);
  const dropUntitled = !filters.includeUntitled;
  for (let i = 0; i < nodes; i++) nodeKept[i] = affKept[table.nodeAffiliation[i]!]! && !(dropUntitled && table.nodeUntitled[i]) ? 1 : 0;

  const mask = typeMask(filters);
  const drop = droppedFlags(filters);
  const dated = filters.from !== null || filters.to !== null;
  const from = filters.from === null ? -Infinity : dayCode(filters.from);
  const to = filters.to === null ? Infinity : dayCode(filters.to);
  const minWeight = filters.minWeight;

  const edgeKept = new Uint8Array(edges);
  const edgeWeight = new Float64Array(edges);
  const edgeMeetings = new Uint32Array(edges);
  const edgeStatements = new Uint32Array(edges);
  const edgeComentions = new Uint32Array(edges);
  const edgeFirst = new Int32Array(edges).fill(NO_DATE);
  const edgeLast = new Int32Array(edges).fill(NO_DATE);

  for (let j = 0; j < edges; j++) {
    if (!nodeKept[edgeSource[j]!] || !nodeKept[edgeTarget[j]!]) continue;
    let kept = 0;
    let m = 0;
    let s = 0;
    let c = 0;
    let first = NO_DATE;
    let last = NO_DATE;
    for (let i = edgeStart[j]!, end = edgeStart[j + 1]!; i < end; i++) {
      const t = type[i]!;
      if (!((mask >> t) & 1)) continue;
      const f = flags[i]!;
      if (f & drop) continue;
      const d = day[i]!;
      if (dated && (d === NO_DATE || d < from || d > to)) continue;
      kept++;
      if (d !== NO_DATE) {
        if (first === NO_DATE || d < first) first = d;
        if (d > last) last = d;
      }
      if (f & UNREALISED) continue;
      if (t === 0) m++;
      else if (t === 1) s++;
      else c++;
    }
    if (kept === 0) continue;
    // Same expression as summariseInteractions, so the floats match exactly.
    const w = m * wMeeting + s * wStatement + c * wComention;
    if (w < minWeight) continue;
    edgeKept[j] = 1;
    edgeWeight[j] = w;
    edgeMeetings[j] = m;
    edgeStatements[j] = s;
    edgeComentions[j] = c;
    edgeFirst[j] = first;
    edgeLast[j] = last;
  }

  const focus = filters.focus === null ? -1 : (table.nodeIndex.get(filters.focus) ?? -2);
  if (focus !== -1) {
    if (focus === -2 || !nodeKept[focus]) {
      nodeKept.fill(0);
      edgeKept.fill(0);
    } else {
      const ego = new Uint8Array(nodes);
      ego[focus] = 1;
      for (let k = table.nodeEdgeStart[focus]!, end = table.nodeEdgeStart[focus + 1]!; k < end; k++) {
        const j = table.nodeEdges[k]!;
        if (edgeKept[j]) ego[edgeSource[j] === focus ? edgeTarget[j]! : edgeSource[j]!] = 1;
      }
      for (let j = 0; j < edges; j++) if (edgeKept[j] && !(ego[edgeSource[j]!] && ego[edgeTarget[j]!])) edgeKept[j] = 0;
      for (let i = 0; i < nodes; i++) if (!ego[i]) nodeKept[i] = 0;
    }
  }

  const nodeDegree = new Uint32Array(nodes);
  const nodeWeightedDegree = new Float64Array(nodes);
  let edgeCount = 0;
  let maxEdgeWeight = 0;
  for (let j = 0; j < edges; j++) {
    if (!edgeKept[j]) continue;
    edgeCount++;
    const w = edgeWeight[j]!;
    if (w > maxEdgeWeight) maxEdgeWeight = w;
    const s = edgeSource[j]!;
    const t = edgeTarget[j]!;
    nodeDegree[s]!++;
    nodeWeightedDegree[s]! += w;
    if (t !== s) {
      nodeDegree[t]!++;
      nodeWeightedDegree[t]! += w;
    }
  }
  const dropIsolated = isFiltering(filters);
  let nodeCount = 0;
  let maxWeightedDegree = 0;
  for (let i = 0; i < nodes; i++) {
    if (!nodeKept[i]) continue;
    if (dropIsolated && nodeDegree[i] === 0 && i !== focus) {
      nodeKept[i] = 0;
      continue;
    }
    nodeCount++;
    if (nodeWeightedDegree[i]! > maxWeightedDegree) maxWeightedDegree = nodeWeightedDegree[i]!;
  }

  return {
    filters,
    edgeKept,
    edgeWeight,
    edgeMeetings,
    edgeStatements,
    edgeComentions,
    edgeFirst,
    edgeLast,
    nodeKept,
    nodeDegree,
    nodeWeightedDegree,
    nodeCount,
    edgeCount,
    maxWeightedDegree,
    maxEdgeWeight,
  };
}

/** The filters that decide the date histogram: everything but the dates. */
export function withoutDates(filters: Filters): Filters {
  return filters.from === null && filters.to === null ? filters : { ...filters, from: null, to: null };
}

/** A key that changes only when a filter other than the dates changes. */
export function nonDateKey(f: Filters): string {
  return JSON.stringify([interactionTypes.filter((t) => f.types.includes(t)), f.includeUnrealised, f.includeTranscript, f.includeUntitled, f.minWeight, f.affiliations, f.focus]);
}

/**
 * Kept interactions per histogram bin, for a view computed without date bounds.
 * binOf[i] is interaction i's bin, or -1 (undated, or outside the bins).
 */
export function binCounts(table: InteractionTable, view: FilterView, binOf: Int32Array, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const mask = typeMask(view.filters);
  const drop = droppedFlags(view.filters);
  const { edgeStart, type, flags } = table;
  for (let j = 0; j < view.edgeKept.length; j++) {
    if (!view.edgeKept[j]) continue;
    for (let i = edgeStart[j]!, end = edgeStart[j + 1]!; i < end; i++) {
      const b = binOf[i]!;
      if (b < 0 || !((mask >> type[i]!) & 1) || flags[i]! & drop) continue;
      counts[b]!++;
    }
  }
  return counts;
}

/** Each interaction's bin (see binCounts), from a date → bin function; -1 for undated ones. */
export function interactionBins(table: InteractionTable, binOf: (date: string) => number): Int32Array {
  const out = new Int32Array(table.day.length);
  // Far fewer distinct dates than interactions: binOf (date arithmetic) runs once per date.
  const known = new Map<string, number>();
  let at = 0;
  for (const e of table.file.edges) {
    for (const { date } of e.attributes.interactions) {
      if (date === null) {
        out[at++] = -1;
        continue;
      }
      let bin = known.get(date);
      if (bin === undefined) known.set(date, (bin = binOf(date)));
      out[at++] = bin;
    }
  }
  return out;
}
