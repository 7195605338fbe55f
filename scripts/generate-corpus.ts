// Writes a seeded corpus of realistic generated articles, and the truth they state beside it
// (DIR.truth.json, not inside DIR: extracting the folder would read it as one more record file).
// Usage: npm run generate:corpus -- --out DIR [--articles 10000] [--seed 1] [--truth FILE]
//        [--layouts dated,header,footer,jsonl,csv] [--gazetteer graph-data/gazetteer.yaml] [--shard-size 10000]
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { loadGazetteer } from "../bench/corpus/gazetteer.js";
import { MAX_SEED, parseCommandLine, runCommand, UsageError, wholeNumber } from "../src/cli/command-line.js";
import { LAYOUTS, type Layout } from "../src/generate/generate.js";
import { writeCorpus } from "../src/generate/write.js";

const MAX_ARTICLES = 10_000_000;

export const USAGE = `Usage: npm run generate:corpus -- --out DIR [options]

Writes seeded generated articles to the folder DIR, and what they state to DIR.truth.json.

Options:
  --out DIR           folder to write the articles to (required)
  --articles N        how many articles, 1 to ${MAX_ARTICLES.toLocaleString("en")} (default 10000)
  --seed S            a whole number from 0 to ${MAX_SEED}: the same seed writes the same articles (default 1)
  --truth FILE        where the truth goes (default DIR.truth.json)
  --layouts LIST      comma-separated, some of ${LAYOUTS.join(",")} (default all)
  --gazetteer FILE    the actors written about (default graph-data/gazetteer.yaml)
  --shard-size N      records per JSONL / CSV file, a whole number ≥ 1 (default 10000)
  -h, --help          show this help`;

export interface CorpusArgs {
  out: string;
  articles: number;
  seed: number;
  truth: string;
  layouts: Layout[];
  gazetteer: string | undefined;
  shardSize: number;
}

export function parseCorpusArgs(argv: readonly string[]): CorpusArgs {
  const { values } = parseCommandLine(argv, {
    out: { type: "string" },
    articles: { type: "string" },
    seed: { type: "string" },
    layouts: { type: "string" },
    gazetteer: { type: "string" },
    "shard-size": { type: "string" },
    truth: { type: "string" },
  });
  if (!values.out) throw new UsageError("--out DIR is required");
  if (existsSync(values.out) && !statSync(values.out).isDirectory()) throw new UsageError(`--out ${values.out} is a file, not a folder`);
  const articles = wholeNumber("articles", values.articles, 10_000, { min: 1, max: MAX_ARTICLES });
  const seed = wholeNumber("seed", values.seed, 1, { min: 0, max: MAX_SEED });
  const shardSize = wholeNumber("shard-size", values["shard-size"], 10_000, { min: 1 });
  const layouts = (values.layouts ?? LAYOUTS.join(",")).split(",").map((l) => l.trim()) as Layout[];
  const unknown = layouts.filter((l) => !LAYOUTS.includes(l));
  if (unknown.length > 0) {
    throw new UsageError(`--layouts: unknown layout(s) ${unknown.map((l) => `"${l}"`).join(", ")} (known: ${LAYOUTS.join(", ")})`);
  }
  if (values.truth !== undefined && !values.truth) throw new UsageError('--truth needs a file name, got ""');
  return {
    out: values.out,
    articles,
    seed,
    truth: values.truth ?? `${resolve(values.out)}.truth.json`,
    layouts,
    gazetteer: values.gazetteer,
    shardSize,
  };
}

async function main(): Promise<void> {
  const args = parseCorpusArgs(process.argv.slice(2));
  let loaded;
  try {
    loaded = loadGazetteer(args.gazetteer);
  } catch (e) {
    if (args.gazetteer === undefined) throw e;
    throw new UsageError(`--gazetteer ${args.gazetteer}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { gazetteer, path } = loaded;
  const summary = await writeCorpus(args.out, gazetteer, {
    truthPath: args.truth,
    seed: args.seed,
    count: args.articles,
    layouts: args.layouts,
    shardSize: args.shardSize,
  });
  console.log(
    `wrote ${summary.articles} articles (${(summary.bytes / 1e6).toFixed(1)} MB in ${summary.files} files, ` +
      `${summary.interactions} true interactions) to ${args.out} from ${path}; the truth in ${args.truth}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCommand("generate:corpus", USAGE, main);
}
