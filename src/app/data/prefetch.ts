// The bundled graph's request starts with the page, while the app's code is
// still loading, instead of after React's first commit: on a large graph the
// download then overlaps starting the app. Only the loader takes the response.

/** The graph shown when the link names none (?graph=). */
export const DEFAULT_GRAPH_URL = "graph.json";

const waiting = new Map<string, Promise<Response>>();

/** Starts fetching `url` now; the first fetchGraph(url) takes the response. */
export function prefetchGraph(url: string): void {
  if (waiting.has(url)) return;
  const response = fetch(url);
  // A prefetch nobody takes must not report an unhandled rejection; the taker still sees the failure.
  response.catch(() => {});
  waiting.set(url, response);
}

/** The response of an earlier prefetchGraph(url), at most once; undefined when there is none. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const response = waiting.get(url);
  waiting.delete(url);
  return response;
}

/** Whether the page opens the bundled graph: the same reading of ?graph= as url-state.ts. */
export function opensDefaultGraph(search: string): boolean {
  return !new URLSearchParams(search).get("graph");
}
