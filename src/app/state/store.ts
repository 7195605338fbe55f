// What the user chose: selection, hover, open evidence, filters, camera.
// Graph data lives elsewhere (runtime.ts holds the graphology instance).
import { create } from "zustand";
import { DEFAULT_FILTERS, type Filters } from "../../shared/filter.js";
import { decodeUrlState, type CameraState } from "./url-state.js";

export interface ExplorerState {
  /** Where the current graph came from (?graph= value); null for the bundled graph. */
  graphSource: string | null;
  selected: string | null;
  hovered: string | null;
  /** Edge whose evidence is open. */
  evidenceEdge: string | null;
  filters: Filters;
  camera: CameraState | null;
  select: (key: string | null) => void;
  hover: (key: string | null) => void;
  openEvidence: (edge: string | null) => void;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
  setCamera: (camera: CameraState | null) => void;
  setGraphSource: (source: string | null) => void;
}

export const initialUrlState = decodeUrlState(typeof location === "undefined" ? "" : location.search);

export const useExplorer = create<ExplorerState>()((set) => ({
  graphSource: initialUrlState.graph,
  selected: initialUrlState.selected,
  hovered: null,
  evidenceEdge: null,
  filters: initialUrlState.filters,
  camera: initialUrlState.camera,
  select: (key) => set((s) => (s.selected === key ? {} : { selected: key, evidenceEdge: null })),
  hover: (key) => set({ hovered: key }),
  openEvidence: (edge) => set({ evidenceEdge: edge }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  resetFilters: () => set({ filters: { ...DEFAULT_FILTERS, types: [...DEFAULT_FILTERS.types] } }),
  setCamera: (camera) => set({ camera }),
  setGraphSource: (graphSource) => set({ graphSource }),
}));
