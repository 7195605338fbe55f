// How right the graph is that the timed runs write: the CLI's graph file for a generated corpus,
// scored against what the generator wrote into it (src/eval/truth.ts). End to end, unlike
// `npm run eval`: every layout is read from disk and events are merged across articles, so a
// fact is found when an event of its pair and type cites its sentence in its article.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { RawInteraction } from "../../src/shared/types.js";
import { parseGraphFile, type GraphFile } from "../../src/shared/graph-schema.js";
import { scoreAgainstTruth, type TruthFact } from "../../src/eval/truth.js";
import type { Row } from "../report.js";

/**
 * One interaction per piece of evidence in the graph, with its event's attributes, its article
 * named by source relative to `corpusDir` (as the truth names it: the CLI's ids depend on the layout).
 */
export function graphFacts(graph: GraphFile, corpusDir: string): RawInteraction[] {
  const sourceOf = new Map(graph.attributes.articles.map((a) => [a.id, relative(corpusDir, a.source)]));
  const out: RawInteraction[] = [];
  for (const e of graph.edges) {
    for (const x of e.attributes.interactions) {
      for (const ev of x.evidence) {
        const fact: RawInteraction = { type: x.type, a: e.source, b: e.target, date: x.date, article: sourceOf.get(ev.article) ?? ev.article, sentence: ev.sentence };
        if (x.modality) fact.modality = x.modality;
        if (x.channel) fact.channel = x.channel;
        if (x.speaker) fact.speaker = x.speaker;
        out.push(fact);
      }
    }
  }
  return out;
}

/** Recall, precision and attribute accuracy of a graph file against a generated corpus's truth.json. */
export function accuracyRows(graphPath: string, truthPath: string, corpusDir: string, corpus: string): Row[] {
  const parsed = parseGraphFile(JSON.parse(readFileSync(graphPath, "utf8")));
  if (!parsed.ok) throw new Error(`${graphPath}: ${parsed.error}`);
  const graph = parsed.graph;
  const truth = (JSON.parse(readFileSync(truthPath, "utf8")) as { interactions: (TruthFact & { source: string })[] }).interactions;
  const score = scoreAgainstTruth(
    truth.map((t) => ({ ...t, article: t.source })),
    graphFacts(graph, corpusDir),
  );
  const rows: Row[] = [];
  const row = (metric: string, n: number, d: number): void => {
    if (d === 0) return;
    const v = n / d;
    rows.push({ group: "accuracy", corpus, metric, unit: "share", stat: { median: v, min: v, max: v, runs: 1 } });
  };
  for (const [type, label] of [
    ["meeting", "meetings"],
    ["statement", "statements"],
    ["comention", "co-mentions"],
  ] as const) {
    const s = score.types[type];
    row(`${label} found (recall)`, s.matched, s.truth);
    row(`${label} right (precision)`, s.matched, s.found);
  }
  row("dates right", score.date.correct, score.date.compared);
  row("meeting modality right", score.modality.correct, score.modality.compared);
  row("meeting channel right", score.channel.correct, score.channel.compared);
  return rows;
}
