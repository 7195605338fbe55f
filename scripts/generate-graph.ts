// Generates a large synthetic graph file in the explorer's format (seeded, so
// the same options give the same bytes), for tests and benchmarks, which import generateGraph.
//   npm run generate:graph -- --actors 5000 --edges 50000 --seed 1 --out /tmp/large.json
// --out is required: its old default, graph-data/generated-graph.json, put 31 MB among the project's files, where
// git saw it as new; no caller relied on it (the tests, e2e and the benchmark import generateGraph).
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { MAX_SEED, parseCommandLine, runCommand, UsageError, wholeNumber } from "../src/cli/command-line.js";
import { summariseInteractions } from "../src/shared/filter.js";
import { DEFAULT_WEIGHTS, GRAPH_FORMAT_VERSION, type GraphFile, type Interaction, type InteractionType } from "../src/shared/graph-schema.js";

export interface GenerateOptions {
  actors: number;
  edges: number;
  seed: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas", "Katya", "Luis", "Marta", "Nikolai", "Olga", "Pavel", "Rosa", "Sergei", "Tomas", "Ulla", "Viktor", "Wanda", "Yusuf", "Zofia"];
const LAST = ["Andersen", "Belov", "Costa", "Dumont", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanov", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Orlov", "Petrenko", "Quist", "Rossi", "Schmidt", "Tkachenko", "Urban", "Volkov", "Weber", "Zelenko"];
const AFFILIATIONS = ["US", "RU", "UA", "EU", "NATO", "UN", "CN", "GB", "FR", "DE", "BY", "TR", "PL", "JP", "IN"];
const TITLES = ["Foreign Minister", "President", "Prime Minister", "Ambassador", "Defence Minister", "Spokesperson"];
const START = Date.UTC(2021, 0, 1);
const DAYS = 730;

export function generateGraph({ actors, edges, seed }: GenerateOptions): GraphFile {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const date = () => new Date(START + Math.floor(rnd() * DAYS) * 86_400_000).toISOString().slice(0, 10);

  const articleCount = Math.max(1, Math.round(edges / 20));
  const articles = Array.from({ length: articleCount }, (_, i) => ({
    id: `art${i}`,
    title: `Synthetic report ${i}`,
    date: date(),
    url: `https://example.org/news/${i}`,
    source: `generated/${i}.txt`,
  }));

  const centres = AFFILIATIONS.map((_, i) => ({ x: 1000 * Math.cos((2 * Math.PI * i) / AFFILIATIONS.length), y: 1000 * Math.sin((2 * Math.PI * i) / AFFILIATIONS.length) }));
  const byAffiliation = AFFILIATIONS.map(() => [] as number[]);
  const nodes: GraphFile["nodes"] = [];
  for (let i = 0; i < actors; i++) {
    // Skewed: the first affiliations are the big ones, as in real news.
    const a = Math.min(AFFILIATIONS.length - 1, Math.floor(Math.pow(rnd(), 1.8) * AFFILIATIONS.length));
    byAffiliation[a]!.push(i);
    const first = pick(FIRST);
    const last = pick(LAST);
    const c = centres[a]!;
    nodes.push({
      key: `actor${i}`,
      attributes: {
        label: `${first} ${last} ${i}`,
        aliases: [`${last} ${i}`],
        affiliation: AFFILIATIONS[a]!,
        roles: [{ title: pick(TITLES), from: "2020-01-01" }],
        known: rnd() < 0.8,
        mentions: 1 + Math.floor(rnd() * 50),
        articles: 1 + Math.floor(rnd() * 20),
        firstSeen: "2021-01-01",
        lastSeen: "2022-12-31",
        x: Math.round(c.x + 300 * gauss()),
        y: Math.round(c.y + 300 * gauss()),
      },
    });
  }

  const seen = new Set<string>();
  const fileEdges: GraphFile["edges"] = [];
  const maxEdges = (actors * (actors - 1)) / 2;
  const target = Math.min(edges, maxEdges);
  let guard = 0;
  while (fileEdges.length < target && guard++ < target * 20) {
    const s = Math.floor(rnd() * actors);
    const group = byAffiliation[AFFILIATIONS.indexOf(nodes[s]!.attributes.affiliation!)]!;
    const t = rnd() < 0.6 && group.length > 1 ? pick(group) : Math.floor(rnd() * actors);
    if (s === t) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const key = `actor${a}--actor${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const count = 1 + Math.floor(rnd() * 3);
    const interactions: Interaction[] = [];
    for (let k = 0; k < count; k++) {
      const r = rnd();
      const type: InteractionType = r < 0.3 ? "meeting" : r < 0.55 ? "statement" : "comention";
      const art = pick(articles);
      const i: Interaction = {
        id: `${key}#${k}`,
        type,
        date: date(),
        evidence: [{ article: art.id, sentence: `${nodes[a]!.attributes.label} and ${nodes[b]!.attributes.label} (${type}).` }],
      };
      if (type === "meeting") {
        i.modality = rnd() < 0.85 ? "occurred" : pick(["planned", "proposed", "cancelled", "denied"] as const);
        i.channel = pick(["in-person", "phone", "video"] as const);
      }
      if (type === "statement") i.speaker = `actor${rnd() < 0.5 ? a : b}`;
      interactions.push(i);
    }
    fileEdges.push({ key, source: `actor${a}`, target: `actor${b}`, attributes: { ...summariseInteractions(interactions, DEFAULT_WEIGHTS), interactions } });
  }

  const degree = new Map<string, number>();
  const weighted = new Map<string, number>();
  for (const e of fileEdges) {
    for (const end of [e.source, e.target]) {
      degree.set(end, (degree.get(end) ?? 0) + 1);
      weighted.set(end, (weighted.get(end) ?? 0) + e.attributes.weight);
    }
  }
  for (const n of nodes) {
    n.attributes.degree = degree.get(n.key) ?? 0;
    n.attributes.weightedDegree = weighted.get(n.key) ?? 0;
  }

  return {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: { version: GRAPH_FORMAT_VERSION, articles, skipped: [], weights: DEFAULT_WEIGHTS, corpus: `Synthetic graph (seed ${seed})` },
    nodes,
    edges: fileEdges,
  };
}

export const MAX_ACTORS = 500_000;
/** About 600 bytes of JSON an edge: 500,000 edges and as many actors stay under V8's longest string (~536 M characters). */
export const MAX_EDGES = 500_000;

export const USAGE = `Usage: npm run generate:graph -- --out FILE [options]

Writes a seeded synthetic graph in the explorer's format (the same options write the same bytes).

Options:
  --out FILE       graph file to write (required)
  --actors N       actors, 1 to ${MAX_ACTORS.toLocaleString("en")} (default 5000)
  --edges N        edges, 0 to ${MAX_EDGES.toLocaleString("en")} (default 50000; fewer if the actors cannot have that many pairs)
  --seed S         a whole number from 0 to ${MAX_SEED} (default 1)
  -h, --help       show this help`;

export function parseGenerateArgs(argv: readonly string[]): GenerateOptions & { out: string } {
  const { values } = parseCommandLine(argv, {
    out: { type: "string" },
    actors: { type: "string" },
    edges: { type: "string" },
    seed: { type: "string" },
  });
  if (!values.out) throw new UsageError("--out FILE is required");
  if (existsSync(values.out) && statSync(values.out).isDirectory()) throw new UsageError(`--out ${values.out} is a folder, not a file`);
  return {
    out: values.out,
    actors: wholeNumber("actors", values.actors, 5000, { min: 1, max: MAX_ACTORS }),
    edges: wholeNumber("edges", values.edges, 50_000, { min: 0, max: MAX_EDGES }),
    seed: wholeNumber("seed", values.seed, 1, { min: 0, max: MAX_SEED }),
  };
}

function main(): number {
  const { out, ...options } = parseGenerateArgs(process.argv.slice(2));
  const file = generateGraph(options);
  try {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, JSON.stringify(file));
  } catch (e) {
    console.error(`generate:graph: cannot write ${out}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  console.log(`wrote ${out}: ${file.nodes.length} actors, ${file.edges.length} edges (seed ${options.seed})`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCommand("generate:graph", USAGE, main);
}
