// INTERIM (owner: interactions helper replaces this): nodes only, no edges, no layout.
import { GRAPH_FORMAT_VERSION, type ArticleRef, type GraphFile, type NodeAttributes, type RawInteraction, type Skipped, type Weights } from "../../shared/types.js";

export interface BuildGraphInput {
  articles: ArticleRef[];
  skipped: Skipped[];
  nodes: Map<string, NodeAttributes>;
  interactions: RawInteraction[];
  weights: Weights;
  corpus?: string;
}

export function buildGraph(input: BuildGraphInput): GraphFile {
  const keys = [...input.nodes.keys()].sort();
  return {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: {
      version: GRAPH_FORMAT_VERSION,
      articles: input.articles,
      skipped: input.skipped,
      weights: input.weights,
      ...(input.corpus ? { corpus: input.corpus } : {}),
    },
    nodes: keys.map((key) => ({ key, attributes: input.nodes.get(key)! })),
    edges: [],
  };
}
