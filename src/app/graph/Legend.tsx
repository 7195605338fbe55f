import { useMemo, useState } from "react";
import { affiliationLegend, EDGE_COLOR as CONTACT_EDGE_COLOR, MET_EDGE_COLOR, UNREALISED_EDGE_COLOR } from "../../shared/appearance.js";
import type { ShownGraph } from "../data/shown-graph.js";

const SHOWN = 8;

/** A strip under the graph, never over it, so it hides no node; it folds to one line. */
export function Legend({ shown }: { shown: ShownGraph }) {
  const { table, view } = shown;
  const [open, setOpen] = useState(true);
  const entries = useMemo(() => affiliationLegend({ ...table.file, nodes: table.file.nodes.filter((_, i) => view.nodeKept[i]) }), [table, view]);
  const rest = entries.slice(SHOWN).reduce((n, e) => n + e.count, 0);
  return (
    <aside className={open ? "legend" : "legend legend-closed"} data-testid="legend" aria-label="Legend">
      <button type="button" className="legend-toggle link-btn" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Legend
      </button>
      {open && (
        <>
          <ul className="legend-nodes">
            {entries.slice(0, SHOWN).map((e) => (
              <li key={e.label}>
                <span className="swatch round" style={{ background: e.color }} aria-hidden="true" />
                {e.label} <span className="muted">{e.count}</span>
              </li>
            ))}
            {rest > 0 && <li className="muted">+{rest} in other affiliations</li>}
          </ul>
          <ul className="legend-edges">
            <li>
              <span className="line" style={{ background: MET_EDGE_COLOR }} aria-hidden="true" /> met
            </li>
            <li>
              <span className="line" style={{ background: CONTACT_EDGE_COLOR }} aria-hidden="true" /> statements, co-mentions
            </li>
            <li>
              <span className="line" style={{ background: UNREALISED_EDGE_COLOR }} aria-hidden="true" /> only unrealised meetings
            </li>
            <li className="muted">size: weighted degree</li>
          </ul>
        </>
      )}
    </aside>
  );
}
