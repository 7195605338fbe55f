import { useEffect, useRef, useState } from "react";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { fa2Settings } from "../../shared/layout-settings.js";
import { runtime } from "./runtime.js";
import { separateNodes } from "./separate-nodes.js";

/**
 * Starts and stops ForceAtlas2 in a web worker. Positions stay where the layout left them, with
 * overlapping discs pushed apart on stop (graphs up to SEPARATE_MAX_NODES), as the extractor does.
 */
export function LayoutControl({ fileId }: { fileId: number }) {
  const layout = useRef<FA2Layout | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    return () => {
      layout.current?.kill();
      layout.current = null;
      setRunning(false);
    };
  }, [fileId]);

  const toggle = () => {
    if (running) {
      layout.current?.stop();
      separateNodes(runtime.graph);
      setRunning(false);
      return;
    }
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
    <button type="button" className={running ? "btn btn-active" : "btn"} aria-pressed={running} onClick={toggle} data-testid="layout">
      {running ? "Stop layout" : "Run layout"}
    </button>
  );
}
