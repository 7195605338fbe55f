// Lookups derived once per graph file: articles by id, and stable edge keys.
// (Neighbours and incident edges for hover live in interaction-table.ts.)
import type { ArticleRef, GraphFile } from "../../shared/graph-schema.js";

export type FileNode = GraphFile["nodes"][number];
export type FileEdge = GraphFile["edges"][number] & { key: string };

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
