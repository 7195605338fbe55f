// The loaded file flattened once into typed arrays, so a filter change is one
// tight pass over numbers (filter-view.ts) instead of copying the whole file.
// Indices follow the file's order: node i is file.nodes[i], edge j is file.edges[j],
// and edge j's interactions are [edgeStart[j], edgeStart[j + 1]).
import { NO_AFFILIATION, isUnrealised, isUntitled } from "../../shared/filter.js";
import { DEFAULT_WEIGHTS, interactionTypes, type GraphFile, type InteractionType } from "../../shared/graph-schema.js";

/** Day code of an undated interaction: below every real date. */
export const NO_DATE = -1;

/** Bits of InteractionTable.flags, each dropped by a filter. */
export const UNREALISED = 1;
export const TRANSCRIPT = 2;

export interface InteractionTable {
  file: GraphFile;
  nodeIndex: Map<string, number>;
  edgeIndex: Map<string, number>;
  /** Index into `affiliations` for each node. */
  nodeAffiliation: Uint16Array;
  /** Distinct affiliation codes; NO_AFFILIATION ("") for nodes with none. */
  affiliations: string[];
  /** 1 for a node found with no title and unknown to the gazetteer (see isUntitled). */
  nodeUntitled: Uint8Array;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  edgeStart: Uint32Array;
  /** Per interaction: date as YYYYMMDD (same order as the ISO strings filterGraph compares), or NO_DATE. */
  day: Int32Array;
  /** Per interaction: index in interactionTypes. */
  type: Uint8Array;
  /** Per interaction: UNREALISED for a meeting that did not (yet) take place, TRANSCRIPT for a statement read from a transcript's turn. */
  flags: Uint8Array;
  /** Weight per interaction type, in interactionTypes order. */
  typeWeight: Float64Array;
  /** Edges incident to node i: nodeEdges[nodeEdgeStart[i] .. nodeEdgeStart[i + 1]), in file order; a self-loop once. */
  nodeEdgeStart: Uint32Array;
  nodeEdges: Uint32Array;
}

/** "2022-01-31" → 20220131; keeps the ISO strings' order, even for impossible dates like 2021-02-30. */
export function dayCode(iso: string): number {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

export function typeCode(t: InteractionType): number {
  return interactionTypes.indexOf(t);
}

export function buildInteractionTable(file: GraphFile): InteractionTable {
  const nodeIndex = new Map<string, number>();
  const affiliations: string[] = [];
  const affiliationIndex = new Map<string, number>();
  const nodeAffiliation = new Uint16Array(file.nodes.length);
  const nodeUntitled = new Uint8Array(file.nodes.length);
  file.nodes.forEach((n, i) => {
    nodeIndex.set(n.key, i);
    nodeUntitled[i] = isUntitled(n.attributes) ? 1 : 0;
    const a = n.attributes.affiliation ?? NO_AFFILIATION;
    let k = affiliationIndex.get(a);
    if (k === undefined) {
      k = affiliations.length;
      affiliations.push(a);
      affiliationIndex.set(a, k);
    }
    nodeAffiliation[i] = k;
  });

  let total = 0;
  for (const e of file.edges) total += e.attributes.interactions.length;
  const edgeCount = file.edges.length;
  const edgeSource = new Uint32Array(edgeCount);
  const edgeTarget = new Uint32Array(edgeCount);
  const edgeStart = new Uint32Array(edgeCount + 1);
  const day = new Int32Array(total);
  const type = new Uint8Array(total);
  const flags = new Uint8Array(total);
  const edgeIndex = new Map<string, number>();
  const degree = new Uint32Array(file.nodes.length + 1);
  let at = 0;
  file.edges.forEach((e, j) => {
    if (e.key !== undefined) edgeIndex.set(e.key, j);
    const s = nodeIndex.get(e.source)!;
    const t = nodeIndex.get(e.target)!;
    edgeSource[j] = s;
    edgeTarget[j] = t;
    degree[s]!++;
    if (t !== s) degree[t]!++;
    edgeStart[j] = at;
    for (const i of e.attributes.interactions) {
      day[at] = i.date === null ? NO_DATE : dayCode(i.date);
      type[at] = typeCode(i.type);
      flags[at] = (isUnrealised(i) ? UNREALISED : 0) | (i.transcript ? TRANSCRIPT : 0);
      at++;
    }
  });
  edgeStart[edgeCount] = at;

  const nodeEdgeStart = new Uint32Array(file.nodes.length + 1);
  for (let i = 0; i < file.nodes.length; i++) nodeEdgeStart[i + 1] = nodeEdgeStart[i]! + degree[i]!;
  const fill = nodeEdgeStart.slice(0, file.nodes.length);
  const nodeEdges = new Uint32Array(nodeEdgeStart[file.nodes.length]!);
  for (let j = 0; j < edgeCount; j++) {
    const s = edgeSource[j]!;
    const t = edgeTarget[j]!;
    nodeEdges[fill[s]!++] = j;
    if (t !== s) nodeEdges[fill[t]!++] = j;
  }

  const w = file.attributes.weights ?? DEFAULT_WEIGHTS;
  return {
    file,
    nodeIndex,
    edgeIndex,
    nodeAffiliation,
    affiliations,
    nodeUntitled,
    edgeSource,
    edgeTarget,
    edgeStart,
    day,
    type,
    flags,
    typeWeight: Float64Array.from(interactionTypes.map((t) => w[t])),
    nodeEdgeStart,
    nodeEdges,
  };
}
