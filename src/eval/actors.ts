// Scores the actor finder: against the hand annotation of the seed articles
// (recall and precision of gold actors per article) and against the Kremlin
// silver set (share of Putin's headline counterparts found in their release).
// Pure: the CLI reads the files and passes the data in.
import type { ArticleResult } from "../shared/types.js";
import type { TruthFact } from "./truth.js";

export interface SeedGold {
  actors: Record<string, { key: string; forms: string[]; affiliation: string }>;
  notPoliticalActors: string[];
  articles: Record<string, { date: string; actors: string[] }>;
}

export interface SilverMeetings {
  meetings: { link: string; date: string; counterparts: string[] }[];
}

/** Data every eval section receives; a section reads what it needs. */
export interface EvalData {
  seeds: { gold: SeedGold; results: ArticleResult[] } | null;
  kremlin: { silver: SilverMeetings; results: ArticleResult[] } | null;
  /** Generated articles' results beside what the generator says they state (always there: the project makes them). */
  generated: { articles: number; seed: number; truth: TruthFact[]; results: ArticleResult[] } | null;
  /** Actor key → label, aliases and affiliation, for matching names (gazetteer people and discovered ones). */
  names: Map<string, { label: string; aliases: string[]; affiliation: string | null }>;
}

export interface SeedScore {
  article: string;
  gold: number;
  found: number;
  correct: number;
  missing: string[];
  extra: string[];
}

const fold = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/**
 * Which gold actor (by gold key) each found actor is: the same key, or a name
 * form of the gold actor among the found actor's label, aliases or surfaces
 * (discovered people have slug keys, the gold file short ones).
 */
export function matchGold(result: ArticleResult, gold: SeedGold, names: EvalData["names"]): Map<string, string | null> {
  const byForm = new Map<string, string>();
  for (const a of Object.values(gold.actors)) for (const f of a.forms) byForm.set(fold(f), a.key);
  const out = new Map<string, string | null>();
  const keys = [...new Set(result.mentions.map((m) => m.actor))];
  for (const key of keys) {
    if (Object.values(gold.actors).some((a) => a.key === key)) {
      out.set(key, key);
      continue;
    }
    const d = result.discovered.find((x) => x.key === key);
    const forms = [...(d ? [d.label, ...d.surfaces] : []), names.get(key)?.label ?? ""];
    out.set(key, forms.map((f) => byForm.get(fold(f))).find((k) => k !== undefined) ?? null);
  }
  return out;
}

export function scoreSeeds(gold: SeedGold, results: ArticleResult[], names: EvalData["names"]): SeedScore[] {
  const scores: SeedScore[] = [];
  for (const [article, want] of Object.entries(gold.articles).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const result = results.find((r) => r.article.id === article);
    if (!result) {
      scores.push({ article, gold: want.actors.length, found: 0, correct: 0, missing: [...want.actors], extra: [] });
      continue;
    }
    const matched = matchGold(result, gold, names);
    const foundGold = new Set([...matched.values()].filter((k): k is string => k !== null && want.actors.includes(k)));
    const extra = [...matched].filter(([, g]) => g === null || !want.actors.includes(g)).map(([k]) => k);
    scores.push({
      article,
      gold: want.actors.length,
      found: matched.size,
      correct: foundGold.size,
      missing: want.actors.filter((k) => !foundGold.has(k)),
      extra,
    });
  }
  return scores;
}

export interface KremlinScore {
  total: number;
  found: number;
  misses: { link: string; counterpart: string; forms: string[] }[];
}

/** The last two tokens of a name, folded: how the silver file writes counterparts. */
export function lastTwo(name: string): string {
  return fold(name).split(" ").slice(-2).join(" ");
}

export function scoreKremlin(silver: SilverMeetings, results: ArticleResult[], names: EvalData["names"]): KremlinScore {
  const byLink = new Map(results.map((r) => [r.article.url ?? "", r]));
  const score: KremlinScore = { total: 0, found: 0, misses: [] };
  for (const m of silver.meetings) {
    const r = byLink.get(m.link);
    const forms = new Set<string>();
    if (r) {
      for (const x of r.mentions) {
        forms.add(lastTwo(x.surface));
        const n = names.get(x.actor);
        if (n) for (const f of [n.label, ...n.aliases]) forms.add(lastTwo(f));
      }
      for (const d of r.discovered) for (const f of [d.label, ...d.surfaces]) forms.add(lastTwo(f));
    }
    for (const c of m.counterparts) {
      score.total++;
      if (forms.has(lastTwo(c))) score.found++;
      else score.misses.push({ link: m.link, counterpart: c, forms: [...forms].sort() });
    }
  }
  return score;
}

const pct = (a: number, b: number): string => (b === 0 ? "n/a" : (a / b).toFixed(3));

export function actorsReport(data: EvalData): string[] {
  const lines: string[] = [];
  if (data.seeds) {
    const scores = scoreSeeds(data.seeds.gold, data.seeds.results, data.names);
    lines.push("seeds: gold actors found (recall = correct/gold, precision = correct/found)");
    let gold = 0;
    let found = 0;
    let correct = 0;
    for (const s of scores) {
      gold += s.gold;
      found += s.found;
      correct += s.correct;
      const notes = [s.missing.length ? `missing ${s.missing.join(", ")}` : "", s.extra.length ? `extra ${s.extra.join(", ")}` : ""]
        .filter(Boolean)
        .join("; ");
      lines.push(`  ${s.article}  recall ${pct(s.correct, s.gold)}  precision ${pct(s.correct, s.found)}${notes ? `  (${notes})` : ""}`);
    }
    lines.push(`  overall  recall ${pct(correct, gold)}  precision ${pct(correct, found)}  (${correct}/${gold} gold, ${found} found)`);
  } else lines.push("seeds: not found, skipped");
  if (data.kremlin) {
    const k = scoreKremlin(data.kremlin.silver, data.kremlin.results, data.names);
    lines.push(`kremlin: Putin's headline counterparts found as actors in their release: ${k.found}/${k.total} = ${pct(k.found, k.total)} (target 0.95)`);
    for (const m of k.misses) lines.push(`  miss: ${m.counterpart}  ${m.link}`);
  } else lines.push("kremlin: not found, skipped");
  return lines;
}
