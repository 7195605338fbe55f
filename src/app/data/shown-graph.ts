// What the panels read about the filtered graph: built in O(1) per filter
// change from the filter view; an edge's filtered copy (its kept interactions,
// recounted) is made only when a panel asks for it, the way filterGraph makes it.
import { keepsInteraction, summariseInteractions } from "../../shared/filter.js";
import { DEFAULT_WEIGHTS } from "../../shared/graph-schema.js";
import type { FilterView } from "./filter-view.js";
import type { FileEdge, FileNode } from "./indexes.js";
import type { InteractionTable } from "./interaction-table.js";

export interface ShownGraph {
  table: InteractionTable;
  view: FilterView;
  hasNode(key: string): boolean;
  /** The node as loaded (unfiltered attributes), whether shown or not. */
  node(key: string): FileNode | undefined;
  /** The edge as the filters leave it, or undefined when it is filtered out. */
  edge(key: string): FileEdge | undefined;
  /** Shown edges at a node, in file order. */
  incident(key: string): FileEdge[];
}

export function shownGraph(table: InteractionTable, view: FilterView): ShownGraph {
  const weights = table.file.attributes.weights ?? DEFAULT_WEIGHTS;
  const cache = new Map<number, FileEdge>();
  const edgeAt = (j: number): FileEdge | undefined => {
    if (!view.edgeKept[j]) return undefined;
    let e = cache.get(j);
    if (!e) {
      const original = table.file.edges[j]! as FileEdge;
      const interactions = original.attributes.interactions.filter((i) => keepsInteraction(i, view.filters));
      e = { ...original, attributes: { ...summariseInteractions(interactions, weights), interactions } };
      cache.set(j, e);
    }
    return e;
  };
  return {
    table,
    view,
    hasNode: (key) => {
      const i = table.nodeIndex.get(key);
      return i !== undefined && view.nodeKept[i] === 1;
    },
    node: (key) => {
      const i = table.nodeIndex.get(key);
      return i === undefined ? undefined : table.file.nodes[i];
    },
    edge: (key) => {
      const j = table.edgeIndex.get(key);
      return j === undefined ? undefined : edgeAt(j);
    },
    incident: (key) => {
      const i = table.nodeIndex.get(key);
      if (i === undefined) return [];
      const out: FileEdge[] = [];
      for (let k = table.nodeEdgeStart[i]!; k < table.nodeEdgeStart[i + 1]!; k++) {
        const e = edgeAt(table.nodeEdges[k]!);
        if (e) out.push(e);
      }
      return out;
    },
  };
}
