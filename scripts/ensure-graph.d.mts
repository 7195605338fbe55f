// Types of ensure-graph.mjs for the TypeScript that imports it (src/cli/start.ts, tests).
export function graphIsStale(graph: string, inputs: string[]): boolean;
export function ensureGraph(): Promise<void>;
