import { useEffect, useLayoutEffect, useRef } from "react";
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";
import { LABEL_COLOR, labelsFit } from "../../shared/appearance.js";
import type { FilterView } from "../data/filter-view.js";
import type { InteractionTable } from "../data/interaction-table.js";
import { useExplorer } from "../state/store.js";
import { DEFAULT_CAMERA, toGraphCamera, toSigmaCamera } from "./camera.js";
import { createDimLabelDrawers, createDimPrograms } from "./dim-programs.js";
import { isLargeGraph } from "./large-graph.js";
import { collectFocus, copyHighlight, edgeReducer, emptyHighlight, FRONT_LAYER, highlightChanges, isDimmed, nodeReducer, TOP_LAYER } from "./reducers.js";
import { labelSettings } from "./label-settings.js";
import { labelNeighbours, relabelNeighbours } from "./neighbour-labels.js";
import { labelBase, relabelBase } from "./base-labels.js";
import { settleTimer } from "./settle-timer.js";
import { drawPickingOnDemand, pickOnDemand } from "./picking-on-demand.js";
import { runtime, type EdgeView, type NodeView } from "./runtime.js";
import { applyView, buildGraph, refreshItems } from "./sync-graph.js";

const CAMERA_DEBOUNCE_MS = 200;
const RELABEL_DEBOUNCE_MS = 100;
/** While the layout runs (positions change every frame), names are picked at least this often. */
const RELABEL_MAX_WAIT_MS = 1000;

const NodeOnDemand = pickOnDemand(NodeCircleProgram);
const EdgeOnDemand = pickOnDemand(EdgeRectangleProgram);

/**
 * The base programs ("circle", "line") dim in their shaders while `dimmed()`;
 * the highlight layers (reducers.ts) are the default programs again, drawn
 * after them and never dimmed. Dimmed nodes' labels are left out at drawing.
 */
function layerSettings(dimmed: () => boolean) {
  const { DimNodeProgram, DimEdgeProgram } = createDimPrograms(dimmed);
  const { drawLabel, drawHover } = createDimLabelDrawers(dimmed);
  return {
    nodeProgramClasses: { circle: pickOnDemand(DimNodeProgram), [FRONT_LAYER]: NodeOnDemand, [TOP_LAYER]: NodeOnDemand },
    edgeProgramClasses: { line: pickOnDemand(DimEdgeProgram), [FRONT_LAYER]: EdgeOnDemand, [TOP_LAYER]: EdgeOnDemand },
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
  };
}
interface Props {
  table: InteractionTable;
  /** What the filters keep: applied to the drawn graph in place. */
  view: FilterView;
  /** Changes when a different graph is loaded (not when filters change). */
  fileId: number;
  /** Told when the sigma instance is created (and null when it is killed). */
  onSigma?: (sigma: Sigma<NodeView, EdgeView> | null) => void;
}

declare global {
  interface Window {
    __explorer?: { sigma: Sigma<NodeView, EdgeView>; graph: typeof runtime.graph; store: typeof useExplorer };
  }
}

export function GraphView({ table, view, fileId, onSigma }: Props) {
  const container = useRef<HTMLDivElement>(null);
  // Read by the reducers on every refresh; mutated in place, never React state.
  const highlight = useRef(emptyHighlight());
  const drawn = useRef<{ fileId: number | null; view: FilterView | null; built: boolean }>({ fileId: null, view: null, built: false });
  // Asks for the names to be picked again soon; set by the sigma effect, called when the layout moves the actors.
  const relabelSoon = useRef<() => void>(() => {});
  const onSigmaRef = useRef(onSigma);
  // Sigma decides at creation whether edges can be picked: a file on the other side of
  // the threshold gets a new sigma instance (and then its graph, in the next effect).
  const large = isLargeGraph(table.file.edges.length);

  useLayoutEffect(() => {
    // Created over an empty graph: the file's graph is built and set in the next effect.
    const sigma = new Sigma<NodeView, EdgeView>(new Graph<NodeView, EdgeView>(), container.current!, {
      renderEdgeLabels: false,
      enableEdgeEvents: !large,
      hideEdgesOnMove: large,
      ...layerSettings(() => isDimmed(highlight.current)),
      // Set for each file the graph is given (below): which labels show depends on its size.
      ...labelSettings(true),
      labelFont: "Inter, system-ui, sans-serif",
      labelSize: 13,
      labelWeight: "500",
      labelColor: { color: LABEL_COLOR },
      minCameraRatio: 0.02,
      maxCameraRatio: 10,
      // Room around the graph's extent for discs and for labels, which run to the right of their node.
      stagePadding: 40,
      nodeReducer: nodeReducer(highlight.current),
      edgeReducer: edgeReducer(highlight.current),
    });
    drawPickingOnDemand(sigma);
    runtime.sigma = sigma;
    const notify = onSigmaRef.current;
    notify?.(sigma);

    const store = useExplorer.getState;
    const el = container.current!;
    sigma.on("enterNode", ({ node }) => {
      store().hover(node);
      el.style.cursor = "pointer";
    });
    sigma.on("leaveNode", () => {
      store().hover(null);
      el.style.cursor = "";
    });
    sigma.on("enterEdge", () => (el.style.cursor = "pointer"));
    sigma.on("leaveEdge", () => (el.style.cursor = ""));
    sigma.on("clickNode", ({ node }) => store().select(node));
    sigma.on("clickEdge", ({ edge }) => store().openEvidence(edge));
    sigma.on("clickStage", () => {
      store().select(null);
      store().openEvidence(null);
    });

    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const camera = sigma.getCamera();
    // Labels overlap or clear each other as the zoom changes (panning moves them all alike). Picked
    // again once the zoom settles: a refresh, even a partial one, indexes every item, too dear per frame.
    let pickedAt = { ratio: camera.ratio, angle: camera.angle };
    const relabel = () => {
      if (!alive) return;
      pickedAt = { ratio: camera.ratio, angle: camera.angle };
      if (highlight.current.focus !== null) relabelNeighbours(sigma, runtime.graph, highlight.current);
      relabelBase(sigma, runtime.graph, highlight.current);
    };
    // A stream of requests (a running layout) still gets a pick a second.
    const relabelTimer = settleTimer(relabel, RELABEL_DEBOUNCE_MS, RELABEL_MAX_WAIT_MS);
    const relabelLater = () => {
      if (highlight.current.focus === null && !highlight.current.pickBase) return;
      relabelTimer.request();
    };
    relabelSoon.current = relabelLater;
    const onCamera = () => {
      clearTimeout(timer);
      timer = setTimeout(() => store().setCamera(toGraphCamera(sigma, camera.getState())), CAMERA_DEBOUNCE_MS);
      if (camera.ratio !== pickedAt.ratio || camera.angle !== pickedAt.angle) relabelLater();
    };
    camera.on("updated", onCamera);
    // A new size of the canvas (the window, or the panels beside it) refits the graph to it: the
    // names move closer or apart as with a zoom, and one near the right edge may change sides.
    sigma.on("resize", relabelLater);

    // A pointer crossing a dense graph leaves one node and enters another in the
    // same event: redraw once per task, for the last state, and at once rather
    // than at the next animation frame (which a busy GPU can delay by far more).
    let pending = false;
    const redraw = () => {
      pending = false;
      if (!alive) return;
      const s = store();
      const before = copyHighlight(highlight.current);
      Object.assign(highlight.current, { focus: s.hovered ?? s.selected, selected: s.selected, edge: s.evidenceEdge });
      collectFocus(runtime.graph, highlight.current);
      labelNeighbours(sigma, highlight.current);
      pickedAt = { ratio: camera.ratio, angle: camera.angle };
      refreshItems(sigma, runtime.graph, highlightChanges(before, highlight.current));
    };
    const unsubscribe = useExplorer.subscribe((s, prev) => {
      if (s.hovered === prev.hovered && s.selected === prev.selected && s.evidenceEdge === prev.evidenceEdge) return;
      if (pending) return;
      pending = true;
      queueMicrotask(redraw);
    });

    return () => {
      clearTimeout(timer);
      relabelTimer.cancel();
      alive = false;
      relabelSoon.current = () => {};
      unsubscribe();
      camera.removeListener("updated", onCamera);
      sigma.removeListener("resize", relabelLater);
      runtime.sigma = null;
      notify?.(null);
      delete window.__explorer;
      sigma.kill();
      // The next sigma starts empty: the file's graph must be set on it again.
      drawn.current = { fileId: drawn.current.fileId, view: null, built: false };
    };
  }, [large]);

  useLayoutEffect(() => {
    const sigma = runtime.sigma;
    if (!sigma) return;
    if (drawn.current.fileId !== fileId || !drawn.current.built) {
      const graph = buildGraph(table, view);
      runtime.graph = graph;
      // Only the layout moves actors (Run layout's ForceAtlas2, and Stop's separation), through
      // graphology's events; filters write in place and pick the names themselves.
      graph.on("eachNodeAttributesUpdated", () => relabelSoon.current());
      const s = useExplorer.getState();
      Object.assign(highlight.current, { focus: s.hovered ?? s.selected, selected: s.selected, edge: s.evidenceEdge });
      collectFocus(graph, highlight.current);
      const allFit = labelsFit(table.file.nodes.map((n) => n.attributes.label));
      sigma.setSettings(labelSettings(allFit));
      highlight.current.pickBase = !allFit;
      sigma.setGraph(graph);
      // The first graph opens where the link says; a graph opened later starts fully in view.
      const wanted = drawn.current.fileId === null ? s.camera : null;
      sigma.getCamera().setState(wanted ? toSigmaCamera(sigma, wanted) : DEFAULT_CAMERA);
      // A highlight carried over from the link: its labels can be picked once sigma has placed the graph.
      relabelNeighbours(sigma, graph, highlight.current);
      relabelBase(sigma, graph, highlight.current);
      drawn.current = { fileId, view, built: true };
      window.__explorer = { sigma, graph, store: useExplorer };
      return;
    }
    if (drawn.current.view === view) return;
    drawn.current.view = view;
    const changed = applyView(runtime.graph, table, view);
    // Shown neighbours of a highlighted node follow the filters.
    const before = copyHighlight(highlight.current);
    collectFocus(runtime.graph, highlight.current);
    const relit = highlightChanges(before, highlight.current);
    if (relit) {
      for (const k of relit.nodes) changed.nodes.push(k);
      for (const k of relit.edges) changed.edges.push(k);
    }
    // The names shown with nothing highlighted change in the same refresh (while a node is
    // highlighted they are not drawn, and the highlight's end redraws them).
    const renamed = labelBase(sigma, runtime.graph, highlight.current);
    if (highlight.current.focus === null) for (const k of renamed) changed.nodes.push(k);
    refreshItems(sigma, runtime.graph, changed);
    // Picked after the refresh: a neighbour the filters have just shown is placed only then.
    relabelNeighbours(sigma, runtime.graph, highlight.current);
  }, [table, view, fileId]);

  useEffect(() => {
    onSigmaRef.current = onSigma;
  }, [onSigma]);

  return (
    <div
      ref={container}
      className="graph"
      data-testid="graph"
      role="img"
      aria-label={`Graph of ${view.nodeCount} actors and ${view.edgeCount} connections`}
    />
  );
}
