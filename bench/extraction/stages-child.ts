// Child entry: times the in-process stages over a corpus and prints them as JSON,
// so each corpus is measured in a fresh process with nothing else in its heap.
import { parseArgs } from "node:util";
import { loadGazetteer } from "../corpus/gazetteer.js";
import { listFiles, readArticles } from "./load.js";
import { prepareArticle } from "../../src/extract/prepare.js";
import { timeStages } from "./stages.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "floor-only": { type: "boolean" }, runs: { type: "string" }, warmup: { type: "string" }, "peer-bytes": { type: "string" }, gazetteer: { type: "string" } },
});
if (values["floor-only"]) {
  // The floor as a whole process, to set beside the CLI's wall time (same start-up cost).
  let sentences = 0;
  for (const a of await readArticles(listFiles(positionals))) sentences += prepareArticle(a).sentences.length;
  process.stdout.write(`${JSON.stringify({ sentences })}\n`);
  process.exit(0);
}
const { gazetteer } = loadGazetteer(values.gazetteer);
const timings = await timeStages(listFiles(positionals), gazetteer, { runs: Number(values.runs ?? 5), warmup: Number(values.warmup ?? 1) }, Number(values["peer-bytes"] ?? 1e6));
process.stdout.write(`${JSON.stringify(timings)}\n`);
