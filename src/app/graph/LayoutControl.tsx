import { useEffect, useRef, useState } from "react";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import { runtime } from "./runtime.js";

/** Starts and stops ForceAtlas2 in a web worker; positions stay where the layout left them. */
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
      setRunning(false);
      return;
    }
    if (!layout.current) {
      layout.current = new FA2Layout(runtime.graph, {
        settings: { ...inferSettings(runtime.graph), barnesHutOptimize: runtime.graph.order > 500, adjustSizes: false },
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
