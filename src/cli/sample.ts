// `npm run sample -- GRAPH [--type meeting] [--n 40] [--seed 1] [--without putin]`: interactions drawn at random from a
// graph file, with their evidence, to be read by hand (see src/eval/sample.ts).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseGraphFile, type InteractionType } from "../shared/graph-schema.js";
import { formatSampled, sampleInteractions } from "../eval/sample.js";

const TYPES: InteractionType[] = ["meeting", "statement", "comention"];

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      type: { type: "string", default: "meeting" },
      n: { type: "string", default: "40" },
      seed: { type: "string", default: "1" },
      without: { type: "string" },
    },
  });
  const path = positionals[0];
  const type = values.type as InteractionType;
  const n = Number(values.n);
  const seed = Number(values.seed);
  if (!path || !TYPES.includes(type) || !Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    console.error("usage: npm run sample -- GRAPH.json [--type meeting|statement|comention] [--n 40] [--seed 1] [--without ACTOR_KEY]");
    return 2;
  }
  let parsed;
  try {
    parsed = parseGraphFile(JSON.parse(readFileSync(path, "utf8")));
  } catch (e) {
    console.error(`sample: cannot read ${path}: ${(e as Error).message}`);
    return 1;
  }
  if (!parsed.ok) {
    console.error(`sample: ${path} is not a graph file: ${parsed.error}`);
    return 1;
  }
  const { total, drawn } = sampleInteractions(parsed.graph, { type, n, seed, ...(values.without ? { without: values.without } : {}) });
  console.log(`${drawn.length} of ${total} ${type} interactions${values.without ? ` without ${values.without}` : ""}, seed ${seed}`);
  drawn.forEach((s, i) => console.log(["", ...formatSampled(s, i + 1)].join("\n")));
  return 0;
}

process.exitCode = main();
