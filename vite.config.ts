import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { contentSecurityPolicy } from "./src/app/csp.ts";

const GRAPH_FILE = resolve(import.meta.dirname, "graph-data/graph.json");

// The explorer loads /graph.json by default: the graph built from graph-data.
// Served live in development and copied into the production build.
function bundledGraph(): Plugin {
  return {
    name: "bundled-graph",
    configureServer(server) {
      server.middlewares.use("/graph.json", (_req, res) => {
        if (!existsSync(GRAPH_FILE)) {
          res.statusCode = 404;
          res.end("graph-data/graph.json is missing: run `npm run extract`");
          return;
        }
        res.setHeader("Content-Type", "application/json");
        res.end(readFileSync(GRAPH_FILE));
      });
    },
    generateBundle() {
      if (existsSync(GRAPH_FILE)) {
        this.emitFile({ type: "asset", fileName: "graph.json", source: readFileSync(GRAPH_FILE) });
      } else {
        this.warn("graph-data/graph.json is missing: the build has no default graph (run `npm run extract`)");
      }
    },
  };
}

export default defineConfig({
  root: "src/app",
  publicDir: resolve(import.meta.dirname, "public"),
  plugins: [react(), bundledGraph(), contentSecurityPolicy()],
  build: { outDir: resolve(import.meta.dirname, process.env.BUILD_OUT_DIR ?? "dist"), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173 },
  worker: { format: "es" },
});
