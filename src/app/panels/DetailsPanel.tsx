import type { ArticleRef, GraphFile } from "../../shared/graph-schema.js";
import type { ShownGraph } from "../data/shown-graph.js";
import { isLargeGraph, LARGE_GRAPH_EDGES } from "../graph/large-graph.js";
import { revealNode } from "../graph/runtime.js";
import { useExplorer } from "../state/store.js";
import { ActorPanel } from "./ActorPanel.js";
import { EvidencePanel } from "./EvidencePanel.js";

interface Props {
  file: GraphFile;
  shown: ShownGraph;
  articles: Map<string, ArticleRef>;
}

/** The right-hand column: evidence when an edge is open, else the selected actor, else a hint. */
export function DetailsPanel({ file, shown, articles }: Props) {
  const selected = useExplorer((s) => s.selected);
  const evidenceEdge = useExplorer((s) => s.evidenceEdge);
  const focus = useExplorer((s) => s.filters.focus);
  const { select, openEvidence, setFilters } = useExplorer.getState();

  const edge = evidenceEdge ? shown.edge(evidenceEdge) : undefined;
  if (edge) {
    return (
      <EvidencePanel
        edge={edge}
        node={shown.node}
        articles={articles}
        onSelectActor={(k) => {
          select(k);
          revealNode(k);
        }}
        onBack={selected ? () => openEvidence(null) : null}
        onClose={() => openEvidence(null)}
      />
    );
  }
  const node = selected ? shown.node(selected) : undefined;
  if (node) {
    return (
      <ActorPanel
        node={node}
        shown={shown}
        focused={focus === node.key}
        onOpenEvidence={openEvidence}
        onToggleFocus={() => setFilters({ focus: focus === node.key ? null : node.key })}
        onClose={() => select(null)}
      />
    );
  }
  return (
    <section className="panel panel-hint">
      <h2>Explore</h2>
      <p>Search for an actor, or click a node to see who they met, what was said and the sentences that report it.</p>
      <p className="muted">
        Hover a node to highlight its neighbours.{" "}
        {isLargeGraph(file.edges.length) ? (
          <span data-testid="edges-not-clickable">
            With over {LARGE_GRAPH_EDGES.toLocaleString("en")} connections, edges cannot be clicked: open an actor, then a connection in
            its list, to read the evidence.
          </span>
        ) : (
          "Click an edge to read its evidence."
        )}{" "}
        Drop a graph file on the page to open it.
      </p>
      <p className="muted">
        {file.nodes.length} actors, {file.edges.length} connections, {file.attributes.articles.length} articles.
      </p>
    </section>
  );
}
