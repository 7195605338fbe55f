// A seeded graph file of n actors and about 10·n edges, each edge backed by dated
// interactions, as the extractor would write for a very large corpus. Used until the
// explorer's own scripts/generate-graph.ts exists (then the suite prefers it).
import { GRAPH_FORMAT_VERSION, DEFAULT_WEIGHTS, type GraphFile, type Interaction } from "../../src/shared/types.js";
import { Random } from "../corpus/random.js";
import { addDays } from "../corpus/dates.js";

const AFFILIATIONS = ["US", "RU", "UA", "BY", "DE", "FR", "GB", "CN", "TR", "NATO", "EU", "UN"];

export function generateGraphFile(nodes: number, seed = 1, edgesPerNode = 10): GraphFile {
  const rng = new Random(seed);
  const keys = Array.from({ length: nodes }, (_, i) => `actor-${i}`);
  const edges: GraphFile["edges"] = [];
  const seen = new Set<string>();
  const target = Math.min(nodes * edgesPerNode, (nodes * (nodes - 1)) / 2);
  while (edges.length < target) {
    // Preferential-ish: low indices are hubs, as a few leaders dominate real coverage.
    const a = Math.floor(nodes * rng.next() ** 2);
    const b = rng.int(0, nodes - 1);
    if (a === b) continue;
    const [s, t] = a < b ? [a, b] : [b, a];
    const id = `${s}-${t}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const count = rng.int(1, 3);
    const interactions: Interaction[] = [];
    for (let k = 0; k < count; k++) {
      const date = addDays("2021-01-01", rng.int(0, 729));
      const type = rng.pick(["meeting", "statement", "comention"] as const);
      interactions.push({
        id: `${id}-${k}`,
        type,
        ...(type === "meeting" ? { modality: "occurred" as const, channel: "in-person" as const } : {}),
        ...(type === "statement" ? { speaker: keys[s]! } : {}),
        date,
        evidence: [{ article: `gen-${rng.int(0, 99_999)}`, sentence: `Actor ${s} and actor ${t} met in Geneva on ${date}.` }],
      });
    }
    const dates = interactions.map((i) => i.date!).sort();
    const meetings = interactions.filter((i) => i.type === "meeting").length;
    const statements = interactions.filter((i) => i.type === "statement").length;
    const comentions = count - meetings - statements;
    edges.push({
      key: `e${edges.length}`,
      source: keys[s]!,
      target: keys[t]!,
      attributes: {
        weight: meetings * DEFAULT_WEIGHTS.meeting + statements * DEFAULT_WEIGHTS.statement + comentions * DEFAULT_WEIGHTS.comention,
        meetings,
        statements,
        comentions,
        firstDate: dates[0]!,
        lastDate: dates[dates.length - 1]!,
        interactions,
      },
    });
  }
  return {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: { version: GRAPH_FORMAT_VERSION, articles: [], skipped: [], weights: DEFAULT_WEIGHTS, corpus: `generated graph, ${nodes} actors` },
    nodes: keys.map((key, i) => ({
      key,
      attributes: {
        label: `Actor ${i}`,
        aliases: [],
        affiliation: AFFILIATIONS[i % AFFILIATIONS.length]!,
        roles: [],
        known: true,
        mentions: 1,
        articles: 1,
        firstSeen: "2021-01-01",
        lastSeen: "2022-12-31",
        x: rng.next() * 1000,
        y: rng.next() * 1000,
      },
    })),
    edges,
  };
}
