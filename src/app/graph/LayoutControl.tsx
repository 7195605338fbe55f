import { useEffect, useRef, useState } from "react";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { fa2Settings } from "../../shared/layout-settings.js";
import { runtime } from "./runtime.js";
import { discsOf, placeDiscs, separateNodes, SEPARATE_IN_PAGE_MAX_NODES } from "./separate-nodes.js";
import type { SeparateAnswer, SeparateRequest } from "./separate-worker.js";

/**
 * Starts and stops ForceAtlas2 in a web worker. Positions stay where the layout left them, with
 * overlapping discs pushed apart on stop, as the extractor does: on the page's thread for small
 * graphs, in a worker of its own above SEPARATE_IN_PAGE_MAX_NODES, so the page stays responsive.
 */
export function LayoutControl({ fileId }: { fileId: number }) {
  const layout = useRef<FA2Layout | null>(null);
  const separator = useRef<Worker | null>(null);
  // The separation whose answer is still wanted: a new run or a newer stop makes an answer stale
  // (a new file ends the worker, and its answers with it).
  const job = useRef(0);
  const [running, setRunning] = useState(false);
  const [separating, setSeparating] = useState(false);

  useEffect(() => {
    return () => {
      layout.current?.kill();
      layout.current = null;
      separator.current?.terminate();
      separator.current = null;
      setRunning(false);
      setSeparating(false);
    };
  }, [fileId]);

  const separateInWorker = () => {
    const graph = runtime.graph;
    const discs = discsOf(graph);
    const mine = ++job.current;
    const worker = (separator.current ??= new Worker(new URL("./separate-worker.ts", import.meta.url), { type: "module" }));
    worker.onmessage = (e: MessageEvent<SeparateAnswer>) => {
      if (e.data.job !== job.current || runtime.graph !== graph) return;
      placeDiscs(graph, discs.keys, e.data.xs, e.data.ys);
      setSeparating(false);
    };
    // A worker that fails leaves the discs as the layout stopped: the button must not stay busy, and
    // the next Stop starts another worker (one whose script never loaded takes no more messages and
    // raises no more errors, so reused it would leave the button busy for good).
    worker.onerror = (e) => {
      console.error("separating the discs failed:", e.message || "the worker could not start or stopped");
      worker.terminate();
      if (separator.current === worker) separator.current = null;
      if (mine === job.current) setSeparating(false);
    };
    const { keys: _keys, ...arrays } = discs;
    const request: SeparateRequest = { job: mine, ...arrays };
    setSeparating(true);
    worker.postMessage(request, [arrays.xs.buffer, arrays.ys.buffer, arrays.rs.buffer, arrays.pieces.buffer]);
  };

  const toggle = () => {
    if (running) {
      layout.current?.stop();
      setRunning(false);
      if (runtime.graph.order > SEPARATE_IN_PAGE_MAX_NODES) separateInWorker();
      else separateNodes(runtime.graph);
      return;
    }
    // A separation still under way would put back the discs of the picture this run is moving on from.
    job.current++;
    setSeparating(false);
    if (!layout.current) {
      layout.current = new FA2Layout(runtime.graph, {
        settings: fa2Settings(runtime.graph),
        getEdgeWeight: "weight",
      });
    }
    layout.current.start();
    setRunning(true);
  };

  return (
    <button
      type="button"
      className={running ? "btn btn-active" : "btn"}
      aria-pressed={running}
      aria-busy={separating}
      onClick={toggle}
      data-testid="layout"
      title={separating ? "Moving overlapping actors apart" : undefined}
    >
      {running ? "Stop layout" : separating ? "Separating…" : "Run layout"}
    </button>
  );
}
