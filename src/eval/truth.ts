// Scores the extractor against what a generated corpus truly states (the generator,
// src/generate/generate.ts, records each meeting, statement and co-mention it writes).
// An interaction matches a fact of the same article, type, pair and sentence; on what
// matched, the date, modality, channel and speaker are compared. Pure: the caller
// generates the articles and runs the pipeline.
import type { Channel, InteractionType, Modality, RawInteraction } from "../shared/types.js";
import type { EvalData } from "./actors.js";

/** One interaction a generated article states, as src/generate/generate.ts records it. */
export interface TruthFact {
  article: string;
  type: InteractionType;
  /** Gazetteer keys, a < b. */
  a: string;
  b: string;
  modality?: Modality;
  channel?: Channel;
  speaker?: string;
  date: string;
  /** The sentence that states it, as written. */
  sentence: string;
}

export interface TypeScore {
  /** Facts of this type that are scored. */
  truth: number;
  found: number;
  matched: number;
}

export interface AttributeScore {
  compared: number;
  correct: number;
  /** The first few wrong ones: "got X, want Y: sentence". */
  wrong: string[];
}

export interface TruthScore {
  types: Record<InteractionType, TypeScore>;
  /** Truth co-mentions left out: the article also has the pair meeting or speaking, which the graph keeps instead. */
  comentionsOutranked: number;
  date: AttributeScore;
  modality: AttributeScore;
  channel: AttributeScore;
  speaker: AttributeScore;
  missed: TruthFact[];
  spurious: RawInteraction[];
}

const TYPES: InteractionType[] = ["meeting", "statement", "comention"];
const EXAMPLES = 5;

const pairOf = (x: { a: string; b: string }) => (x.a < x.b ? `${x.a}\u0000${x.b}` : `${x.b}\u0000${x.a}`);
const keyOf = (x: { article: string; type: string; a: string; b: string; sentence: string }) => `${x.article}\u0001${x.type}\u0001${pairOf(x)}\u0001${x.sentence}`;

function attribute(): AttributeScore {
  return { compared: 0, correct: 0, wrong: [] };
}

function compare(score: AttributeScore, got: string | undefined, want: string | undefined, sentence: string): void {
  score.compared++;
  if (got === want) score.correct++;
  else if (score.wrong.length < EXAMPLES) score.wrong.push(`got ${got ?? "none"}, want ${want ?? "none"}: ${sentence}`);
}

export function scoreAgainstTruth(truth: readonly TruthFact[], found: readonly RawInteraction[]): TruthScore {
  const types = Object.fromEntries(TYPES.map((t) => [t, { truth: 0, found: 0, matched: 0 }])) as Record<InteractionType, TypeScore>;
  const score: TruthScore = { types, comentionsOutranked: 0, date: attribute(), modality: attribute(), channel: attribute(), speaker: attribute(), missed: [], spurious: [] };
  // The pipeline drops a co-mention of a pair the same article shows meeting or speaking: the stronger relation stands for it.
  const related = new Set(truth.filter((t) => t.type !== "comention").map((t) => `${t.article}\u0001${pairOf(t)}`));
  const open = new Map<string, TruthFact[]>();
  for (const t of truth) {
    if (t.type === "comention" && related.has(`${t.article}\u0001${pairOf(t)}`)) {
      score.comentionsOutranked++;
      continue;
    }
    types[t.type].truth++;
    const k = keyOf(t);
    const list = open.get(k);
    if (list) list.push(t);
    else open.set(k, [t]);
  }
  for (const x of found) {
    types[x.type].found++;
    const t = open.get(keyOf(x))?.pop();
    if (!t) {
      if (score.spurious.length < EXAMPLES) score.spurious.push(x);
      continue;
    }
    types[x.type].matched++;
    if (x.type === "comention") continue;
    compare(score.date, x.date ?? undefined, t.date, t.sentence);
    if (x.type === "meeting") {
      compare(score.modality, x.modality, t.modality, t.sentence);
      // The generator leaves a plan's channel unsaid; where it says one, it is the one to find.
      if (t.channel) compare(score.channel, x.channel, t.channel, t.sentence);
    } else compare(score.speaker, x.speaker, t.speaker, t.sentence);
  }
  for (const left of open.values()) for (const t of left) if (score.missed.length < EXAMPLES) score.missed.push(t);
  return score;
}

const ratio = (n: number, d: number) => (d ? (n / d).toFixed(3) : "-");

/** The score as report lines for `npm run eval`. */
export function truthReport(score: TruthScore): string[] {
  const lines: string[] = [];
  for (const t of TYPES) {
    const s = score.types[t];
    lines.push(`  ${`${t}s:`.padEnd(12)} recall ${ratio(s.matched, s.truth)} (${s.matched}/${s.truth}), precision ${ratio(s.matched, s.found)} (${s.matched}/${s.found})`);
  }
  if (score.comentionsOutranked) lines.push(`  (${score.comentionsOutranked} co-mentions of pairs the same article shows meeting or speaking are not counted)`);
  const attributes: [string, AttributeScore][] = [
    ["date", score.date],
    ["meeting modality", score.modality],
    ["meeting channel", score.channel],
    ["speaker", score.speaker],
  ];
  for (const [name, a] of attributes) {
    lines.push(`  ${name} accuracy: ${ratio(a.correct, a.compared)} (${a.correct}/${a.compared})`);
    for (const w of a.wrong) lines.push(`    ${w}`);
  }
  for (const m of score.missed) lines.push(`  missed ${m.type} ${m.a}-${m.b}: ${m.sentence}`);
  for (const x of score.spurious) lines.push(`  not in the truth: ${x.type} ${x.a}-${x.b}: ${x.sentence}`);
  return lines;
}

/** The `npm run eval` section: the generated articles against their truth. */
export function generatedReport(data: EvalData): string[] {
  const g = data.generated;
  if (!g) return [];
  const score = scoreAgainstTruth(
    g.truth,
    g.results.flatMap((r) => r.interactions),
  );
  return [`${g.articles} articles generated from the gazetteer (seed ${g.seed}), against what the generator wrote into them:`, ...truthReport(score)];
}
