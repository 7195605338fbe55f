import { defineConfig } from "vite";
import { resolve } from "node:path";

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  build: { outDir: resolve(import.meta.dirname, "../../../dist-bench-bare"), emptyOutDir: true },
  worker: { format: "es" },
  logLevel: "warn",
});
