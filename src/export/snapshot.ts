// One snapshot, every format: the filtered graph, how it looks, the drawn
// scene and its caption. The CLI builds it from the shared appearance; the
// explorer builds it from sigma (src/app/export). Both end in exportFiles.
import type { GraphFile } from "../shared/graph-schema.js";
import { filterGraph, type Filters } from "../shared/filter.js";
import { computeAppearance, type GraphAppearance } from "../shared/appearance.js";
import { buildCaption, type Caption } from "./caption.js";
import { layoutCaption } from "./caption-layout.js";
import { sceneFromAppearance, type Scene } from "./scene.js";
import { sceneToSvg } from "./svg.js";
import { toGexf } from "./gexf.js";
import { toGraphml } from "./graphml.js";
import { toProjectJson } from "./json.js";
import { edgesCsv, nodesCsv } from "./csv.js";
import { snapshotBaseName } from "./filename.js";

export const DATA_FORMATS = ["svg", "gexf", "graphml", "json", "csv"] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export interface Snapshot {
  filtered: GraphFile;
  filters: Filters;
  appearance: GraphAppearance;
  scene: Scene;
  caption: Caption;
}

export interface ExportFile {
  name: string;
  mime: string;
  content: string;
}

export const MIN_SCENE_HEIGHT = 200;

/**
 * Snapshot of `file` under `filters` as the explorer would first show it,
 * in an image `width` × `height` pixels including the caption band.
 */
export function snapshotFromFile(file: GraphFile, filters: Filters, size: { width: number; height: number }): Snapshot {
  const filtered = filterGraph(file, filters);
  const appearance = computeAppearance(filtered);
  const caption = buildCaption(filtered, filters, file);
  const band = layoutCaption(caption, size.width).height;
  const scene = sceneFromAppearance(filtered, appearance, {
    width: size.width,
    height: Math.max(MIN_SCENE_HEIGHT, size.height - band),
    highlighted: filters.focus !== null ? [filters.focus] : [],
  });
  return { filtered, filters, appearance, scene, caption };
}

export function exportFiles(snapshot: Snapshot, format: DataFormat): ExportFile[] {
  const { filtered, filters, appearance } = snapshot;
  const base = snapshotBaseName(filtered, filters);
  switch (format) {
    case "svg":
      return [{ name: `${base}.svg`, mime: "image/svg+xml", content: sceneToSvg(snapshot.scene, snapshot.caption) }];
    case "gexf":
      return [
        {
          name: `${base}.gexf`,
          mime: "application/gexf+xml",
          content: toGexf(filtered, appearance, `${snapshot.caption.dates}. ${snapshot.caption.filters}`),
        },
      ];
    case "graphml":
      return [{ name: `${base}.graphml`, mime: "application/graphml+xml", content: toGraphml(filtered, appearance) }];
    case "json":
      return [{ name: `${base}.json`, mime: "application/json", content: toProjectJson(filtered, appearance) }];
    case "csv":
      return [
        { name: `${base}_nodes.csv`, mime: "text/csv", content: nodesCsv(filtered, appearance) },
        { name: `${base}_edges.csv`, mime: "text/csv", content: edgesCsv(filtered, appearance) },
      ];
  }
}
