import { useMemo } from "react";
import { affiliationColor } from "../../shared/appearance.js";
import type { FileNode } from "../data/indexes.js";
import type { ShownGraph } from "../data/shown-graph.js";
import { countsText, formatWeight, plural } from "./format.js";

interface Props {
  node: FileNode;
  /** Index of the filtered graph: connections follow the filters. */
  shown: ShownGraph;
  focused: boolean;
  onOpenEvidence: (edge: string) => void;
  onToggleFocus: () => void;
  onClose: () => void;
}

export function ActorPanel({ node, shown, focused, onOpenEvidence, onToggleFocus, onClose }: Props) {
  const a = node.attributes;
  const connections = useMemo(() => {
    const edges = shown.incident(node.key);
    return edges
      .map((e) => {
        const other = e.source === node.key ? e.target : e.source;
        const unrealised = e.attributes.interactions.filter((i) => i.type === "meeting" && i.modality && i.modality !== "occurred").length;
        const o = shown.node(other)?.attributes;
        return { edge: e, other, label: o?.label ?? other, affiliation: o?.affiliation ?? null, unrealised };
      })
      .sort((x, y) => y.edge.attributes.weight - x.edge.attributes.weight || x.label.localeCompare(y.label, "en"));
  }, [shown, node.key]);
  const maxWeight = connections[0]?.edge.attributes.weight ?? 0;

  return (
    <section className="panel" data-testid="actor-panel" aria-labelledby="actor-panel-title">
      <header className="panel-head">
        <span className="dot dot-lg" style={{ background: affiliationColor(a.affiliation) }} aria-hidden="true" />
        <div className="panel-title-block">
          <h2 id="actor-panel-title">{a.label}</h2>
          <p className="muted">
            {a.affiliation ?? "Unknown affiliation"}
            {!a.known && " · not in the gazetteer"}
          </p>
        </div>
        <button type="button" className="icon-btn" onClick={onClose} aria-label="Close actor details">
          ×
        </button>
      </header>

      {a.roles.length > 0 && (
        <ul className="roles">
          {a.roles.map((r, i) => (
            <li key={i}>
              <span>{r.title}</span>
              <span className="muted">
                {r.from ?? "…"} – {r.to ?? "now"}
              </span>
            </li>
          ))}
        </ul>
      )}

      <dl className="facts">
        <div>
          <dt>Mentions</dt>
          <dd>{a.mentions}</dd>
        </div>
        <div>
          <dt>Articles</dt>
          <dd>{a.articles}</dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>{a.firstSeen ?? "—"}</dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd>{a.lastSeen ?? "—"}</dd>
        </div>
      </dl>
      {a.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Also: </span>
          {a.aliases.join(", ")}
        </p>
      )}

      <button type="button" className="btn btn-small" aria-pressed={focused} onClick={onToggleFocus}>
        {focused ? "Show the whole graph" : "Show only this actor's neighbourhood"}
      </button>

      <h3>
        Connections <span className="muted">({connections.length})</span>
      </h3>
      {connections.length === 0 ? (
        <p className="muted">No connection under the current filters.</p>
      ) : (
        <ol className="connections">
          {connections.map((c) => (
            <li key={c.edge.key}>
              <button
                type="button"
                className="connection"
                data-testid="connection-row"
                data-actor={c.other}
                onClick={() => onOpenEvidence(c.edge.key)}
                aria-label={`${c.label}: ${countsText(c.edge.attributes)}. Show evidence`}
              >
                <span className="dot" style={{ background: affiliationColor(c.affiliation) }} aria-hidden="true" />
                <span className="connection-main">
                  <span className="connection-name">{c.label}</span>
                  <span className="connection-counts">
                    {countsText(c.edge.attributes)}
                    {c.unrealised > 0 && <span className="badge badge-unrealised">{plural(c.unrealised, "unrealised meeting")}</span>}
                  </span>
                </span>
                <span className="connection-weight" title={`weight ${formatWeight(c.edge.attributes.weight)}`}>
                  <span style={{ width: `${maxWeight > 0 ? Math.max(4, (100 * c.edge.attributes.weight) / maxWeight) : 4}%` }} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
