// `npm start`: make sure the bundled graph is built, then serve the explorer.
import { createServer } from "vite";
import { resolve } from "node:path";
import { ensureGraph } from "./ensure-graph.js";

await ensureGraph();
const server = await createServer({ configFile: resolve(import.meta.dirname, "../../vite.config.ts") });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? "http://127.0.0.1:5173/";
console.log(`\nActor graph explorer: ${url}\n(Ctrl+C to stop)`);
