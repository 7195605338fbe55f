// The project's own graph format, filtered: loads back into the explorer
// (?graph= or drop) and shows the same view. Carries the layout actually shown
// and only the articles the kept evidence cites.
import type { GraphFile } from "../shared/graph-schema.js";
import type { GraphAppearance } from "../shared/appearance.js";

export function toProjectGraph(file: GraphFile, appearance: GraphAppearance): GraphFile {
  const cited = new Set<string>();
  for (const e of file.edges) for (const i of e.attributes.interactions) for (const ev of i.evidence) cited.add(ev.article);
  return {
    ...file,
    attributes: { ...file.attributes, articles: file.attributes.articles.filter((a) => cited.has(a.id)) },
    nodes: file.nodes.map((n) => {
      const a = appearance.nodes.get(n.key);
      return a ? { ...n, attributes: { ...n.attributes, x: a.x, y: a.y } } : n;
    }),
  };
}

export function toProjectJson(file: GraphFile, appearance: GraphAppearance): string {
  return JSON.stringify(toProjectGraph(file, appearance), null, 1) + "\n";
}
