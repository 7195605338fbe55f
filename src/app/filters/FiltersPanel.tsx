import { useId, useMemo, type ReactNode } from "react";
import { affiliationColor, INTERACTION_TYPE_COLORS, UNKNOWN_AFFILIATION_LABEL } from "../../shared/appearance.js";
import { isFiltering, NO_AFFILIATION } from "../../shared/filter.js";
import { interactionTypes, type GraphFile, type InteractionType } from "../../shared/graph-schema.js";
import { binCounts, computeView, interactionBins, nonDateKey, withoutDates } from "../data/filter-view.js";
import { chooseUnit, dateSpan, makeBins } from "../data/histogram.js";
import { TRANSCRIPT } from "../data/interaction-table.js";
import type { ShownGraph } from "../data/shown-graph.js";
import { formatWeight } from "../panels/format.js";
import { useExplorer } from "../state/store.js";
import { DateRange } from "./DateRange.js";

const TYPE_NAMES: Record<InteractionType, string> = { meeting: "Meetings", statement: "Statements", comention: "Co-mentions" };

interface Props {
  /** The whole loaded file (filters choose from all of it). */
  file: GraphFile;
  shown: ShownGraph;
}

function interactionDates(file: GraphFile): string[] {
  const dates: string[] = [];
  for (const e of file.edges) for (const i of e.attributes.interactions) if (i.date) dates.push(i.date);
  return dates;
}

function countWhere(values: Uint8Array, ok: (v: number) => boolean): number {
  let n = 0;
  for (const v of values) if (ok(v)) n++;
  return n;
}

/** A checkbox drawn as an on/off switch, for a filter that keeps or drops one kind of thing. */
function Switch({ testId, on, onChange, title, children }: { testId: string; on: boolean; onChange: (on: boolean) => void; title?: string; children: ReactNode }) {
  return (
    <label className="switch" title={title}>
      <input type="checkbox" role="switch" data-testid={testId} checked={on} onChange={(e) => onChange(e.target.checked)} />
      <span className="switch-track" aria-hidden="true" />
      {children}
    </label>
  );
}

export function FiltersPanel({ file, shown }: Props) {
  const id = useId();
  const filters = useExplorer((s) => s.filters);
  const setFilters = useExplorer((s) => s.setFilters);
  const resetFilters = useExplorer((s) => s.resetFilters);

  const { table, view } = shown;
  const span = useMemo(() => dateSpan(interactionDates(file)), [file]);
  const unit = span ? chooseUnit(span.first, span.last) : "month";
  const { bins, binOf } = useMemo(() => (span ? makeBins(span.first, span.last, unit) : { bins: [], binOf: () => -1 }), [span, unit]);
  const binOfInteraction = useMemo(() => interactionBins(table, binOf), [table, binOf]);
  // The histogram answers "where in time is what the other filters keep?", so moving the dates does not recount it.
  const undatedKey = nonDateKey(filters);
  const counts = useMemo(() => {
    const undated = withoutDates(filters);
    // Without date bounds the shown view is already that view.
    return binCounts(table, undated === view.filters ? view : computeView(table, undated), binOfInteraction, bins.length);
  }, [table, binOfInteraction, bins, undatedKey]); // eslint-disable-line react-hooks/exhaustive-deps -- undatedKey stands for the non-date filters

  // A switch is shown only where there is something to hide; the table has flagged it already.
  const transcriptStatements = useMemo(() => countWhere(table.flags, (f) => (f & TRANSCRIPT) !== 0), [table]);
  const untitled = useMemo(() => countWhere(table.nodeUntitled, (u) => u !== 0), [table]);
  const maxWeight = useMemo(() => file.edges.reduce((m, e) => Math.max(m, e.attributes.weight), 0), [file]);
  const affiliations = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of file.nodes) {
      const k = n.attributes.affiliation ?? NO_AFFILIATION;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "en"));
  }, [file]);

  const toggleType = (t: InteractionType, on: boolean) =>
    setFilters({ types: interactionTypes.filter((x) => (x === t ? on : filters.types.includes(x))) });
  const toggleAffiliation = (a: string, on: boolean) => {
    const all = affiliations.map(([k]) => k);
    const current = filters.affiliations ?? all;
    const next = all.filter((k) => (k === a ? on : current.includes(k)));
    setFilters({ affiliations: next.length === all.length ? null : next });
  };

  return (
    <div className="filters">
      <p className="summary" aria-live="polite" data-testid="shown-counts">
        <strong>{view.nodeCount}</strong> of {file.nodes.length} actors · <strong>{view.edgeCount}</strong> of {file.edges.length}{" "}
        connections
      </p>
      {isFiltering(filters) && (
        <button type="button" className="btn btn-small" onClick={resetFilters}>
          Reset filters
        </button>
      )}

      <fieldset>
        <legend>Interaction types</legend>
        {interactionTypes.map((t) => (
          <label key={t} className="check">
            <input type="checkbox" data-testid={`filter-type-${t}`} checked={filters.types.includes(t)} onChange={(e) => toggleType(t, e.target.checked)} />
            <span className="swatch" style={{ background: INTERACTION_TYPE_COLORS[t] }} aria-hidden="true" />
            {TYPE_NAMES[t]}
          </label>
        ))}
        <Switch testId="filter-unrealised" on={filters.includeUnrealised} onChange={(on) => setFilters({ includeUnrealised: on })}>
          Planned, proposed, cancelled and denied meetings
        </Switch>
        {(transcriptStatements > 0 || !filters.includeTranscript) && (
          <Switch
            testId="filter-transcript"
            on={filters.includeTranscript}
            onChange={(on) => setFilters({ includeTranscript: on })}
            title="A speaker naming or addressing someone in a transcript's own words, as against a report of what someone said"
          >
            Statements read only from transcripts ({transcriptStatements.toLocaleString("en")})
          </Switch>
        )}
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-minw`} className="filter-label">
          Minimum weight <span className="muted">{formatWeight(filters.minWeight)}</span>
        </label>
        <input
          id={`${id}-minw`}
          type="range"
          data-testid="filter-min-weight"
          min={0}
          max={Math.max(1, Math.ceil(maxWeight))}
          step={0.25}
          value={filters.minWeight}
          onChange={(e) => setFilters({ minWeight: Number(e.target.value) })}
        />
      </div>

      <DateRange bins={bins} unit={unit} counts={counts} from={filters.from} to={filters.to} onChange={(from, to) => setFilters({ from, to })} />

      {(untitled > 0 || !filters.includeUntitled) && (
        <Switch
          testId="filter-untitled"
          on={filters.includeUntitled}
          onChange={(on) => setFilters({ includeUntitled: on })}
          title="People the extractor found with no title that no gazetteer knows: athletes, artists, people of history, as well as officials whose title the text did not give"
        >
          Actors found with no title ({untitled.toLocaleString("en")})
        </Switch>
      )}

      <fieldset data-testid="filter-affiliation">
        <legend>Affiliations</legend>
        <div className="aff-actions">
          <button type="button" className="link-btn" onClick={() => setFilters({ affiliations: null })}>
            All
          </button>
          <button type="button" className="link-btn" onClick={() => setFilters({ affiliations: [] })}>
            None
          </button>
        </div>
        <div className="aff-list">
          {affiliations.map(([a, n]) => (
            <label key={a || "none"} className="check">
              <input
                type="checkbox"
                checked={filters.affiliations === null || filters.affiliations.includes(a)}
                onChange={(e) => toggleAffiliation(a, e.target.checked)}
              />
              <span className="swatch round" style={{ background: affiliationColor(a || null) }} aria-hidden="true" />
              {a || UNKNOWN_AFFILIATION_LABEL}
              <span className="muted count">{n}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
