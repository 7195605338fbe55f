// What changes in drawing when a graph has very many connections.

/**
 * Above this many edges a graph is large: its edges hide while the camera moves,
 * and they cannot be hovered or clicked (the evidence of a connection opens from
 * an actor's panel instead). Clickable edges cost sigma a second drawing of every
 * edge, into its picking buffer, on every frame: at 200,000 edges in software
 * WebGL that was ~40% of a frame (bench/explorer/probe.ts, side by side); and a
 * hairline among tens of thousands is a lottery to click anyway.
 */
export const LARGE_GRAPH_EDGES = 20000;

export function isLargeGraph(edgeCount: number): boolean {
  return edgeCount > LARGE_GRAPH_EDGES;
}
