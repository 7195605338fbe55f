// Interactions of one article: each sentence read on its own (sentence.ts), a
// sentence broken by a stray full stop read together with the next, and every
// interaction dated from the text (dates/resolve.ts).
import type { ArticleActors, Channel, Mention, PreparedArticle, RawInteraction } from "../../shared/types.js";
import type { ActorIndex } from "../actors/index.js";
import { dateAt, daysBetween, resolveArticleDates, type ArticleDates } from "../dates/resolve.js";
import { attendanceMeetings, findAttendanceList, listHosts, MAY_LIST_ATTENDEES } from "./attendance.js";
import { remoteChannelHint } from "./cues.js";
import { readSentence, type LocalMention, type SentenceContext, type SentenceInteraction } from "./sentence.js";
import { turnLabel } from "./turns.js";
import { ASTERISM } from "../transcript-marks.js";

// Words that tell of a meeting as a past one, right before its cue: "his recent videoconference meeting", "the
// previous telephone conversation", "during their last meeting". "Earlier" and "last" only after a determiner:
// "Earlier Putin met ..." is earlier that day, "at last met" no past meeting.
const RECALLED = /\b(?:recent|previous|(?:the|their|his|her|its|our|an?)\s+(?:earlier|last))\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// A phrase that refers back to a meeting it names, up to the meeting's cue: what was agreed, discussed or reached at a
// meeting was so before it was told of ("as agreed during President of Belarus Alexander Lukashenko's telephone
// conversations with ...", "the agreements reached at the talks"), and what is followed up or continued is done
// ("following up on their conversation", "further to ..."). Words, not a clause: no comma and no auxiliary between
// ("the agreements reached at the talks were discussed by A and B during their call" is the call told of). Not "the
// agreements we reached during our meeting today": a sentence that names a day dates its meeting itself.
const WORDS = (n: number) => String.raw`(?:(?!(?:is|are|was|were|be|been|will|would|has|have|had)\s)[^\s,;.]+\s+){0,${n}}`;
const REFERRED_BACK = new RegExp(
  String.raw`\b(?:(?:as\s+(?:agreed|discussed|arranged)|(?:agreements?|arrangements|understandings?)\s+reached)\s+(?:by\s+${WORDS(10)})?(?:at|during|in|following)` +
    String.raw`|following\s+up\s+on|in\s+continuation\s+of|further\s+to|(?:as\s+a\s+|in\s+)follow[- ]up\s+to)\s+${WORDS(12)}$`,
  "iu",
);
// "... as discussed by A and B during their recent contacts": the participle is the meeting's cue itself.
const REFERRED_BACK_VERB = /^(?:discussed|agreed)\s+by\b/i;
// A meeting cue in the past tense: "met", "held", "spoke".
const PAST_TENSE_CUE = /^(?:met|held|had|spoke|talked|conducted|received|hosted)\b/i;

interface Found {
  item: SentenceInteraction;
  sentence: number;
  evidence: string;
  /** Read from a transcript turn: what a speaker says of their own meetings, not the release's own event. */
  inTurn?: boolean;
}

export function findInteractions(p: PreparedArticle, actors: ArticleActors, _index: ActorIndex): RawInteraction[] {
  if (actors.mentions.length === 0) return [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of actors.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const titled = p.article.title && p.sentences[0] ? bySentence.get(0) : undefined;
  const subject = titled ? headlineSubject(actors.mentions, new Set(titled.map((m) => m.actor))) : undefined;
  const local = (i: number): LocalMention[] => {
    const s = p.sentences[i];
    if (!s) return [];
    return (bySentence.get(i) ?? []).map((m) => ({ actor: m.actor, start: m.start - s.start, end: m.end - s.start }));
  };

  // One scan of the article spares one per sentence: most articles never name a phone or a screen.
  const remoteInArticle = REMOTE_WORD.test(p.norm.text);
  const listsAttendees = MAY_LIST_ATTENDEES.test(p.norm.text);
  const found: Found[] = [];
  const orphanChannels: { channel: Channel; sentence: number; at: number }[] = [];
  // The speaker of the transcript turn under way; a label naming no actor ("Question:") ends the turn before it.
  let turn: string | null = null;
  // A transcriber's note in brackets may run over several sentences: "(After that, Minister of Transport Vitaly
  // Savelyev provided comments at the President's request. He reported that ...)" is not the turn's.
  let noteOpen = false;
  for (const s of p.sentences) {
    const mentions = local(s.index);
    // A headline opens no turn ("Ned Price on the Black Sea: 'The door to diplomacy remains open'").
    const label = s.index === 0 && p.article.title ? undefined : turnLabel(s.text, mentions);
    if (label) {
      turn = label.actor;
      noteOpen = false;
    }
    let turnFrom = label?.from ?? 0;
    if (noteOpen) {
      const close = s.text.indexOf(")");
      turnFrom = close < 0 ? s.text.length : close + 1;
    }
    if (turn) noteOpen = opensNote(s.text, turnFrom, noteOpen);
    if (mentions.length === 0) {
      if (remoteInArticle && REMOTE_WORD.test(s.text) && namesThisEvent(s.text)) {
        for (const o of readSentence(s.text, [], {}).orphanChannels) orphanChannels.push({ ...o, sentence: s.index });
      }
      continue;
    }
    const ctx: SentenceContext = s.index === 0 && subject ? { principal: subject } : {};
    if (turn) ctx.turn = { actor: turn, from: turnFrom };
    const reading = readSentence(s.text, mentions, ctx);
    for (const item of reading.interactions) found.push({ item, sentence: s.index, evidence: s.original, ...(turn ? { inTurn: true } : {}) });
    const list = listsAttendees ? findAttendanceList(s.text) : undefined;
    if (list) {
      const near = (j: number) => ({ text: p.sentences[j]!.text, mentions: local(j) });
      const before = [1, 2, 3, 4].map((k) => s.index - k).filter((j) => j >= 0).map(near);
      // A release's transcript may begin a few sentences on, after the rest of the list and the heading.
      const after = [1, 2, 3, 4].map((k) => s.index + k).filter((j) => j < p.sentences.length).map(near);
      const hosts = listHosts({ text: s.text, mentions }, list, before, after);
      const met = new Set(reading.interactions.filter((x) => x.type === "meeting").map((x) => `${x.a}--${x.b}`));
      for (const item of attendanceMeetings(s.text, list, mentions, hosts)) {
        if (!met.has(`${item.a}--${item.b}`)) found.push({ item, sentence: s.index, evidence: s.original });
      }
    }
    const lastEnd = Math.max(...mentions.map((m) => m.end));
    // The cue left open at the end ("spoke by telephone with ...") is the bridged meeting's, not an orphan.
    if (reading.orphanChannels.length > 0 && namesThisEvent(s.text)) {
      for (const o of reading.orphanChannels) if (!reading.openObject || o.at < lastEnd) orphanChannels.push({ ...o, sentence: s.index });
    }
    if (reading.openObject) found.push(...readAcrossStop(p, s.index, mentions, local(s.index + 1)));
  }
  if (found.length === 0) return [];

  // A turn's statements are dated when said: their sentences need no date read (most of a transcript's).
  const dates = resolveArticleDates(p, new Set([...found.filter((f) => !f.item.said).map((f) => f.sentence), ...orphanChannels.map((o) => o.sentence)]));
  const paragraphOf = found.some((f) => f.item.channelDefault) ? paragraphIndex(p) : [];
  const remoteParagraphs = paragraphsNamingRemote(p, found, paragraphOf);
  const out: RawInteraction[] = found.map(({ item, sentence, evidence }) => ({
    type: item.type,
    a: item.a,
    b: item.b,
    ...(item.modality ? { modality: item.modality } : {}),
    // A default in-person is no default when the paragraph speaks of a phone or a screen.
    ...(item.channel && !(item.channelDefault && remoteParagraphs.has(paragraphOf[sentence]!)) ? { channel: item.channel } : {}),
    ...(item.channelDefault && !remoteParagraphs.has(paragraphOf[sentence]!) ? { channelDefault: true } : {}),
    ...(item.speaker ? { speaker: item.speaker } : {}),
    ...(item.said ? { transcript: true as const } : {}),
    date: item.said
      ? (dates.deixis[sentence] ?? dates.articleDate)
      : dateAt(dates, sentence, {
          at: item.at,
          past: item.type !== "meeting" || item.modality === "occurred" || item.modality === "denied",
          pastTense: item.type === "meeting" && PAST_TENSE_CUE.test(cueText(p, { item, sentence }, 0, 12)),
        }),
    article: p.article.id,
    sentence: evidence,
  }));
  if (orphanChannels.length > 0) assignOrphanChannels(out, found, orphanChannels, dates, sectionsOf(p));
  settleMeetingDays(p, out, found, dates);
  return dropRedundantComentions(out);
}

/** The sentence's text from `from` to `to` characters around a found interaction's cue (negative: before it). */
function cueText(p: PreparedArticle, f: Pick<Found, "item" | "sentence">, from: number, to: number): string {
  return p.sentences[f.sentence]!.text.slice(Math.max(0, f.item.at + from), f.item.at + to);
}

/**
 * What a dated meeting's day says of it, for the merge (`out` and `found` are parallel): dated on its article's own
 * day (and then, told of as a past one in a sentence that names no day, a recalled one), or dated after the day it is
 * told on and so still to come ("I am going to Kiev tomorrow to meet with President Zelensky": the modality cues
 * missed "going to ... to meet").
 */
function settleMeetingDays(p: PreparedArticle, out: RawInteraction[], found: Found[], dates: ArticleDates): void {
  for (const [k, x] of out.entries()) {
    if (x.type !== "meeting" || x.date === null) continue;
    const f = found[k]!;
    if (x.date === dates.articleDate) {
      x.onArticleDay = true;
      if (x.modality === "occurred" && !dates.spans[f.sentence]?.length && toldAsPast(p, f)) x.recalled = true;
    }
    const now = dates.deixis[f.sentence] ?? dates.articleDate;
    if (x.modality === "occurred" && now && x.date > now) x.modality = "planned";
  }
}

/**
 * Whether the words before a meeting's cue tell of it as a past one ("his recent ...", "as agreed during ...") rather
 * than the article's own event ("During the telephone conversation, the leaders discussed ...").
 */
function toldAsPast(p: PreparedArticle, f: Found): boolean {
  const before = cueText(p, f, -120, 0);
  if (RECALLED.test(before.slice(-60)) || REFERRED_BACK.test(before)) return true;
  return /\bas\s+$/i.test(before) && REFERRED_BACK_VERB.test(cueText(p, f, 0, 20));
}

// "... spoke by telephone with the President of Ukraine. Volodymyr Zhelensky ..." :
// the partner named right after the stop belongs to the sentence before it.
function readAcrossStop(p: PreparedArticle, i: number, here: LocalMention[], next: LocalMention[]): Found[] {
  const s = p.sentences[i]!;
  const n = p.sentences[i + 1];
  const first = next[0];
  if (!n || !first || first.start > 3) return [];
  const head = s.text.replace(/[\s.]+$/, "");
  const offset = head.length + 1;
  const joined = `${head} ${n.text}`;
  const mentions = [...here, ...next.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }))];
  const actorsHere = new Set(here.map((m) => m.actor));
  const bridged = first.actor;
  return readSentence(joined, mentions)
    .interactions.filter((x) => x.type === "meeting" && (x.a === bridged || x.b === bridged) && (actorsHere.has(x.a === bridged ? x.b : x.a)))
    .filter((x) => x.at < head.length)
    .map((item) => ({ item, sentence: i, evidence: `${s.original.trim()} ${n.original.trim()}` }));
}

/**
 * Who a subjectless headline ("Telephone conversation with X", "Meeting with X") is about: the most mentioned actor the
 * headline does not name; a tie goes to the one named first (the lead's "Vladimir Putin met with X", not someone the
 * transcript names as often). Two mentions are needed, or one when nobody else outside the headline has as many and
 * someone in the article has two (a two-line "Telephone conversation with X" release names the President once).
 */
function headlineSubject(mentions: readonly Mention[], headline: ReadonlySet<string>): string | undefined {
  const counts = new Map<string, number>();
  const firstAt = new Map<string, number>();
  let most = 0;
  for (const m of mentions) {
    const n = (counts.get(m.actor) ?? 0) + 1;
    counts.set(m.actor, n);
    most = Math.max(most, n);
    const at = firstAt.get(m.actor);
    if (at === undefined || m.start < at) firstAt.set(m.actor, m.start);
  }
  if (most < 2) return undefined;
  const ranked = [...counts].filter(([a]) => !headline.has(a)).sort((x, y) => y[1] - x[1] || firstAt.get(x[0])! - firstAt.get(y[0])!);
  const [first, next] = ranked;
  if (!first || (first[1] < 2 && next && next[1] === first[1])) return undefined;
  return first[0];
}

// "The video call will begin at 10 a.m." names the channel of the one meeting the article is about.
// `out` and `found` are parallel: out[i] was made from found[i]. Not across an asterism: "... will also meet with
// Sevastopol Governor Mikhail Razvozhayev. * * * That same day, the President will take part, via videoconference, in a
// meeting of the Supreme State Council" is another item of the release.
function assignOrphanChannels(
  out: RawInteraction[],
  found: Found[],
  orphans: { channel: Channel; sentence: number; at: number }[],
  dates: ArticleDates,
  section: number[],
): void {
  for (const o of orphans) {
    const date = dateAt(dates, o.sentence, { at: o.at, past: false });
    const unstated = (x: RawInteraction) => x.type === "meeting" && (!x.channel || x.channelDefault);
    const candidates = out.filter(
      (x, i) =>
        unstated(x) &&
        !found[i]!.inTurn &&
        section[found[i]!.sentence] === section[o.sentence] &&
        (x.modality === "occurred" || x.modality === "planned") &&
        (!date || !x.date || Math.abs(daysBetween(date, x.date)) <= 1),
    );
    const pairs = new Set(candidates.map((x) => `${x.a}--${x.b}`));
    if (pairs.size !== 1) continue;
    const [pair] = pairs;
    for (const x of out) {
      if (!unstated(x) || `${x.a}--${x.b}` !== pair) continue;
      x.channel = o.channel;
      delete x.channelDefault;
    }
  }
}

/** Whether a note in brackets is still open at the end of a sentence, read from `from` on (open before it or not). */
function opensNote(text: string, from: number, open: boolean): boolean {
  const lastOpen = text.lastIndexOf("(");
  const lastClose = text.lastIndexOf(")");
  if (lastOpen >= from && lastOpen > lastClose) return true;
  return open && lastClose < 0;
}

/** For each sentence, how many asterisms ("* * *") come before or open it: the release's items. */
function sectionsOf(p: PreparedArticle): number[] {
  let n = 0;
  return p.sentences.map((s) => (n += ASTERISM.test(s.text) ? 1 : 0));
}

// Factored: the plain alternation tried four words at every "o", "p" and "v" of an article (38 ms
// against 26 over the generated 10,000 articles, which it scans whole).
const REMOTE_WORD = /v(?:ideo|irtual)|phone|online/i;
// Remote words that speak of other calls, not this one: a speaker's own words in a
// transcript ("we speak by phone regularly"), habits, plurals, comparisons
// ("videoconferences cannot replace personal meetings").
const SPEAKER_WORDS = /\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Yy]our|us)\b/; // case-sensitive: "US media" is no pronoun
const OTHER_CALLS =
  /\b(?:regular(?:ly)?|often|every|constant(?:ly)?|several|recent(?:ly)?|usual(?:ly)?|always|frequent(?:ly)?|cannot|can[’']t|instead of|than|replace)\b|\b(?:calls|conversations|videoconferences|video conferences|contacts)\b/i;

function namesThisEvent(text: string): boolean {
  return !SPEAKER_WORDS.test(text) && !OTHER_CALLS.test(text);
}

/** Paragraph number of each sentence: a line break between two sentences starts a new paragraph. */
function paragraphIndex(p: PreparedArticle): number[] {
  const out: number[] = [];
  let paragraph = 0;
  let prevEnd = 0;
  for (const s of p.sentences) {
    // An asterism parts a release's items as a blank line would.
    if (s.index > 0 && (p.norm.text.slice(prevEnd, s.start).includes("\n") || ASTERISM.test(s.text))) paragraph++;
    prevEnd = s.end;
    out[s.index] = paragraph;
  }
  return out;
}

/** Paragraphs holding a defaulted meeting that also name a phone or a screen for this event in some sentence. */
function paragraphsNamingRemote(p: PreparedArticle, found: Found[], paragraphOf: number[]): Set<number> {
  const out = new Set<number>();
  const withDefault = new Set(found.filter((f) => f.item.channelDefault).map((f) => f.sentence));
  if (withDefault.size === 0) return out;
  const wanted = new Set([...withDefault].map((i) => paragraphOf[i]!));
  for (const s of p.sentences) {
    const par = paragraphOf[s.index]!;
    if (!wanted.has(par) || out.has(par) || !REMOTE_WORD.test(s.text)) continue;
    if (remoteChannelHint(s.text) && namesThisEvent(s.text)) out.add(par);
  }
  return out;
}

// A co-mention says only that two actors were named together: nothing to add
// when the same article reports a meeting or a statement between them.
function dropRedundantComentions(out: RawInteraction[]): RawInteraction[] {
  const related = new Set(out.filter((x) => x.type !== "comention").map((x) => `${x.a}--${x.b}`));
  return out.filter((x) => x.type !== "comention" || !related.has(`${x.a}--${x.b}`));
}
