// Scores interactions and events: against the seed gold relations (precision and
// recall of occurred meetings and of statements, modality and date accuracy) and
// against the Kremlin silver set (recall of Putin's meetings per release: the right
// counterpart, occurred, the right channel, dated within a day of the release).
// Pure: the CLI reads the files and passes the data in.
import type { ArticleResult, Channel } from "../shared/types.js";
import { mergeEvents, type MergedEvent } from "../extract/events/merge.js";
import { daysBetween } from "../extract/dates/resolve.js";
import type { EvalData } from "./actors.js";

/** A relation of ../shared/gold/seeds.gold.json (rules in ANNOTATION.md). */
export interface GoldRelation {
  pair: [string, string];
  type: "meeting" | "statement" | "comention";
  modality?: string | string[];
  channel?: string;
  speaker?: string;
  date?: string;
  tolerance?: number;
  article: string;
}

interface SilverMeeting {
  link: string;
  date: string;
  channel?: Channel;
  counterparts: string[];
}

const allowed = (r: GoldRelation): string[] | null => (r.modality ? (Array.isArray(r.modality) ? r.modality : [r.modality]) : null);
const samePair = (e: MergedEvent, r: GoldRelation) => [e.a, e.b].sort().join("--") === [...r.pair].sort().join("--");
const fromArticle = (e: MergedEvent, article: string) => e.evidence.some((x) => x.article === article);
const dateOk = (e: MergedEvent, r: GoldRelation) => !r.date || (!!e.date && Math.abs(daysBetween(r.date, e.date)) <= (r.tolerance ?? 0));

function matches(e: MergedEvent, r: GoldRelation): boolean {
  const mods = allowed(r);
  return (
    e.type === r.type &&
    samePair(e, r) &&
    fromArticle(e, r.article) &&
    (!mods || mods.includes(e.modality ?? "")) &&
    (!r.channel || e.channel === r.channel) &&
    (!r.speaker || e.speaker === r.speaker) &&
    dateOk(e, r)
  );
}

const pct = (n: number, d: number) => (d === 0 ? "n/a" : (n / d).toFixed(3));

export function meetingsReport(data: EvalData): string[] {
  const lines: string[] = [];
  if (data.seeds) lines.push(...seedsReport(data.seeds.gold as unknown as { relations: GoldRelation[]; optional: GoldRelation[] }, data.seeds.results));
  if (data.kremlin) lines.push(...kremlinReport(data.kremlin.silver.meetings as SilverMeeting[], data.kremlin.results, data.names));
  return lines;
}

function seedsReport(gold: { relations: GoldRelation[]; optional?: GoldRelation[] }, results: ArticleResult[]): string[] {
  const events = mergeEvents(results.flatMap((r) => r.interactions));
  const lines: string[] = ["seeds:"];
  const relations = gold.relations;
  const optional = gold.optional ?? [];

  const goldOccurred = relations.filter((r) => r.type === "meeting" && allowed(r)?.includes("occurred"));
  const mustOccur = goldOccurred.filter((r) => allowed(r)!.length === 1);
  const predicted = events.filter((e) => e.type === "meeting" && e.modality === "occurred");
  const tp = predicted.filter((e) => goldOccurred.some((r) => matches(e, r)));
  const found = mustOccur.filter((r) => predicted.some((e) => matches(e, r)));
  lines.push(`  occurred meetings: precision ${pct(tp.length, predicted.length)} (${tp.length}/${predicted.length}), recall ${pct(found.length, mustOccur.length)} (${found.length}/${mustOccur.length})`);
  for (const e of predicted.filter((x) => !tp.includes(x))) lines.push(`    false: ${e.a}–${e.b} ${e.date} ${e.channel ?? ""} «${e.evidence[0]?.sentence.slice(0, 100)}»`);
  for (const r of mustOccur.filter((x) => !found.includes(x))) lines.push(`    missed: ${r.pair.join("–")} ${r.date ?? ""} in ${r.article}`);

  const goldStatements = relations.filter((r) => r.type === "statement");
  const statements = events.filter((e) => e.type === "statement");
  const stFound = goldStatements.filter((r) => statements.some((e) => matches(e, r)));
  const stOk = statements.filter((e) => [...goldStatements, ...optional.filter((r) => r.type === "statement")].some((r) => matches(e, r)));
  lines.push(
    `  statements: recall ${pct(stFound.length, goldStatements.length)} (${stFound.length}/${goldStatements.length}), precision against relations+optional ${pct(stOk.length, statements.length)} (${stOk.length}/${statements.length}; the gold does not list every statement)`,
  );
  for (const r of goldStatements.filter((x) => !stFound.includes(x))) lines.push(`    missed: ${r.pair.join("–")} by ${r.speaker} in ${r.article}`);

  const meetingRelations = relations.filter((r) => r.type === "meeting");
  let modalityOk = 0;
  let modalitySeen = 0;
  for (const r of meetingRelations) {
    const candidates = events.filter((e) => e.type === "meeting" && samePair(e, r) && fromArticle(e, r.article) && dateOk(e, r));
    if (candidates.length === 0) continue;
    modalitySeen++;
    if (candidates.some((e) => allowed(r)!.includes(e.modality ?? ""))) modalityOk++;
    else lines.push(`    modality: ${r.pair.join("–")} ${r.date ?? ""} want ${allowed(r)!.join("/")}, got ${candidates.map((e) => e.modality).join("/")}`);
  }
  lines.push(`  meeting modality accuracy: ${pct(modalityOk, modalitySeen)} (${modalityOk}/${modalitySeen} gold meetings found)`);

  let dateGood = 0;
  let dateSeen = 0;
  for (const r of relations.filter((x) => x.date)) {
    const candidates = events.filter((e) => e.type === r.type && samePair(e, r) && fromArticle(e, r.article) && (!allowed(r) || allowed(r)!.includes(e.modality ?? "")));
    if (candidates.length === 0) continue;
    dateSeen++;
    if (candidates.some((e) => dateOk(e, r))) dateGood++;
    else lines.push(`    date: ${r.pair.join("–")} want ${r.date} ±${r.tolerance ?? 0}, got ${candidates.map((e) => e.date).join("/")}`);
  }
  lines.push(`  date accuracy: ${pct(dateGood, dateSeen)} (${dateGood}/${dateSeen} dated gold relations found)`);
  return lines;
}

const fold = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

function kremlinReport(silver: SilverMeeting[], results: ArticleResult[], names: EvalData["names"]): string[] {
  const byUrl = new Map<string, ArticleResult>();
  for (const r of results) if (r.article.url) byUrl.set(r.article.url, r);
  const events = mergeEvents(results.flatMap((r) => r.interactions));
  const putinMeetings = events.filter((e) => e.type === "meeting" && (e.a === "putin" || e.b === "putin"));
  const namesOf = (key: string) => {
    const n = names.get(key);
    return [key.replace(/-/g, " "), ...(n ? [n.label, ...n.aliases] : [])].map(fold);
  };
  const isCounterpart = (key: string, counterpart: string) => {
    const c = fold(counterpart);
    const surname = c.split(" ").pop() ?? c;
    return namesOf(key).some((n) => n === c || n.endsWith(` ${c}`) || n.split(" ").pop() === surname);
  };
  let total = 0;
  let found = 0;
  let foundAnyChannel = 0;
  const misses: string[] = [];
  for (const s of silver) {
    const article = byUrl.get(s.link);
    for (const counterpart of s.counterparts) {
      total++;
      const candidates = putinMeetings.filter(
        (e) =>
          !!article &&
          fromArticle(e, article.article.id) &&
          isCounterpart(e.a === "putin" ? e.b : e.a, counterpart) &&
          e.modality === "occurred" &&
          !!e.date &&
          Math.abs(daysBetween(s.date, e.date)) <= 1,
      );
      if (candidates.some((e) => !s.channel || e.channel === s.channel)) found++;
      if (candidates.length > 0) foundAnyChannel++;
      else misses.push(`    missed: ${counterpart} (${s.channel ?? "?"}, ${s.date}) ${article ? `«${article.article.title}»` : "release not read"} ${s.link}`);
      if (candidates.length > 0 && !candidates.some((e) => !s.channel || e.channel === s.channel)) {
        misses.push(`    channel: ${counterpart} want ${s.channel}, got ${candidates.map((e) => e.channel ?? "none").join("/")} «${article?.article.title}»`);
      }
    }
  }
  // The precision side cannot be scored automatically (the silver set lists headline counterparts
  // only): count what was found against it, and read the rest by hand.
  const occurred = putinMeetings.filter((e) => e.modality === "occurred");
  const silverByArticle = new Map<string, string[]>();
  for (const s of silver) {
    const article = byUrl.get(s.link);
    if (article) silverByArticle.set(article.article.id, s.counterparts);
  }
  const backed = occurred.filter((e) =>
    e.evidence.some((x) => (silverByArticle.get(x.article) ?? []).some((c) => isCounterpart(e.a === "putin" ? e.b : e.a, c))),
  );
  const inSilverRelease = occurred.filter((e) => !backed.includes(e) && e.evidence.some((x) => silverByArticle.has(x.article)));
  return [
    "kremlin:",
    `  silver meetings found (counterpart, occurred, date ±1 day): ${pct(foundAnyChannel, total)} (${foundAnyChannel}/${total}); with the right channel: ${pct(found, total)} (${found}/${total})`,
    `  occurred Putin meetings found: ${occurred.length} (silver lists ${total}); ${backed.length} with a silver counterpart of a release they cite, ${inSilverRelease.length} with someone else in a silver release, ${occurred.length - backed.length - inSilverRelease.length} from other releases (judge those by hand)`,
    ...misses.slice(0, 40),
    ...(misses.length > 40 ? [`    ... and ${misses.length - 40} more`] : []),
  ];
}
