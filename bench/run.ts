// npm run bench [-- --quick] [-- --only extraction,scale,explorer]
// Prints the table and writes bench/results/<mode>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { config, runBench, type BenchResult, type Suite } from "./harness.js";
import { table } from "./report.js";

const { values } = parseArgs({ options: { quick: { type: "boolean" }, only: { type: "string" }, out: { type: "string" } } });
const suites = (values.only ?? "extraction,scale,explorer").split(",") as Suite[];
const cfg = config(values.quick ? "quick" : "full");
const started = performance.now();
const out = values.out ?? resolve(import.meta.dirname, "results", cfg.mode === "full" ? "full.json" : `${cfg.mode}.tmp`);
mkdirSync(resolve(out, ".."), { recursive: true });
const save = (result: BenchResult): void =>
  writeFileSync(out, `${JSON.stringify({ ...result, suites, seconds: Math.round((performance.now() - started) / 1000) }, null, 2)}\n`);
const result = await runBench(cfg, suites, (line) => console.error(`[bench] ${line}`), save);
save(result);
const m = result.machine;
console.log(`${cfg.mode} run on ${m.cores} cores, ${m.memoryGB} GB, ${m.cpu}, Node ${m.node}`);
console.log(table(result.rows));
for (const note of result.notes) console.log(`note: ${note}`);
console.log(`results: ${out}`);
