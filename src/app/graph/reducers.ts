// Hover/selection highlighting. Reducers run for every node and edge on each
// refresh, so they only read sets computed once per highlight change (the
// focus's shown neighbours and edges): no graph walks, no allocation. Sigma
// hands reducers a copy of the attributes, so they change it in place.
//
// Highlighted items go on top by program type, not zIndex: sigma draws its
// programs in the order they are registered, one after another, while zIndex
// makes every refresh sort all items with a comparator (tens of ms at 10,000
// edges). GraphView registers the default programs again under these names.
//
// Everything left in the default programs is dimmed by their shaders while a
// node is highlighted (dim-programs.ts), and their labels are left out by the
// label drawers: the reducers never touch those items, so turning the
// highlight on or off redraws only the neighbourhood that changes layer.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type Graph from "graphology";
import type { EdgeView, NodeView } from "./runtime.js";

export const FOCUS_EDGE_COLOR = "#ff7043";

/** Program types drawn after the default ones ("circle", "line"), in this order. */
export const FRONT_LAYER = "front";
export const TOP_LAYER = "top";

export interface HighlightState {
  /** The node being highlighted: hovered, else selected. */
  focus: string | null;
  selected: string | null;
  /** Edge whose evidence is open. */
  edge: string | null;
  /** The focus's neighbours and edges, over shown edges only. */
  neighbours: Set<string>;
  edges: Set<string>;
  /** Each neighbour's shown weight with the focus: the strongest are labelled first. */
  weights: Map<string, number>;
  /** The neighbours whose labels are drawn: those that fit on screen without covering another (label-pick.ts). */
  labelled: Set<string>;
  /**
   * Whether names shown with nothing highlighted are picked (base-labels.ts) rather than left to
   * sigma's label grid: on graphs whose names cannot all fit.
   */
  pickBase: boolean;
  /** The nodes named while nothing is highlighted, when pickBase. */
  baseLabelled: Set<string>;
}

export function emptyHighlight(): HighlightState {
  return { focus: null, selected: null, edge: null, neighbours: new Set(), edges: new Set(), weights: new Map(), labelled: new Set(), pickBase: false, baseLabelled: new Set() };
}

/**
 * Fills the neighbour and edge sets of the focus: O(its degree), once per highlight change.
 * No neighbour is labelled until the caller, which knows the screen, picks them.
 */
export function collectFocus(graph: Graph<NodeView, EdgeView>, state: HighlightState): void {
  state.neighbours = new Set();
  state.edges = new Set();
  state.weights = new Map();
  state.labelled = new Set();
  const { focus } = state;
  if (focus === null || !graph.hasNode(focus)) return;
  graph.forEachEdge(focus, (edge, a, source, target) => {
    if (a.hidden) return;
    state.edges.add(edge);
    if (source === target) return;
    const other = source === focus ? target : source;
    state.neighbours.add(other);
    state.weights.set(other, (state.weights.get(other) ?? 0) + a.weight);
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
      d.type = TOP_LAYER;
    } else if (state.focus !== null) {
      if (state.neighbours.has(node)) {
        // The others' labels are left out at drawing, as dimmed nodes' are (dim-programs.ts).
        if (state.labelled.has(node)) d.forceLabel = true;
        d.type = FRONT_LAYER;
      }
    } else if (state.baseLabelled.has(node)) {
      d.forceLabel = true;
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
      d.type = TOP_LAYER;
    } else if (state.focus !== null) {
      if (state.edges.has(edge)) d.type = FRONT_LAYER;
    }
    return d;
  };
}

/** Whether the default programs dim what they draw (and dimmed labels are left out). */
export function isDimmed(state: HighlightState): boolean {
  return state.focus !== null;
}

/** Items whose reduced look may differ between two highlight states (dimming itself is a uniform, not a look). */
export function highlightChanges(before: HighlightState, after: HighlightState): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const s of [before, after]) {
    for (const k of [s.focus, s.selected]) if (k !== null) nodes.add(k);
    for (const k of s.neighbours) nodes.add(k);
    for (const k of s.edges) edges.add(k);
    if (s.edge !== null) edges.add(s.edge);
  }
  // The names shown with nothing highlighted come and go with the highlight.
  if ((before.focus === null) !== (after.focus === null)) for (const s of [before, after]) for (const k of s.baseLabelled) nodes.add(k);
  return { nodes, edges };
}

export function copyHighlight(s: HighlightState): HighlightState {
  return { ...s };
}
