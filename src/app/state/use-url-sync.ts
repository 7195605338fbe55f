// Mirrors the store into the query string (replaceState, debounced) so a
// copied link reopens the same view.
import { useEffect } from "react";
import { useExplorer } from "./store.js";
import { encodeUrlState } from "./url-state.js";

const DELAY_MS = 250;

export function useUrlSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const s = useExplorer.getState();
      const query = encodeUrlState({ graph: s.graphSource, selected: s.selected, filters: s.filters, camera: s.camera });
      const url = `${location.pathname}${query}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, "", url);
    };
    const unsubscribe = useExplorer.subscribe((s, prev) => {
      if (s.selected === prev.selected && s.filters === prev.filters && s.camera === prev.camera && s.graphSource === prev.graphSource) return;
      clearTimeout(timer);
      timer = setTimeout(write, DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
