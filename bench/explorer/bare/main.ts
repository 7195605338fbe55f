// The baseline: the same graph file drawn by sigma alone, with the textbook hover
// highlight and a date filter done through reducers. No React, no store, no validation.
import Graph from "graphology";
import Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";

interface FileEdge { key: string; source: string; target: string; attributes: { weight: number; firstDate: string | null; lastDate: string | null } }
interface File { nodes: { key: string; attributes: { label: string; x?: number; y?: number } }[]; edges: FileEdge[] }

const state: { hovered: string | null; from: string | null; to: string | null } = { hovered: null, from: null, to: null };

async function main(): Promise<void> {
  const file = (await (await fetch("graph.json")).json()) as File;
  const graph = new Graph({ type: "undirected" });
  for (const n of file.nodes) graph.addNode(n.key, { x: n.attributes.x ?? 0, y: n.attributes.y ?? 0, label: n.attributes.label, size: 3, color: "#6b7280" });
  for (const e of file.edges) graph.addEdgeWithKey(e.key, e.source, e.target, { weight: e.attributes.weight, size: 1, color: "#cbd5e1", first: e.attributes.firstDate, last: e.attributes.lastDate });
  graph.forEachNode((n) => graph.setNodeAttribute(n, "size", 2 + Math.sqrt(graph.degree(n))));
  const sigma = new Sigma(graph, document.getElementById("graph")!, {
    nodeReducer: (node, data) => {
      if (!state.hovered || node === state.hovered || graph.areNeighbors(node, state.hovered)) return data;
      return { ...data, color: "#e5e7eb", label: "" };
    },
    edgeReducer: (edge, data) => {
      const first = graph.getEdgeAttribute(edge, "first") as string | null;
      const last = graph.getEdgeAttribute(edge, "last") as string | null;
      if ((state.from && (!last || last < state.from)) || (state.to && (!first || first > state.to))) return { ...data, hidden: true };
      if (state.hovered && !graph.hasExtremity(edge, state.hovered)) return { ...data, color: "#f1f5f9" };
      return data;
    },
  });
  let layout: FA2Layout | null = null;
  Object.assign(window, {
    __explorer: { sigma, graph, store: null },
    __bare: {
      hover(node: string | null) {
        state.hovered = node;
        sigma.refresh({ skipIndexation: true });
      },
      dateFilter(from: string | null, to: string | null) {
        state.from = from;
        state.to = to;
        sigma.refresh();
      },
      startLayout() {
        layout = new FA2Layout(graph, { settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false }, getEdgeWeight: "weight" });
        layout.start();
      },
      stopLayout() {
        layout?.kill();
      },
    },
  });
}

void main();
