// Child entry: times the in-process stages over a corpus and prints them as JSON,
// so each corpus is measured in a fresh process with nothing else in its heap.
import { parseArgs } from "node:util";
import { loadGazetteer } from "../corpus/gazetteer.js";
import { listFiles } from "./load.js";
import { timeStages } from "./stages.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: "string" }, warmup: { type: "string" }, "peer-bytes": { type: "string" }, gazetteer: { type: "string" } },
});
const { gazetteer } = loadGazetteer(values.gazetteer);
const timings = await timeStages(listFiles(positionals), gazetteer, { runs: Number(values.runs ?? 5), warmup: Number(values.warmup ?? 1) }, Number(values["peer-bytes"] ?? 1e6));
process.stdout.write(`${JSON.stringify(timings)}\n`);
