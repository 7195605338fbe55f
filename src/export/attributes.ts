// The node and edge attribute tables every tabular/graph format exports, so
// GEXF, GraphML and CSV carry the same columns under the same names.
import type { GraphFile } from "../shared/graph-schema.js";
import type { GraphAppearance } from "../shared/appearance.js";

export type Cell = string | number | boolean | null;
export type ColumnType = "string" | "integer" | "double" | "boolean";

export interface Column<Row> {
  name: string;
  type: ColumnType;
  get: (row: Row) => Cell;
}

type FileNode = GraphFile["nodes"][number];
type FileEdge = GraphFile["edges"][number];

export interface NodeRow {
  node: FileNode;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeRow {
  edge: FileEdge;
  key: string;
  sourceLabel: string;
  targetLabel: string;
  size: number;
  color: string;
}

export const NODE_COLUMNS: Column<NodeRow>[] = [
  { name: "label", type: "string", get: (r) => r.node.attributes.label },
  { name: "affiliation", type: "string", get: (r) => r.node.attributes.affiliation },
  { name: "aliases", type: "string", get: (r) => r.node.attributes.aliases.join("; ") },
  { name: "roles", type: "string", get: (r) => r.node.attributes.roles.map((role) => role.title).join("; ") },
  { name: "known", type: "boolean", get: (r) => r.node.attributes.known },
  { name: "mentions", type: "integer", get: (r) => r.node.attributes.mentions },
  { name: "articles", type: "integer", get: (r) => r.node.attributes.articles },
  { name: "firstSeen", type: "string", get: (r) => r.node.attributes.firstSeen },
  { name: "lastSeen", type: "string", get: (r) => r.node.attributes.lastSeen },
  { name: "degree", type: "integer", get: (r) => r.node.attributes.degree ?? 0 },
  { name: "weightedDegree", type: "double", get: (r) => r.node.attributes.weightedDegree ?? 0 },
];

export const EDGE_COLUMNS: Column<EdgeRow>[] = [
  { name: "weight", type: "double", get: (r) => r.edge.attributes.weight },
  { name: "meetings", type: "integer", get: (r) => r.edge.attributes.meetings },
  { name: "statements", type: "integer", get: (r) => r.edge.attributes.statements },
  { name: "comentions", type: "integer", get: (r) => r.edge.attributes.comentions },
  { name: "interactions", type: "integer", get: (r) => r.edge.attributes.interactions.length },
  { name: "firstDate", type: "string", get: (r) => r.edge.attributes.firstDate },
  { name: "lastDate", type: "string", get: (r) => r.edge.attributes.lastDate },
];

/** Edge keys are optional in the file format; exports need one per edge. */
export function edgeKey(edge: FileEdge, index: number): string {
  return edge.key ?? `e${index}`;
}

export function nodeRows(file: GraphFile, appearance: GraphAppearance): NodeRow[] {
  return file.nodes.map((node) => {
    const a = appearance.nodes.get(node.key)!;
    return { node, x: a.x, y: a.y, size: a.size, color: a.color };
  });
}

export function edgeRows(file: GraphFile, appearance: GraphAppearance): EdgeRow[] {
  const labels = new Map(file.nodes.map((n) => [n.key, n.attributes.label]));
  return file.edges.map((edge, i) => ({
    edge,
    key: edgeKey(edge, i),
    sourceLabel: labels.get(edge.source) ?? edge.source,
    targetLabel: labels.get(edge.target) ?? edge.target,
    size: appearance.edges[i]!.size,
    color: appearance.edges[i]!.color,
  }));
}
