// The rendered graphology graph and the sigma instance, held outside React so
// re-renders never copy or recreate them.
import Graph from "graphology";
import type Sigma from "sigma";

export interface NodeView {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** Filtered out: kept in the graph so filtering never rebuilds it. */
  hidden: boolean;
}

export interface EdgeView {
  size: number;
  color: string;
  weight: number;
  /** Drawn style: met (an occurred meeting), contact (statements/co-mentions), unrealised (only planned/cancelled...). */
  kind: "met" | "contact" | "unrealised";
  hidden: boolean;
}

/** The graph sigma draws (one per loaded file, every node and edge of it) and the sigma instance. */
export const runtime: { graph: Graph<NodeView, EdgeView>; sigma: Sigma<NodeView, EdgeView> | null } = {
  graph: new Graph<NodeView, EdgeView>({ type: "undirected", multi: true, allowSelfLoops: true }),
  sigma: null,
};

/** Animates the camera onto a node, zooming in if the view is wide. */
export function revealNode(key: string): void {
  const sigma = runtime.sigma;
  const data = sigma?.getNodeDisplayData(key);
  if (!sigma || !data) return;
  const camera = sigma.getCamera();
  void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 500 });
}
