// Draws interactions at random from a graph file, for reading by hand: the precision of what the silver and gold data
// cannot score (the Kremlin's meetings with people its headlines do not name, statements in transcripts). The same
// seed draws the same interactions from the same graph, so a figure quoted from a reading can be checked.
import type { GraphFile, Interaction, InteractionType } from "../shared/graph-schema.js";
import { Random } from "../generate/random.js";

export interface SampleOptions {
  type: InteractionType;
  n: number;
  seed: number;
  /** Leave out every edge of this actor (the Kremlin's are mostly Putin's: read the others apart). */
  without?: string;
}

export interface SampledInteraction {
  a: string;
  b: string;
  interaction: Interaction;
}

export function sampleInteractions(graph: GraphFile, options: SampleOptions): { total: number; drawn: SampledInteraction[] } {
  const pool: SampledInteraction[] = [];
  const label = new Map(graph.nodes.map((n) => [n.key, n.attributes.label]));
  for (const e of graph.edges) {
    if (options.without && (e.source === options.without || e.target === options.without)) continue;
    for (const interaction of e.attributes.interactions) {
      if (interaction.type === options.type) pool.push({ a: label.get(e.source) ?? e.source, b: label.get(e.target) ?? e.target, interaction });
    }
  }
  // A partial Fisher–Yates shuffle: n draws without repeats, in the pool's (the file's) order.
  const rng = new Random(options.seed);
  const order = pool.map((_, i) => i);
  const n = Math.min(options.n, pool.length);
  for (let i = 0; i < n; i++) {
    const j = rng.int(i, order.length - 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return { total: pool.length, drawn: order.slice(0, n).sort((x, y) => x - y).map((i) => pool[i]!) };
}

/** One drawn interaction as lines of text: the pair and what the graph says of it, then its evidence. */
export function formatSampled(s: SampledInteraction, index: number, maxEvidence = 3): string[] {
  const x = s.interaction;
  const what = [x.modality, x.channel, x.date, x.speaker ? `speaker ${x.speaker}` : undefined].filter(Boolean).join(" ");
  const lines = [`#${index} ${s.a} – ${s.b} | ${x.type} ${what}`];
  for (const e of x.evidence.slice(0, maxEvidence)) lines.push(`   [${e.article}] ${e.sentence}`);
  if (x.evidence.length > maxEvidence) lines.push(`   (+${x.evidence.length - maxEvidence} more)`);
  return lines;
}
