import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type Sigma from "sigma";
import { computeView } from "./data/filter-view.js";
import { articlesById } from "./data/indexes.js";
import { buildInteractionTable } from "./data/interaction-table.js";
import { shownGraph } from "./data/shown-graph.js";
import { useGraphLoader } from "./data/use-graph-loader.js";
import { FiltersPanel } from "./filters/FiltersPanel.js";
import { GraphView } from "./graph/GraphView.js";
import { Legend } from "./graph/Legend.js";
import { revealNode } from "./graph/runtime.js";
import { ConfirmForeignDialog } from "./load/ConfirmForeignDialog.js";
import { ErrorBanner } from "./load/ErrorBanner.js";
import { NoticeBanner } from "./load/NoticeBanner.js";
import { OpenFileButton } from "./load/OpenFileButton.js";
import { useFileDrop } from "./load/use-file-drop.js";
import { DetailsPanel } from "./panels/DetailsPanel.js";
import { SearchBox } from "./search/SearchBox.js";
import { useExplorer } from "./state/store.js";
import { useUrlSync } from "./state/use-url-sync.js";

// Not needed to see the graph (the layout worker's library, the exporters): each in its own
// chunk, loaded beside the graph instead of parsed before the app starts.
const LayoutControl = lazy(() => import("./graph/LayoutControl.js").then((m) => ({ default: m.LayoutControl })));
const ExportMenu = lazy(() => import("./export/ExportMenu.js").then((m) => ({ default: m.ExportMenu })));

/** Holds a lazy button's place in the toolbar until it arrives. */
function Placeholder({ label }: { label: string }) {
  return (
    <button type="button" className="btn" disabled>
      {label}
    </button>
  );
}

export function App() {
  const loader = useGraphLoader();
  const { file, fileId } = loader;
  const filters = useExplorer((s) => s.filters);
  const [filtersOpen, setFiltersOpen] = useState(true);
  // Only for the export menu's props; the explorer itself reaches sigma through graph/runtime.
  const [sigma, setSigma] = useState<Sigma | null>(null);
  const onSigma = useCallback((s: unknown) => setSigma(s as Sigma | null), []);
  useUrlSync();
  const dragging = useFileDrop(loader.loadFile);

  // Flattened once per file; a filter change is then one pass over typed arrays (see data/filter-view.ts).
  const table = useMemo(() => (file ? buildInteractionTable(file) : null), [file]);
  const view = useMemo(() => (table ? computeView(table, filters) : null), [table, filters]);
  const shown = useMemo(() => (table && view ? shownGraph(table, view) : null), [table, view]);
  const articles = useMemo(() => (file ? articlesById(file) : new Map()), [file]);
  // The filters panel (date histogram, affiliation counts) joins after the graph's first draw,
  // which does not need it: its effects run once sigma has drawn.
  const [graphDrawn, setGraphDrawn] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a second render on purpose, after the first draw
    if (shown && !graphDrawn) setGraphDrawn(true);
  }, [shown, graphDrawn]);

  const pickActor = useCallback((key: string) => {
    const s = useExplorer.getState();
    s.select(key);
    s.openEvidence(null);
    // After React commits the selection the node is still where it was: reveal now.
    revealNode(key);
  }, []);

  return (
    <div className="app">
      <header className="toolbar">
        <h1 className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Actor graph
        </h1>
        {file && shown && <SearchBox file={file} shown={shown} onPick={pickActor} />}
        <div className="toolbar-actions">
          <button
            type="button"
            className="btn"
            aria-expanded={filtersOpen}
            aria-controls="filters-panel"
            onClick={() => setFiltersOpen((o) => !o)}
          >
            Filters
          </button>
          <Suspense fallback={<Placeholder label="Run layout" />}>
            <LayoutControl fileId={fileId} />
          </Suspense>
          <OpenFileButton onFile={loader.loadFile} />
          {file && (
            <Suspense fallback={<Placeholder label="Export" />}>
              <ExportMenu sigma={sigma} file={file} filters={filters} />
            </Suspense>
          )}
        </div>
      </header>

      {loader.error && <ErrorBanner message={loader.error} onDismiss={loader.dismissError} />}
      {loader.notice && <NoticeBanner message={loader.notice} onDismiss={loader.dismissNotice} />}

      <div className={filtersOpen ? "body" : "body filters-closed"}>
        <aside className="sidebar sidebar-left" id="filters-panel" aria-label="Filters" hidden={!filtersOpen}>
          {file && shown && graphDrawn && <FiltersPanel file={file} shown={shown} />}
        </aside>

        <main className="stage" aria-label="Graph">
          {shown ? (
            <>
              <GraphView table={shown.table} view={shown.view} fileId={fileId} onSigma={onSigma} />
              <Legend shown={shown} />
            </>
          ) : (
            <div className="empty-state">
              {loader.loading ? <p>Loading graph…</p> : <p>No graph loaded. Drop a graph file on the page or use “Open file…”.</p>}
            </div>
          )}
        </main>

        <aside className="sidebar sidebar-right" aria-label="Details">
          {file && shown && <DetailsPanel file={file} shown={shown} articles={articles} />}
        </aside>
      </div>

      <footer className="footer muted">
        <span>Graph: {loader.name}</span>
        {file?.attributes.corpus && <span> · Corpus: {file.attributes.corpus}</span>}
        <span> · {file?.attributes.articles.length ?? 0} articles</span>
      </footer>

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a graph file to open it</p>
        </div>
      )}
      {loader.pendingForeign && <ConfirmForeignDialog url={loader.pendingForeign} onAnswer={loader.confirmForeign} />}
    </div>
  );
}
