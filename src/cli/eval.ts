// `npm run eval`: measures the extractor against the reference data in
// ../shared (seed gold annotation, Kremlin silver meetings). Each section is
// one entry of SECTIONS: a pure function from the processed data to lines.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Article, ArticleResult } from "../shared/types.js";
import { parseGazetteer } from "../extract/gazetteer.js";
import { buildActorIndex, collectActors, findActors, type ActorIndex } from "../extract/actors/index.js";
import { processArticle } from "../extract/pipeline.js";
import { prepareArticle } from "../extract/prepare.js";
import { parsePlainText } from "../extract/read/plain-text.js";
import { actorsReport, type EvalData, type SeedGold, type SilverMeetings } from "../eval/actors.js";
import { readInput } from "./read-inputs.js";
import { meetingsReport } from "../eval/meetings.js";
import { generatedReport, type TruthFact } from "../eval/truth.js";
import { generateArticles } from "../generate/generate.js";
import type { Gazetteer } from "../shared/types.js";
import { parseCommandLine, runCommand } from "./command-line.js";

interface EvalSection {
  name: string;
  report: (data: EvalData) => string[];
}

const SECTIONS: EvalSection[] = [
  { name: "actors", report: actorsReport },
  { name: "meetings", report: meetingsReport },
  { name: "generated", report: generatedReport },
];
// Enough articles for every template and layout of sentence many times over, in about a second.
const GENERATED = { seed: 1, count: 2000 };

const ROOT = resolve(import.meta.dirname, "../..");
const SHARED = resolve(ROOT, "../shared");

export const USAGE = `Usage: npm run eval

Measures the extractor against the hand annotation of the bundled seed articles and the Kremlin
meetings in ${SHARED} (skipped when that folder is absent), and against ${GENERATED.count.toLocaleString("en")} articles
generated from graph-data/gazetteer.yaml (seed ${GENERATED.seed}). It takes no arguments.

Options:
  -h, --help   show this help`;

async function main(): Promise<void> {
  parseCommandLine(process.argv.slice(2), {});
  if (!existsSync(SHARED)) console.log(`eval: ${SHARED} is not here: only the generated articles are measured`);
  const gazetteer = parseGazetteer(readFileSync(join(ROOT, "graph-data/gazetteer.yaml"), "utf8"), "graph-data/gazetteer.yaml");
  const index = buildActorIndex(gazetteer);
  const seeds = readSeeds(index);
  const kremlin = await readKremlin(index);
  const generated = readGenerated(gazetteer, index);
  const all = [...(seeds?.results ?? []), ...(kremlin?.results ?? [])];
  const names = new Map(
    [...collectActors(all, index)].map(([key, n]) => [key, { label: n.label, aliases: n.aliases, affiliation: n.affiliation }]),
  );
  const data: EvalData = { seeds, kremlin, generated, names };
  for (const section of SECTIONS) {
    console.log(`\n## ${section.name}`);
    for (const line of section.report(data)) console.log(line);
  }
}

let pipelineError: string | null = null;

/**
 * The whole per-article pipeline; when a later stage throws, the actors are
 * still measured (with no interactions) and the failure is reported once.
 */
function measureArticle(article: Article, index: ActorIndex): ArticleResult {
  try {
    return processArticle(article, index);
  } catch (e) {
    if (pipelineError === null) {
      pipelineError = `${article.source}: ${e instanceof Error ? e.message : String(e)}`;
      console.error(`eval: the pipeline failed (${pipelineError}); measuring actors without the later stages`);
    }
    const { mentions, discovered } = findActors(prepareArticle(article), index);
    const { id, title, date, url, source } = article;
    return { article: { id, title, date, url, source }, mentions, discovered, interactions: [] };
  }
}

function readSeeds(index: ActorIndex): EvalData["seeds"] {
  const dir = join(SHARED, "corpus/seeds");
  const goldPath = join(SHARED, "gold/seeds.gold.json");
  if (!existsSync(dir) || !existsSync(goldPath)) return null;
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as SeedGold;
  const results: ArticleResult[] = [];
  for (const id of Object.keys(gold.articles).sort()) {
    const path = join(dir, `${id}.txt`);
    if (!existsSync(path)) continue;
    for (const article of parsePlainText(readFileSync(path, "utf8"), path, id).articles) results.push(measureArticle(article, index));
  }
  return { gold, results };
}

function readGenerated(gazetteer: Gazetteer, index: ActorIndex): EvalData["generated"] {
  const truth: TruthFact[] = [];
  const results: ArticleResult[] = [];
  for (const { article, truth: facts } of generateArticles(gazetteer, { ...GENERATED, layouts: ["jsonl"] })) {
    truth.push(...facts);
    results.push(measureArticle(article, index));
  }
  return { articles: GENERATED.count, seed: GENERATED.seed, truth, results };
}

async function readKremlin(index: ActorIndex): Promise<EvalData["kremlin"]> {
  const csv = join(SHARED, "corpus/kremlin/putin.csv");
  const silverPath = join(SHARED, "corpus/kremlin/putin.silver.json");
  if (!existsSync(csv) || !existsSync(silverPath)) return null;
  const silver = JSON.parse(readFileSync(silverPath, "utf8")) as SilverMeetings;
  const results: ArticleResult[] = [];
  const file = { path: csv, kind: "csv" as const, size: statSync(csv).size };
  for await (const event of readInput(file, () => {})) {
    if (event.type === "article") results.push(measureArticle(event.article as Article, index));
  }
  return { silver, results };
}

process.exitCode = await runCommand("eval", USAGE, main);
