// The graph check lives in scripts/ensure-graph.mjs (plain Node, so `npm run build` starts
// without tsx); `npm start` reaches it from here.
export { ensureGraph, graphIsStale } from "../../scripts/ensure-graph.mjs";
