// Which graph is on screen, and loading another one (URL, ?graph=, dropped
// file). A failed load leaves the current graph in place and reports why.
import { useCallback, useEffect, useRef, useState } from "react";
import type { GraphFile } from "../../shared/graph-schema.js";
import { useExplorer } from "../state/store.js";
import { fetchGraph, isSameOrigin, readGraphFile, type LoadResult } from "./load-graph.js";
import { DEFAULT_GRAPH_URL } from "./prefetch.js";

export { DEFAULT_GRAPH_URL };

export interface GraphLoader {
  file: GraphFile | null;
  /** Increments with each graph shown, so views can tell a new graph from a re-filtered one. */
  fileId: number;
  /** Name of what is shown: a URL or a file name. */
  name: string;
  error: string | null;
  /** Something the link asked for that the graph does not have (an actor of another graph). */
  notice: string | null;
  loading: boolean;
  /** A foreign ?graph= URL waiting for the user's consent. */
  pendingForeign: string | null;
  confirmForeign: (accept: boolean) => void;
  loadFile: (f: File) => void;
  loadUrl: (url: string) => void;
  dismissError: () => void;
  dismissNotice: () => void;
}

export function useGraphLoader(): GraphLoader {
  const [file, setFile] = useState<GraphFile | null>(null);
  const [fileId, setFileId] = useState(0);
  const [name, setName] = useState(DEFAULT_GRAPH_URL);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [pendingForeign, setPendingForeign] = useState<string | null>(null);
  const hasFile = useRef(false);

  const accept = useCallback((result: LoadResult, shownName: string, source: string | null): boolean => {
    setLoading(false);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    hasFile.current = true;
    setFile(result.file);
    setFileId((n) => n + 1);
    setName(shownName);
    setError(null);
    const s = useExplorer.getState();
    s.setGraphSource(source);
    if (s.selected && !result.file.nodes.some((n) => n.key === s.selected)) {
      setNotice(`This graph has no actor “${s.selected}”, which the link named: the whole graph is shown.`);
      s.select(null);
    } else setNotice(null);
    return true;
  }, []);

  const loadDefault = useCallback(async () => {
    setLoading(true);
    const r = await fetchGraph(DEFAULT_GRAPH_URL);
    if (r.ok || !hasFile.current) accept(r, DEFAULT_GRAPH_URL, null);
  }, [accept]);

  const loadUrl = useCallback(
    async (url: string) => {
      setLoading(true);
      const r = await fetchGraph(url);
      if (!accept(r, url, url) && !hasFile.current) {
        // Nothing on screen yet: show the bundled graph under the error.
        const message = r.ok ? null : r.error;
        const d = await fetchGraph(DEFAULT_GRAPH_URL);
        accept(d, DEFAULT_GRAPH_URL, null);
        if (message) setError(message);
      }
    },
    [accept],
  );

  useEffect(() => {
    const source = useExplorer.getState().graphSource;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- first load decides between three sources
    if (source === null) void loadDefault();
    else if (isSameOrigin(source, location.href)) void loadUrl(source);
    else setPendingForeign(source);
  }, [loadDefault, loadUrl]);

  const confirmForeign = useCallback(
    (yes: boolean) => {
      const url = pendingForeign;
      setPendingForeign(null);
      if (yes && url) void loadUrl(url);
      else {
        useExplorer.getState().setGraphSource(null);
        void loadDefault();
      }
    },
    [pendingForeign, loadDefault, loadUrl],
  );

  const loadFile = useCallback(
    async (f: File) => {
      setLoading(true);
      accept(await readGraphFile(f), f.name, null);
    },
    [accept],
  );

  return {
    file,
    fileId,
    name,
    error,
    notice,
    loading,
    pendingForeign,
    confirmForeign,
    loadFile: (f) => void loadFile(f),
    loadUrl: (u) => void loadUrl(u),
    dismissError: () => setError(null),
    dismissNotice: () => setNotice(null),
  };
}
