// Hover/selection highlighting. Reducers run for every node and edge on each
// refresh, so they only read precomputed neighbour sets: no graph walks here.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from "../../shared/appearance.js";
import type { EdgeView, NodeView } from "./runtime.js";

export const FOCUS_EDGE_COLOR = "#ff7043";

export interface HighlightState {
  /** The node being highlighted: hovered, else selected. */
  focus: string | null;
  selected: string | null;
  /** Edge whose evidence is open. */
  edge: string | null;
  neighbours: Map<string, Set<string>>;
}

export function nodeReducer(state: HighlightState) {
  return (node: string, data: NodeView): Partial<NodeDisplayData> => {
    const { focus } = state;
    if (node === state.selected) return { ...data, highlighted: true, forceLabel: true, zIndex: 3 };
    if (focus === null) return data;
    if (node === focus) return { ...data, highlighted: true, forceLabel: true, zIndex: 3 };
    if (state.neighbours.get(focus)?.has(node)) return { ...data, forceLabel: true, zIndex: 2 };
    return { ...data, color: DIMMED_NODE_COLOR, label: null, zIndex: 0 };
  };
}

/** extremities: O(1) lookup of an edge's ends (graphology's own index), not a walk. */
export function edgeReducer(state: HighlightState, extremities: (edge: string) => [string, string]) {
  return (edge: string, data: EdgeView): Partial<EdgeDisplayData> => {
    if (edge === state.edge) return { ...data, color: FOCUS_EDGE_COLOR, size: Math.max(data.size, 3), zIndex: 3 };
    const { focus } = state;
    if (focus === null) return data;
    const [s, t] = extremities(edge);
    if (s === focus || t === focus) return { ...data, zIndex: 2 };
    return { ...data, color: DIMMED_EDGE_COLOR, zIndex: 0 };
  };
}
