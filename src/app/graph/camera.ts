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
