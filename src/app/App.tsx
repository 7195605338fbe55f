import { useEffect, useRef, useState } from "react";
import Graph from "graphology";
import Sigma from "sigma";
import { parseGraphFile } from "../shared/graph-schema";

// Minimal shell: loads the bundled graph and draws it. The full explorer replaces it.
export function App() {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let sigma: Sigma | undefined;
    fetch("graph.json")
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`graph.json: HTTP ${r.status}`))))
      .then((data: unknown) => {
        const parsed = parseGraphFile(data);
        if (!parsed.ok) throw new Error(parsed.error);
        const graph = Graph.from(parsed.graph as never);
        graph.forEachNode((n, a) => {
          graph.mergeNodeAttributes(n, { x: a.x ?? Math.random(), y: a.y ?? Math.random(), size: 5 });
        });
        if (container.current) sigma = new Sigma(graph, container.current);
      })
      .catch((e: Error) => setError(e.message));
    return () => sigma?.kill();
  }, []);
  return (
    <main style={{ position: "fixed", inset: 0 }}>
      {error && <p role="alert">{error}</p>}
      <div ref={container} data-testid="graph" style={{ width: "100%", height: "100%" }} />
    </main>
  );
}
