// Per-stage time of the in-process extractor over one corpus (default: the
// Kremlin CSV), for finding where the time goes. Not a benchmark (bench/ is).
// Stages are timed on the wall clock per article (process.cpuUsage is a system
// call: too dear to take thousands of times); the round's CPU time is printed
// beside it, so a busy machine shows as wall time well above CPU time.
//
//   npx tsx scripts/profile-extract.ts [paths...] [--times 5] [--rounds 3] [--actors FILE]
//   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx scripts/profile-extract.ts
//
// --times N repeats the corpus N times in memory (the articles are read once per round, then reused).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Article, ArticleActors, ArticleResult, PreparedArticle, RawInteraction } from "../src/shared/types.js";
import { DEFAULT_WEIGHTS } from "../src/shared/types.js";
import { parseGazetteer } from "../src/extract/gazetteer.js";
import { buildActorIndex, collectActors, findActors } from "../src/extract/actors/index.js";
import { normalise } from "../src/extract/normalise.js";
import { splitSentences } from "../src/extract/sentences.js";
import { findInteractions } from "../src/extract/interactions/index.js";
import { buildGraph } from "../src/extract/graph/build.js";
import { walkInputs } from "../src/cli/walk-inputs.js";
import { readInput } from "../src/cli/read-inputs.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    times: { type: "string", default: "1" },
    rounds: { type: "string", default: "3" },
    actors: { type: "string", default: "graph-data/gazetteer.yaml" },
  },
});
const paths = positionals.length ? positionals : ["../shared/corpus/kremlin/putin.csv"];
const times = Number(values.times);
const rounds = Number(values.rounds);

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
const wallMs = (): number => performance.now();

const index = buildActorIndex(parseGazetteer(readFileSync(values.actors!, "utf8"), values.actors!));
const files = walkInputs(paths).files;
const fileBytes = files.reduce((s, f) => s + f.size, 0) * times;

type Stage = "read" | "normalise" | "split" | "actors" | "interactions" | "assemble";
const STAGES: Stage[] = ["read", "normalise", "split", "actors", "interactions", "assemble"];
const best = new Map<Stage, number>();

for (let round = 0; round < rounds; round++) {
  const t: Record<Stage, number> = { read: 0, normalise: 0, split: 0, actors: 0, interactions: 0, assemble: 0 };
  const cpu0 = cpuMs();
  const wall0 = wallMs();
  let c = wallMs();
  const lap = (stage: Stage): void => {
    const now = wallMs();
    t[stage] += now - c;
    c = now;
  };
  const articles: Article[] = [];
  for (let k = 0; k < times; k++) {
    for (const file of files) {
      for await (const e of readInput(file, () => {})) if (e.type === "article") articles.push(k ? { ...e.article, id: `${e.article.id}#${k}` } : e.article);
    }
  }
  lap("read");
  const results: ArticleResult[] = [];
  for (const article of articles) {
    // The same steps as prepareArticle and processArticle, timed one by one.
    const title = article.title.trim();
    const original = title ? `${title}\n\n${article.text}` : article.text;
    const norm = normalise(original);
    lap("normalise");
    const prepared: PreparedArticle = { article, original, norm, sentences: splitSentences(norm, original) };
    lap("split");
    const actors: ArticleActors = findActors(prepared, index);
    lap("actors");
    const interactions: RawInteraction[] = findInteractions(prepared, actors, index);
    lap("interactions");
    const { id, date, url, source } = article;
    results.push({ article: { id, title: article.title, date, url, source }, mentions: actors.mentions, discovered: actors.discovered, interactions });
  }
  const ordered = [...results].sort((x, y) => (x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : 0));
  const nodes = collectActors(ordered, index);
  const graph = buildGraph({
    articles: ordered.map((r) => r.article),
    skipped: [],
    nodes,
    interactions: ordered.flatMap((r) => r.interactions),
    weights: DEFAULT_WEIGHTS,
    skipLayout: true,
  });
  lap("assemble");
  if (graph.edges.length < 0) throw new Error("unreachable");
  for (const s of STAGES) best.set(s, Math.min(best.get(s) ?? Infinity, t[s]));
  console.log(`round ${round + 1}: ${(wallMs() - wall0).toFixed(0)} ms wall, ${(cpuMs() - cpu0).toFixed(0)} ms CPU (GC and JIT threads included)`);
  if (round === 0) console.log(`${articles.length} articles, ${(fileBytes / 1e6).toFixed(2)} MB, ${graph.nodes.length} nodes, ${graph.edges.length} edges`);
}

const mb = fileBytes / 1e6;
const row = (name: string, ms: number): string => `${name.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms ${(mb / (ms / 1000)).toFixed(2).padStart(8)} MB/s`;
for (const s of STAGES) console.log(row(s, best.get(s)!));
const sum = (...ss: Stage[]): number => ss.reduce((a, s) => a + best.get(s)!, 0);
const floor = sum("read", "normalise", "split");
const whole = sum(...STAGES);
console.log(row("floor (read+norm+split)", floor));
console.log(row("whole (layout excluded)", whole));
console.log(`whole ÷ floor: ${(whole / floor).toFixed(2)}×   (best of ${rounds} rounds per stage)`);
