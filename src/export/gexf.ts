// GEXF 1.3 through graphology-gexf, with viz position/colour/size so Gephi
// and Gephi Lite open the snapshot laid out and coloured as shown.
import Graph from "graphology";
import write from "graphology-gexf/common/writer.js";
import type { GraphFile } from "../shared/graph-schema.js";
import type { GraphAppearance } from "../shared/appearance.js";
import { EDGE_COLUMNS, NODE_COLUMNS, edgeRows, nodeRows, type Cell } from "./attributes.js";

/**
 * GEXF 1.3 allows a colour as hex="#..." or as r/g/b attributes; graphology-gexf
 * writes hex for "#..." colours, which NetworkX and older Gephi builds cannot
 * read. Handing it rgb() makes it write r/g/b, which every reader takes.
 */
function rgb(color: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m ? `rgb(${parseInt(m[1]!, 16)},${parseInt(m[2]!, 16)},${parseInt(m[3]!, 16)})` : color;
}

export function toGexf(file: GraphFile, appearance: GraphAppearance, description = ""): string {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: true });
  graph.replaceAttributes({
    creator: "actor-graph-explorer",
    description: description || (file.attributes.corpus ?? "Actor relationship graph"),
  });
  for (const row of nodeRows(file, appearance)) {
    const attributes: Record<string, Cell> = {};
    for (const c of NODE_COLUMNS) attributes[c.name] = c.get(row);
    graph.addNode(row.node.key, {
      ...attributes,
      x: row.x,
      y: row.y,
      size: row.size,
      color: row.color,
    });
  }
  for (const row of edgeRows(file, appearance)) {
    const attributes: Record<string, Cell> = {};
    for (const c of EDGE_COLUMNS) attributes[c.name] = c.get(row);
    graph.addUndirectedEdgeWithKey(row.key, row.edge.source, row.edge.target, {
      ...attributes,
      label: `${row.sourceLabel} – ${row.targetLabel}`,
      color: row.color,
      thickness: row.size,
    });
  }
  return write(graph, {
    version: "1.3",
    pedantic: true,
    formatNode: (_key, a) => {
      const { label, x, y, size, color, ...rest } = a as Record<string, Cell>;
      return { label: String(label), viz: { x: Number(x), y: Number(y), size: Number(size), color: rgb(String(color)) }, attributes: rest };
    },
    formatEdge: (_key, a) => {
      const { label, weight, color, thickness, ...rest } = a as Record<string, Cell>;
      return {
        label: String(label),
        weight: Number(weight),
        viz: { color: rgb(String(color)), thickness: Number(thickness) },
        // Also as an attribute: Gephi shows the edge weight column, NetworkX reads both.
        attributes: { weight: Number(weight), ...rest },
      };
    },
  });
}
