// The camera as links carry it: the centre in graph coordinates (the file's x/y),
// not sigma's normalised ones, so a link means the same place whatever the
// filters or the graph's extent when it is reopened. The zoom ratio is sigma's.
import type Sigma from "sigma";
import type { CameraState as SigmaCamera } from "sigma/types";
import type { CameraState } from "../state/url-state.js";

type Converter = Pick<Sigma, "viewportToGraph" | "framedGraphToViewport" | "viewportToFramedGraph" | "graphToViewport">;

export function toGraphCamera(sigma: Converter, state: SigmaCamera): CameraState {
  const centre = sigma.viewportToGraph(sigma.framedGraphToViewport({ x: state.x, y: state.y }));
  return { x: centre.x, y: centre.y, ratio: state.ratio };
}

export function toSigmaCamera(sigma: Converter, camera: CameraState): SigmaCamera {
  const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x: camera.x, y: camera.y }));
  return { x: framed.x, y: framed.y, ratio: camera.ratio, angle: 0 };
}

/**
 * Where a newly opened graph is framed: a little zoomed out and shifted so the
 * graph sits left of centre, because labels run to the right of their node and
 * sigma's stage padding is the same on every side.
 */
export const DEFAULT_CAMERA: SigmaCamera = { x: 0.56, y: 0.5, ratio: 1.2, angle: 0 };
