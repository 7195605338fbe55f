// Merges interactions read from many sentences and articles into real-world events.
//
// Meetings: one event per pair, channel (a missing channel fits any, and a defaulted one
// mostly does: a report that says only "met" or "talks" is weak evidence against a video call) and date.
// Occurred reports of the same pair within MEETING_DAYS day are one meeting; a plan
// or proposal joins the nearest occurred, cancelled or denied event within PLAN_DAYS
// days (plans are vague about dates: "late next week"), and a plan followed by a
// report that it took place becomes occurred, by one that it was called off becomes
// cancelled. Occurred and cancelled/denied reports never merge: they contradict. A meeting told of
// as a recent one with no date of its own joins the pair's last meeting before it, within RECALL_DAYS.
// Statements: one per pair, speaker and event date. Co-mentions: one per pair and article.
import type { Channel, InteractionType, Modality, RawInteraction } from "../../shared/types.js";
import { daysBetween } from "../dates/resolve.js";

// One day, not two: leaders who talk often (Putin and Erdogan on April 26 and 28) must stay two calls.
export const MEETING_DAYS = 1;
export const PLAN_DAYS = 7;
/** How far back a meeting told of as recent, with no date of its own, may lie. */
export const RECALL_DAYS = 14;

export interface MergedEvent {
  type: InteractionType;
  a: string;
  b: string;
  modality?: Modality;
  channel?: Channel;
  speaker?: string;
  /** A statement all of whose reports come from its speaker's own turns in transcripts. */
  transcript?: true;
  date: string | null;
  evidence: { article: string; sentence: string }[];
}

interface Cluster {
  items: RawInteraction[];
  modality: Modality;
  channel?: Channel;
  /** The cluster's channel is only a default so far: any stated channel replaces it. */
  channelDefault?: boolean;
  date: string | null;
}

const FINAL: Modality[] = ["occurred", "cancelled", "denied"];

export function mergeEvents(raw: RawInteraction[]): MergedEvent[] {
  const groups = new Map<string, RawInteraction[]>();
  for (const x of raw) {
    const key = x.type === "meeting" ? `m|${x.a}|${x.b}` : x.type === "statement" ? `s|${x.a}|${x.b}|${x.speaker ?? ""}|${x.date ?? ""}` : `c|${x.a}|${x.b}|${x.article}`;
    const list = groups.get(key);
    if (list) list.push(x);
    else groups.set(key, [x]);
  }
  const out: MergedEvent[] = [];
  for (const items of groups.values()) {
    const first = items[0]!;
    if (first.type !== "meeting") {
      out.push({
        type: first.type,
        a: first.a,
        b: first.b,
        ...(first.speaker ? { speaker: first.speaker } : {}),
        // Said in a transcript and also reported ("Putin said Biden ..."): reported speech, which a filter of transcripts keeps.
        ...(items.every((x) => x.transcript) ? { transcript: true as const } : {}),
        date: commonest(items.map((x) => x.date)),
        evidence: evidenceOf(items),
      });
      continue;
    }
    for (const c of clusterMeetings(items)) {
      out.push({
        type: "meeting",
        a: first.a,
        b: first.b,
        modality: c.modality,
        ...(c.channel ? { channel: c.channel } : {}),
        date: c.date,
        evidence: evidenceOf(c.items),
      });
    }
  }
  return out;
}

function clusterMeetings(items: RawInteraction[]): Cluster[] {
  const byDate = (x: RawInteraction, y: RawInteraction) => cmp(x.date ?? "", y.date ?? "");
  const clusters: Cluster[] = [];
  // Final reports first, among themselves, so plans can then join what became of them.
  for (const modality of FINAL) {
    for (const x of items.filter((i) => i.modality === modality && !i.recalled).sort(byDate)) {
      const c = clusters.find((k) => k.modality === modality && channelFits(k, x) && near(k.date, x.date, meetingDays(k, x)));
      if (c) add(c, x);
      else clusters.push(start(x, modality));
    }
  }
  // "His recent videoconference meeting with ...", dated only by its article: the pair's last meeting before it.
  for (const x of items.filter((i) => i.recalled).sort(byDate)) {
    let best: Cluster | undefined;
    for (const c of clusters) {
      if (c.modality !== "occurred" || !channelFits(c, x) || !c.date || !x.date || c.date > x.date || !near(c.date, x.date, RECALL_DAYS)) continue;
      if (!best || c.date > best.date!) best = c;
    }
    if (best) add(best, x);
    else clusters.push(start(x, "occurred"));
  }
  const plans = items.filter((i) => !FINAL.includes(i.modality ?? "occurred")).sort(byDate);
  for (const x of plans) {
    let best: Cluster | undefined;
    let bestDistance = Infinity;
    for (const c of clusters) {
      if (c.modality === "denied" || !channelFits(c, x) || !near(c.date, x.date, PLAN_DAYS)) continue;
      const d = distance(c.date, x.date);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best) {
      add(best, x);
      if (best.modality === "proposed" && x.modality === "planned") best.modality = "planned";
    } else clusters.push(start(x, x.modality ?? "proposed"));
  }
  for (const c of clusters) {
    // The event's date is what its decisive reports say, not what the plans guessed.
    // A recalled report's date is its article's, not the meeting's: it counts only when nothing else does.
    const decisiveOf = (list: RawInteraction[]) => (FINAL.includes(c.modality) ? list.filter((i) => i.modality === c.modality) : list);
    let decisive = decisiveOf(c.items.filter((i) => !i.recalled));
    if (decisive.length === 0) decisive = decisiveOf(c.items);
    c.date = commonest(decisive.map((i) => i.date));
  }
  return clusters;
}

/**
 * How many days apart two reports of one meeting may be dated: a day, for a date read a day off (a time zone,
 * "yesterday" near midnight), but none between reports each dated on its own article's day, as a daily press
 * release's are: the Security Council's members met Putin on November 18 and again on the 19th.
 */
function meetingDays(c: Cluster, x: RawInteraction): number {
  return x.onArticleDay && c.items.every((i) => i.onArticleDay) ? 0 : MEETING_DAYS;
}

function start(x: RawInteraction, modality: Modality): Cluster {
  return { items: [x], modality, ...(x.channel ? { channel: x.channel } : {}), ...(x.channel && x.channelDefault ? { channelDefault: true } : {}), date: x.date };
}

function add(c: Cluster, x: RawInteraction): void {
  c.items.push(x);
  if (!x.channel) return;
  if (!c.channel || (c.channelDefault && !x.channelDefault)) {
    c.channel = x.channel;
    if (x.channelDefault) c.channelDefault = true;
    else delete c.channelDefault;
  }
}

// A defaulted channel gives way to a stated one from the same article ("Meeting with X" over
// "had a meeting, via videoconference, with X"), or from any report of the very same day;
// across articles a day apart they are two events (talks in Moscow, a phone call the next day).
function channelFits(c: Cluster, x: RawInteraction): boolean {
  if (!c.channel || !x.channel || c.channel === x.channel) return true;
  if (!c.channelDefault && !x.channelDefault) return false;
  return c.items.some((i) => i.article === x.article) || (!!c.date && c.date === x.date);
}

function distance(a: string | null, b: string | null): number {
  return a && b ? Math.abs(daysBetween(a, b)) : 0;
}

function near(a: string | null, b: string | null, days: number): boolean {
  return distance(a, b) <= days;
}

/** Most frequent value; ties go to the earliest, so the result never depends on input order. */
export function commonest(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  // One pass over the counts rather than a sort: this runs once per event of the corpus.
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && v < best!)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** Up to this many reports, an event's evidence is deduplicated by scanning rather than through maps and sets. */
const SCAN_UP_TO = 16;

export function evidenceOf(items: RawInteraction[]): { article: string; sentence: string }[] {
  const out: { article: string; sentence: string }[] = [];
  if (items.length <= SCAN_UP_TO) {
    for (const x of items) {
      if (!out.some((e) => e.article === x.article && e.sentence === x.sentence)) out.push({ article: x.article, sentence: x.sentence });
    }
  } else {
    // Per article, not a joined key: a new key string is hashed in full each time, while the
    // sentence strings themselves keep their hash once computed.
    const seen = new Map<string, Set<string>>();
    for (const x of items) {
      let sentences = seen.get(x.article);
      if (!sentences) seen.set(x.article, (sentences = new Set()));
      if (sentences.has(x.sentence)) continue;
      sentences.add(x.sentence);
      out.push({ article: x.article, sentence: x.sentence });
    }
  }
  return out.length > 1 ? out.sort((p, q) => cmp(p.article, q.article)) : out;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
