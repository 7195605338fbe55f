// Writes a seeded corpus of realistic generated articles, and the truth they state beside it
// (DIR.truth.json, not inside DIR: extracting the folder would read it as one more record file).
// Usage: npm run generate:corpus -- --out DIR [--articles 10000] [--seed 1] [--truth FILE]
//        [--layouts dated,header,footer,jsonl,csv] [--gazetteer graph-data/gazetteer.yaml] [--shard-size 10000]
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadGazetteer } from "../bench/corpus/gazetteer.js";
import { LAYOUTS, type Layout } from "../src/generate/generate.js";
import { writeCorpus } from "../src/generate/write.js";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    articles: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    layouts: { type: "string", default: LAYOUTS.join(",") },
    gazetteer: { type: "string" },
    "shard-size": { type: "string", default: "10000" },
    truth: { type: "string" },
  },
});

if (!values.out) {
  console.error("usage: generate-corpus --out DIR [--articles N] [--seed S] [--truth FILE] [--layouts dated,header,footer,jsonl,csv] [--gazetteer FILE]");
  process.exit(2);
}
const layouts = values.layouts.split(",").map((l) => l.trim()) as Layout[];
const unknown = layouts.filter((l) => !LAYOUTS.includes(l));
if (unknown.length > 0) {
  console.error(`unknown layout(s): ${unknown.join(", ")} (known: ${LAYOUTS.join(", ")})`);
  process.exit(2);
}
const { gazetteer, path } = loadGazetteer(values.gazetteer);
const truthPath = values.truth ?? `${resolve(values.out)}.truth.json`;
const summary = await writeCorpus(values.out, gazetteer, {
  truthPath,
  seed: Number(values.seed),
  count: Number(values.articles),
  layouts,
  shardSize: Number(values["shard-size"]),
});
console.log(
  `wrote ${summary.articles} articles (${(summary.bytes / 1e6).toFixed(1)} MB in ${summary.files} files, ` +
    `${summary.interactions} true interactions) to ${values.out} from ${path}; the truth in ${truthPath}`,
);
