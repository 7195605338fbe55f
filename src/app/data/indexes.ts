// Lookups derived once per (filtered) graph file, so reducers and panels never
// walk the graph: neighbour sets, nodes, edges and articles by key.
import type { ArticleRef, GraphFile } from "../../shared/graph-schema.js";

export type FileNode = GraphFile["nodes"][number];
export type FileEdge = GraphFile["edges"][number] & { key: string };

export function neighbourSets(file: GraphFile): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const n of file.nodes) map.set(n.key, new Set());
  for (const e of file.edges) {
    if (e.source === e.target) continue;
    map.get(e.source)?.add(e.target);
    map.get(e.target)?.add(e.source);
  }
  return map;
}

/** Edges incident to each node, in file order. */
export function incidentEdges(file: GraphFile): Map<string, FileEdge[]> {
  const map = new Map<string, FileEdge[]>();
  for (const e of file.edges as FileEdge[]) {
    for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
      let list = map.get(end);
      if (!list) map.set(end, (list = []));
      list.push(e);
    }
  }
  return map;
}

export interface FileIndex {
  nodes: Map<string, FileNode>;
  edges: Map<string, FileEdge>;
  neighbours: Map<string, Set<string>>;
  incident: Map<string, FileEdge[]>;
}

export function indexFile(file: GraphFile): FileIndex {
  return {
    nodes: new Map(file.nodes.map((n) => [n.key, n])),
    edges: new Map((file.edges as FileEdge[]).map((e) => [e.key, e])),
    neighbours: neighbourSets(file),
    incident: incidentEdges(file),
  };
}

export function articlesById(file: GraphFile): Map<string, ArticleRef> {
  return new Map(file.attributes.articles.map((a) => [a.id, a]));
}

/**
 * Gives every edge a key (the format makes them optional) so filtered copies,
 * the rendered graph, the URL and the panels can all name the same edge.
 */
export function withEdgeKeys(file: GraphFile): GraphFile {
  if (file.edges.every((e) => e.key !== undefined)) return file;
  const used = new Set(file.edges.map((e) => e.key).filter((k): k is string => k !== undefined));
  const edges = file.edges.map((e) => {
    if (e.key !== undefined) return e;
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    let key = `${a}--${b}`;
    for (let n = 2; used.has(key); n++) key = `${a}--${b}~${n}`;
    used.add(key);
    return { ...e, key };
  });
  return { ...file, edges };
}
