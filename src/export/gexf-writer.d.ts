// graphology-gexf ships no typings for its writer-only entry. The writer alone
// is imported so neither a DOM parser (browser entry) nor xmldom (Node entry)
// is pulled in: the same module runs in the CLI and the explorer.
declare module "graphology-gexf/common/writer.js" {
  import type Graph from "graphology-types";
  import type { GexfWriterOptions } from "graphology-gexf/common/types";
  export default function write(graph: Graph, options?: GexfWriterOptions): string;
}
