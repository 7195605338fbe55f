import { useMemo } from "react";
import { affiliationLegend, EDGE_COLOR as CONTACT_EDGE_COLOR, MET_EDGE_COLOR, UNREALISED_EDGE_COLOR } from "../../shared/appearance.js";
import type { GraphFile } from "../../shared/graph-schema.js";

const SHOWN = 8;

export function Legend({ file }: { file: GraphFile }) {
  const entries = useMemo(() => affiliationLegend(file), [file]);
  const rest = entries.slice(SHOWN).reduce((n, e) => n + e.count, 0);
  return (
    <aside className="legend" data-testid="legend" aria-label="Legend">
      <ul>
        {entries.slice(0, SHOWN).map((e) => (
          <li key={e.label}>
            <span className="swatch round" style={{ background: e.color }} aria-hidden="true" />
            {e.label} <span className="muted">{e.count}</span>
          </li>
        ))}
        {rest > 0 && <li className="muted">+{rest} actors in other affiliations</li>}
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
      </ul>
      <p className="muted">Size: weighted degree</p>
    </aside>
  );
}
