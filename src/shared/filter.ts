// The one definition of "what the user chose to see". The explorer (graph,
// panels, counts) and the export CLI both go through filterGraph, so a view and
// its export always show the same subgraph with the same numbers.
import {
  DEFAULT_WEIGHTS,
  interactionTypes,
  type EdgeAttributes,
  type GraphFile,
  type Interaction,
  type InteractionType,
  type NodeAttributes,
  type Weights,
} from "./graph-schema.js";

export interface Filters {
  /** Interaction types kept. */
  types: InteractionType[];
  /** Keep planned/proposed/cancelled/denied meetings: shown as evidence, never counted. */
  includeUnrealised: boolean;
  /** Keep statements read only from a speaker's own words in a transcript (everyone a turn names), beside reported speech. */
  includeTranscript: boolean;
  /**
   * Keep actors found with no title and unknown to the gazetteer (athletes, artists, people of history): the
   * annotation counts as actors only people in politics or diplomacy, which a title mostly tells.
   */
  includeUntitled: boolean;
  /** Edges whose recomputed weight is below this are dropped. */
  minWeight: number;
  /** Inclusive ISO date bounds on interaction dates; null = open. An undated interaction is dropped once a bound is set. */
  from: string | null;
  to: string | null;
  /**
   * Node affiliations kept; null = all. A node with no affiliation matches
   * NO_AFFILIATION ("") in this list.
   */
  affiliations: string[] | null;
  /** Keep only this actor, its neighbours and the edges among them; null = all. */
  focus: string | null;
}

export const NO_AFFILIATION = "";

export const DEFAULT_FILTERS: Filters = Object.freeze({
  types: [...interactionTypes],
  includeUnrealised: true,
  includeTranscript: true,
  includeUntitled: true,
  minWeight: 0,
  from: null,
  to: null,
  affiliations: null,
  focus: null,
}) as Filters;

/** A meeting that did not (or not yet) take place. Statements and co-mentions are always realised. */
export function isUnrealised(i: Interaction): boolean {
  return i.type === "meeting" && i.modality !== undefined && i.modality !== "occurred";
}

export function isFiltering(f: Filters): boolean {
  return (
    interactionTypes.some((t) => !f.types.includes(t)) ||
    !f.includeUnrealised ||
    !f.includeTranscript ||
    !f.includeUntitled ||
    f.minWeight > 0 ||
    f.from !== null ||
    f.to !== null ||
    f.affiliations !== null ||
    f.focus !== null
  );
}

/** Whether one interaction survives the type, modality, transcript and date filters. */
export function keepsInteraction(i: Interaction, f: Filters): boolean {
  if (!f.types.includes(i.type)) return false;
  if (!f.includeUnrealised && isUnrealised(i)) return false;
  if (!f.includeTranscript && i.transcript) return false;
  if (f.from !== null || f.to !== null) {
    if (i.date === null) return false;
    if (f.from !== null && i.date < f.from) return false;
    if (f.to !== null && i.date > f.to) return false;
  }
  return true;
}

/** Counts, weight and date span of a set of interactions; unrealised meetings are not counted. */
export function summariseInteractions(
  interactions: Interaction[],
  weights: Weights,
): Omit<EdgeAttributes, "interactions"> {
  let meetings = 0;
  let statements = 0;
  let comentions = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const i of interactions) {
    if (i.date !== null) {
      if (firstDate === null || i.date < firstDate) firstDate = i.date;
      if (lastDate === null || i.date > lastDate) lastDate = i.date;
    }
    if (isUnrealised(i)) continue;
    if (i.type === "meeting") meetings++;
    else if (i.type === "statement") statements++;
    else comentions++;
  }
  const weight = meetings * weights.meeting + statements * weights.statement + comentions * weights.comention;
  return { weight, meetings, statements, comentions, firstDate, lastDate };
}

/** An actor the extractor found with no title, and no gazetteer knows. */
export function isUntitled(a: Pick<NodeAttributes, "known" | "roles">): boolean {
  return !a.known && a.roles.length === 0;
}

function affiliationKept(affiliation: string | null, kept: Set<string> | null): boolean {
  return kept === null || kept.has(affiliation ?? NO_AFFILIATION);
}

/**
 * Returns a new graph file holding what the filters keep: kept interactions
 * only, edge counts/weight/dates and node degree/weightedDegree recomputed.
 * Edges with no interaction left or under minWeight are dropped; when any
 * filter is active, nodes left with no edge are dropped (except the focus).
 * An unknown focus gives an empty graph. Input order is preserved.
 */
export function filterGraph(file: GraphFile, filters: Filters): GraphFile {
  const weights = file.attributes.weights ?? DEFAULT_WEIGHTS;
  const affiliations = filters.affiliations === null ? null : new Set(filters.affiliations);
  const nodeKept = new Set<string>();
  for (const n of file.nodes) {
    if (affiliationKept(n.attributes.affiliation, affiliations) && (filters.includeUntitled || !isUntitled(n.attributes))) nodeKept.add(n.key);
  }

  let edges: GraphFile["edges"] = [];
  for (const e of file.edges) {
    if (!nodeKept.has(e.source) || !nodeKept.has(e.target)) continue;
    const interactions = e.attributes.interactions.filter((i) => keepsInteraction(i, filters));
    if (interactions.length === 0) continue;
    const summary = summariseInteractions(interactions, weights);
    if (summary.weight < filters.minWeight) continue;
    edges.push({ ...e, attributes: { ...summary, interactions } });
  }

  if (filters.focus !== null) {
    const focus = filters.focus;
    if (!nodeKept.has(focus)) {
      return { ...file, nodes: [], edges: [] };
    }
    const ego = new Set<string>([focus]);
    for (const e of edges) {
      if (e.source === focus) ego.add(e.target);
      else if (e.target === focus) ego.add(e.source);
    }
    edges = edges.filter((e) => ego.has(e.source) && ego.has(e.target));
    for (const k of nodeKept) if (!ego.has(k)) nodeKept.delete(k);
  }

  const degree = new Map<string, number>();
  const weighted = new Map<string, number>();
  for (const e of edges) {
    for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
      degree.set(end, (degree.get(end) ?? 0) + 1);
      weighted.set(end, (weighted.get(end) ?? 0) + e.attributes.weight);
    }
  }
  const dropIsolated = isFiltering(filters);
  const nodes: GraphFile["nodes"] = [];
  for (const n of file.nodes) {
    if (!nodeKept.has(n.key)) continue;
    const d = degree.get(n.key) ?? 0;
    if (dropIsolated && d === 0 && n.key !== filters.focus) continue;
    nodes.push({ ...n, attributes: { ...n.attributes, degree: d, weightedDegree: weighted.get(n.key) ?? 0 } });
  }
  return { ...file, nodes, edges };
}
