// Hover/selection highlighting. Reducers run for every node and edge on each
// refresh, so they only read sets computed once per highlight change (the
// focus's shown neighbours and edges): no graph walks, no allocation. Sigma
// hands reducers a copy of the attributes, so they change it in place.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type Graph from "graphology";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from "../../shared/appearance.js";
import type { EdgeView, NodeView } from "./runtime.js";

export const FOCUS_EDGE_COLOR = "#ff7043";

export interface HighlightState {
  /** The node being highlighted: hovered, else selected. */
  focus: string | null;
  selected: string | null;
  /** Edge whose evidence is open. */
  edge: string | null;
  /** The focus's neighbours and edges, over shown edges only. */
  neighbours: Set<string>;
  edges: Set<string>;
}

export function emptyHighlight(): HighlightState {
  return { focus: null, selected: null, edge: null, neighbours: new Set(), edges: new Set() };
}

/** Fills the neighbour and edge sets of the focus: O(its degree), once per highlight change. */
export function collectFocus(graph: Graph<NodeView, EdgeView>, state: HighlightState): void {
  state.neighbours = new Set();
  state.edges = new Set();
  const { focus } = state;
  if (focus === null || !graph.hasNode(focus)) return;
  graph.forEachEdge(focus, (edge, a, source, target) => {
    if (a.hidden) return;
    state.edges.add(edge);
    if (source !== target) state.neighbours.add(source === focus ? target : source);
  });
}

type NodeData = Omit<NodeView, "label"> & Partial<NodeDisplayData>;
type EdgeData = EdgeView & Partial<EdgeDisplayData>;

export function nodeReducer(state: HighlightState) {
  return (node: string, data: NodeView): Partial<NodeDisplayData> => {
    const d = data as NodeData;
    if (node === state.selected || node === state.focus) {
      d.highlighted = true;
      d.forceLabel = true;
      d.zIndex = 3;
    } else if (state.focus !== null) {
      if (state.neighbours.has(node)) {
        d.forceLabel = true;
        d.zIndex = 2;
      } else {
        d.color = DIMMED_NODE_COLOR;
        d.label = null;
        d.zIndex = 0;
      }
    }
    return d;
  };
}

export function edgeReducer(state: HighlightState) {
  return (edge: string, data: EdgeView): Partial<EdgeDisplayData> => {
    const d = data as EdgeData;
    if (edge === state.edge) {
      d.color = FOCUS_EDGE_COLOR;
      d.size = Math.max(d.size, 3);
      d.zIndex = 3;
    } else if (state.focus !== null) {
      if (state.edges.has(edge)) d.zIndex = 2;
      else {
        d.color = DIMMED_EDGE_COLOR;
        d.zIndex = 0;
      }
    }
    return d;
  };
}
