import { useEffect, useRef } from "react";
import Sigma from "sigma";
import type { GraphFile } from "../../shared/graph-schema.js";
import { LABEL_COLOR } from "../../shared/appearance.js";
import { useExplorer } from "../state/store.js";
import { edgeReducer, nodeReducer, type HighlightState } from "./reducers.js";
import { graph, runtime, type EdgeView, type NodeView } from "./runtime.js";
import { syncGraph } from "./sync-graph.js";

const CAMERA_DEBOUNCE_MS = 200;

interface Props {
  /** The filtered file to draw. */
  file: GraphFile;
  /** Changes when a different graph is loaded (not when filters change). */
  fileId: number;
  neighbours: Map<string, Set<string>>;
  /** Told when the sigma instance is created (and null when it is killed). */
  onSigma?: (sigma: Sigma<NodeView, EdgeView> | null) => void;
}

declare global {
  interface Window {
    __explorer?: { sigma: Sigma<NodeView, EdgeView>; graph: typeof graph; store: typeof useExplorer };
  }
}

function highlightFromStore(neighbours: Map<string, Set<string>>): HighlightState {
  const s = useExplorer.getState();
  return { focus: s.hovered ?? s.selected, selected: s.selected, edge: s.evidenceEdge, neighbours };
}

export function GraphView({ file, fileId, neighbours, onSigma }: Props) {
  const container = useRef<HTMLDivElement>(null);
  // Read by the reducers on every refresh; mutated in place, never React state.
  const highlight = useRef<HighlightState>(highlightFromStore(new Map()));
  const positions = useRef(new Map<string, { x: number; y: number }>());
  const drawnFileId = useRef<number | null>(null);
  const onSigmaRef = useRef(onSigma);

  useEffect(() => {
    const sigma = new Sigma<NodeView, EdgeView>(graph, container.current!, {
      renderEdgeLabels: false,
      enableEdgeEvents: true,
      zIndex: true,
      labelDensity: 0.5,
      labelGridCellSize: 120,
      labelRenderedSizeThreshold: 9,
      labelFont: "Inter, system-ui, sans-serif",
      labelSize: 13,
      labelWeight: "500",
      labelColor: { color: LABEL_COLOR },
      minCameraRatio: 0.02,
      maxCameraRatio: 10,
      hideEdgesOnMove: graph.size > 20000,
      stagePadding: 40,
      nodeReducer: nodeReducer(highlight.current),
      edgeReducer: edgeReducer(highlight.current, (e) => graph.extremities(e) as [string, string]),
    });
    runtime.sigma = sigma;
    window.__explorer = { sigma, graph, store: useExplorer };
    const notify = onSigmaRef.current;
    notify?.(sigma);

    const store = useExplorer.getState;
    sigma.on("enterNode", ({ node }) => {
      store().hover(node);
      container.current!.style.cursor = "pointer";
    });
    sigma.on("leaveNode", () => {
      store().hover(null);
      container.current!.style.cursor = "";
    });
    sigma.on("enterEdge", () => (container.current!.style.cursor = "pointer"));
    sigma.on("leaveEdge", () => (container.current!.style.cursor = ""));
    sigma.on("clickNode", ({ node }) => store().select(node));
    sigma.on("clickEdge", ({ edge }) => store().openEvidence(edge));
    sigma.on("clickStage", () => {
      store().select(null);
      store().openEvidence(null);
    });

    let timer: ReturnType<typeof setTimeout> | undefined;
    const camera = sigma.getCamera();
    const onCamera = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = camera.getState();
        store().setCamera({ x, y, ratio });
      }, CAMERA_DEBOUNCE_MS);
    };
    camera.on("updated", onCamera);

    const unsubscribe = useExplorer.subscribe((s, prev) => {
      if (s.hovered === prev.hovered && s.selected === prev.selected && s.evidenceEdge === prev.evidenceEdge) return;
      Object.assign(highlight.current, highlightFromStore(highlight.current.neighbours));
      sigma.refresh({ skipIndexation: true });
    });

    return () => {
      clearTimeout(timer);
      unsubscribe();
      camera.removeListener("updated", onCamera);
      runtime.sigma = null;
      notify?.(null);
      delete window.__explorer;
      sigma.kill();
    };
  }, []);

  useEffect(() => {
    const sigma = runtime.sigma;
    if (!sigma) return;
    const newFile = drawnFileId.current !== fileId;
    if (newFile) {
      graph.clear();
      positions.current.clear();
    }
    syncGraph(graph, file, positions.current);
    Object.assign(highlight.current, highlightFromStore(neighbours));
    sigma.setSetting("hideEdgesOnMove", graph.size > 20000);
    sigma.refresh();
    if (newFile) {
      const wanted = drawnFileId.current === null ? useExplorer.getState().camera : null;
      if (wanted) sigma.getCamera().setState(wanted);
      else sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      drawnFileId.current = fileId;
    }
  }, [file, fileId, neighbours]);

  return (
    <div
      ref={container}
      className="graph"
      data-testid="graph"
      role="img"
      aria-label={`Graph of ${file.nodes.length} actors and ${file.edges.length} connections`}
    />
  );
}
