import { useId, useMemo, useState, type KeyboardEvent } from "react";
import type { GraphFile } from "../../shared/graph-schema.js";
import { affiliationColor } from "../../shared/appearance.js";
import type { ShownGraph } from "../data/shown-graph.js";
import { buildSearchIndex, normaliseText, once, searchActors } from "./search-index.js";

interface Props {
  /** The whole file: indexed once per file. */
  file: GraphFile;
  /** Only actors the filters show are offered. */
  shown: ShownGraph;
  onPick: (key: string) => void;
}

/** ARIA 1.2 combobox: the input keeps focus, arrows move the active option, Enter picks. */
export function SearchBox({ file, shown, onPick }: Props) {
  const listId = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Built at the first search rather than with the graph, so the first draw does not wait for it.
  const index = useMemo(
    () =>
      once(() =>
        buildSearchIndex(
          file.nodes.map((n) => ({ key: n.key, label: n.attributes.label, aliases: n.attributes.aliases, weight: n.attributes.weightedDegree ?? 0 })),
        ),
      ),
    [file],
  );
  const hits = useMemo(() => (normaliseText(query) ? searchActors(index(), query, 8, shown.hasNode) : []), [index, query, shown]);
  const affiliation = (key: string) => shown.node(key)?.attributes.affiliation ?? null;
  const expanded = open && hits.length > 0;
  const current = Math.min(active, hits.length - 1);

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    setQuery(hit.label);
    setOpen(false);
    onPick(hit.key);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive(expanded ? (current + 1) % hits.length : 0);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      setActive(expanded ? (current - 1 + hits.length) % hits.length : hits.length - 1);
    } else if (e.key === "Enter") {
      e.preventDefault();
      pick(expanded ? current : 0);
    } else if (e.key === "Escape") {
      if (expanded) setOpen(false);
      else setQuery("");
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search actors
      </label>
      <input
        id={`${listId}-input`}
        data-testid="search"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search actors…"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-opt-${current}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Matching actors" className="search-list" hidden={!expanded}>
        {hits.map((h, i) => (
          <li
            key={h.key}
            id={`${listId}-opt-${i}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? "active" : undefined}
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(i);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="dot" style={{ background: affiliationColor(affiliation(h.key)) }} aria-hidden="true" />
            <span className="search-label">{h.label}</span>
            {h.via && <span className="search-via">“{h.via}”</span>}
            {affiliation(h.key) && <span className="search-aff">{affiliation(h.key)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
