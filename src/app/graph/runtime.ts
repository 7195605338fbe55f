// The rendered graphology graph and the sigma instance: one per page, held
// outside React so re-renders never copy or recreate them.
import Graph from "graphology";
import type Sigma from "sigma";

export interface NodeView {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface EdgeView {
  size: number;
  color: string;
  weight: number;
  /** Drawn style: met (an occurred meeting), contact (statements/co-mentions), unrealised (only planned/cancelled...). */
  kind: "met" | "contact" | "unrealised";
}

export const graph = new Graph<NodeView, EdgeView>({ type: "undirected", multi: true, allowSelfLoops: true });

export const runtime: { sigma: Sigma<NodeView, EdgeView> | null } = { sigma: null };

/** Animates the camera onto a node, zooming in if the view is wide. */
export function revealNode(key: string): void {
  const sigma = runtime.sigma;
  const data = sigma?.getNodeDisplayData(key);
  if (!sigma || !data) return;
  const camera = sigma.getCamera();
  void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 500 });
}
