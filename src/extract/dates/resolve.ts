// Event dates read from the text, resolved against the article's date.
//
// Two kinds of reference, as a reader uses them:
// - deictic expressions ("last Thursday", "next week", "yesterday", bare "October 19")
//   count from the moment of writing: the article date, or a wire dateline
//   ("Washington US, February 18 ANI:") that restates it mid-article;
// - anaphoric ones ("a day earlier", "the day before", "on the eve", "two days later")
//   count from the last date the narrative gave, in this or an earlier sentence.
// A sentence without any date inherits the last date of its paragraph
// ("On October 19 ... met X. In the evening ... met Y"), else the article date;
// a date more than a year from the moment of writing is history, not passed on.
import type * as chrono from "chrono-node/en";
import { casual, GB } from "./chrono-parsers.js";
import { readPlainDate, type FoundDate } from "./plain-dates.js";
import type { PreparedArticle } from "../../shared/types.js";

export interface DateSpan {
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  date: string;
  /** The year was guessed by the parser (a bare "October 19"): a caller may move it to the past. */
  yearImplied: boolean;
  /**
   * A weekday alone ("on Tuesday"): the parser took the nearest one, 3 days either way, but in a
   * report it is the last one for what took place and the next one for a plan.
   */
  weekdayOnly?: boolean;
  /** "last week", "next week": a week, not a day; a precise date nearby wins. */
  vague?: boolean;
  /** "tomorrow", "next week": a day still to come, which dates nothing told in the past tense ("I have already met A, and tomorrow ..."). */
  ahead?: boolean;
  /**
   * The date sits in an opening phrase ("Following talks held on February 22, ...") that ends
   * at this offset: it dates what the phrase names, not the main clause after it.
   */
  introEnd?: number;
}

export interface ArticleDates {
  /** Date expressions per sentence index (empty when none). */
  spans: DateSpan[][];
  /** The date an undated sentence takes: its paragraph's last date, else the article date. */
  inherited: (string | null)[];
  /**
   * Computes an entry of `inherited` on demand instead (the walk back to the paragraph's date costs
   * parsing), for a sentence whose own date expressions leave the event undated.
   */
  inheritedAt?: (index: number) => string | null;
  /** The moment of writing per sentence: the article date, or a dateline that restated it. */
  deixis: (string | null)[];
  articleDate: string | null;
}

// Cheap gate: chrono is costly, and most sentences carry no date at all.
const MAYBE_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow|tonight)\b|\b(?:last|next|this|previous|coming)\s+(?:week|month)\b|\bago\b|\b(?:earlier|later|before|after|eve)\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:in|since|of)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}/i;

// "last Tuesday", "next Friday": the parser counts from the modifier, and that stands.
const WEEKDAY_MODIFIER = /\b(?:last|next|this|past|coming|previous|following)\b/i;
const ANAPHORIC = /\b(?:earlier|before|later|after)\b|\beve\b|\bprevious day\b|\bfollowing day\b|\bnext day\b/i;
const ON_THE_EVE = /\bon the eve\b(?!\s+of)/gi;
const SAME_DAY = /\b(?:the same day|that day|in the evening|that evening|later that day)\b/gi;
// "Washington US, February 18 ANI:" / "MOSCOW, Feb 18 (Reuters) -"
const DATELINE = /^[\p{Lu}][\p{L} .]{1,40},\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\s*\(?[\p{Lu}]{2,}\)?\s*[:–—-]/iu;

export function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function addDays(iso: string, days: number): string {
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + days * 86_400_000;
  const d = new Date(t);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// A corpus holds a few thousand distinct dates, compared millions of times (merging events).
const dayNumbers = new Map<string, number>();

function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000);
    if (dayNumbers.size >= 100_000) dayNumbers.clear(); // bounded: a long-lived process must not grow without end
    dayNumbers.set(iso, n);
  }
  return n;
}

export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * A sentence without a date of its own takes the paragraph's last date only when that date is within
 * a year of the moment of writing: further off it names history or a distant target ("on October 30,
 * 1941, the Defence of Sevastopol began"; "the May 2012 executive orders"; "by 2030"), not the day
 * the rest of the paragraph reports. Found in the Kremlin corpus, where a governor's remark to Putin
 * was dated 1941 and a talk with Mitsotakis May 2020 by the sentence before them.
 */
const INHERIT_WITHIN_DAYS = 366;

function passesOn(date: string, deixis: string): boolean {
  return Math.abs(daysBetween(deixis, date)) <= INHERIT_WITHIN_DAYS;
}

/** The last of `spans`' dates a later sentence of the paragraph may take (see INHERIT_WITHIN_DAYS). */
function lastInheritable(spans: readonly { date: string }[], deixis: string): string | null {
  for (let k = spans.length - 1; k >= 0; k--) if (passesOn(spans[k]!.date, deixis)) return spans[k]!.date;
  return null;
}

/** Days `date` lies on the wrong side of `now` for an event: after it for one that took place, before it for one not yet held. */
function daysAstray(date: string, now: string, past: boolean): number {
  return past ? daysBetween(now, date) : daysBetween(date, now);
}

/** Noon UTC on the day `iso`; from the cached day number, not by parsing a date string (once per date window). */
function refInstant(iso: string): Date {
  return new Date(dayNumber(iso) * 86_400_000 + 43_200_000);
}

/** Date expressions in one text, deictic ones against `deixis`, anaphoric ones against `narrative`. */
const MAYBE_DATE_ALL = new RegExp(MAYBE_DATE.source, "gi");

// Cheaper still: a date needs a digit, or a word with "day", "week", "ago", "eve", "earlier"...
const ANY_DATE = /\d|day|week|month|ago|eve|earlier|later|before|after|yesterday|today|tomorrow/i;
// What moves the anchors in a sentence nobody asks about: an explicit calendar date.
const EXPLICIT = /\d|day/;

export function findDates(text: string, deixis: string, narrative: string): DateSpan[] {
  return placeDates(scanDates(text, deixis), narrative);
}

/**
 * A date expression before the narrative date is known: where it lies depends on the text and
 * the moment of writing alone, so a reader can tell whether a sentence holds a date (and which
 * comes last) without knowing what came before it.
 */
export interface ScannedDate extends DateSpan {
  /** Anaphoric: the date is `narrative` moved by this many days ("a day earlier"). */
  shift?: number;
  /** "that day": the narrative date itself. */
  sameDay?: boolean;
}

const AHEAD = /\b(?:tomorrow|next|coming|upcoming)\b/i;

/** The date expressions of `text`, sorted by start; their dates still need `placeDates`. */
export function scanDates(text: string, deixis: string): ScannedDate[] {
  // No separate MAYBE_DATE test: parseWindows scans with it once and finds nothing when nothing is there.
  if (!ANY_DATE.test(text)) return [];
  const out: ScannedDate[] = [];
  // Dotted numeric dates are European (day first) in this corpus; chrono's default reads month first.
  const parser = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/.test(text) ? GB : casual;
  const parsed = parseWindows(parser, text, deixis);
  if (!parsed) return [];
  for (const r of parsed) {
    const s = r.start;
    const dayKnown = s.isCertain("day") || s.isCertain("weekday");
    const monthYear = s.isCertain("month") && s.isCertain("year");
    if (!dayKnown && !monthYear) continue; // a time ("at 10 a.m."), a bare month or year says nothing usable
    const date = toIso(s.get("year") ?? 0, s.get("month") ?? 1, dayKnown ? (s.get("day") ?? 1) : 1);
    const anaphoric = ANAPHORIC.test(r.text) && !/\bago\b/i.test(r.text);
    const vague = /\b(?:week|month|year)\b/i.test(r.text);
    const ahead = AHEAD.test(r.text);
    const weekdayOnly = s.isCertain("weekday") && !s.isCertain("day") && !WEEKDAY_MODIFIER.test(r.text);
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      date,
      yearImplied: dayKnown && !s.isCertain("year"),
      ...(vague ? { vague } : {}),
      ...(ahead ? { ahead } : {}),
      ...(weekdayOnly ? { weekdayOnly } : {}),
      ...(anaphoric ? { shift: daysBetween(deixis, date) } : {}),
    });
  }
  for (const re of [ON_THE_EVE, SAME_DAY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (out.some((d) => d.start < m!.index + m![0].length && m!.index < d.end)) continue;
      const relation = re === ON_THE_EVE ? { shift: -1 } : { sameDay: true as const };
      out.push({ start: m.index, end: m.index + m[0].length, date: "", yearImplied: false, ...relation });
    }
  }
  for (const d of out) {
    const end = introPhraseEnd(text, d.start);
    if (end >= 0) d.introEnd = end;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A scanned date counted from the narrative date where it is anaphoric. */
function placeDate(d: ScannedDate, narrative: string): string {
  return d.sameDay ? narrative : d.shift !== undefined ? addDays(narrative, d.shift) : d.date;
}

function placeDates(scanned: ScannedDate[], narrative: string): DateSpan[] {
  return scanned.map((d) => {
    const { shift: _shift, sameDay: _sameDay, ...span } = d;
    return { ...span, date: placeDate(d, narrative) };
  });
}

const INTRO = /^\s*(?:following|after|in follow[- ]up to|as a follow[- ]up to|further to|ahead of|prior to|in the wake of)\b[^,;:]*$/i;

/** Where the opening phrase holding offset `at` ends (its comma), or -1 when `at` is not in one. */
function introPhraseEnd(text: string, at: number): number {
  if (!INTRO.test(text.slice(0, at))) return -1;
  const comma = text.indexOf(",", at);
  return comma;
}

/**
 * The stretches of `text` chrono is given: each likely date word with 40 characters either side, on
 * word boundaries. chrono runs every parser over every character, so it sees only these (long
 * transcript sentences would otherwise dominate the run).
 */
export function dateWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  MAYBE_DATE_ALL.lastIndex = 0;
  for (let m = MAYBE_DATE_ALL.exec(text); m; m = MAYBE_DATE_ALL.exec(text)) {
    const from = Math.max(0, m.index - 40);
    const to = Math.min(text.length, m.index + m[0].length + 40);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  for (const w of windows) {
    // Start and end the window on word boundaries so chrono never sees half a word.
    w[0] = w[0] === 0 ? 0 : text.lastIndexOf(" ", w[0]) + 1;
    const b = text.indexOf(" ", w[1]);
    w[1] = b < 0 ? text.length : b;
  }
  return windows;
}

/** Null when no likely date word is there at all. */
function parseWindows(parser: chrono.Chrono, text: string, deixis: string): FoundDate[] | null {
  const windows = dateWindows(text);
  if (windows.length === 0) return null;
  const out: FoundDate[] = [];
  const instant = refInstant(deixis);
  for (const [a, b] of windows) {
    const window = text.slice(a, b);
    // The plain forms are read as chrono.casual reads them (GB reads numbers day first, and is left to chrono).
    const plain = parser === casual ? readPlainDate(window, instant) : undefined;
    for (const r of plain ?? parser.parse(window, { instant, timezone: 0 }, { forwardDate: false })) {
      const index = r.index + a;
      if (!out.some((o) => o.index === index)) out.push({ index, text: r.text, start: r.start });
    }
  }
  return out;
}

/**
 * Resolves the date expressions of the sentences in `needed` (every sentence when absent),
 * tracking the anchors through the sentences before them. Entries of other sentences may be left
 * unset: nobody reads them.
 *
 * chrono is the dearest step of the extractor, so a sentence nobody needs is parsed only when a
 * needed one asks what came before it: the paragraph date it inherits, or the narrative date an
 * "a day earlier" counts from. Either question is answered by reading back to the nearest date,
 * and further only while that date counts from an earlier one. `resolveArticleDatesInOrder` is
 * the plain reading this must equal.
 */
export function resolveArticleDates(p: PreparedArticle, needed?: Set<number>): ArticleDates {
  const articleDate = p.article.date;
  const spans: DateSpan[][] = [];
  const inherited: (string | null)[] = [];
  const deixes: (string | null)[] = [];
  if (!articleDate) return { spans, inherited, deixis: deixes, articleDate };
  const sentences = p.sentences;
  // Per sentence read so far: the moment of writing it was read against, whether it opens a
  // paragraph, and the date it leaves behind (null: none; undefined: not parsed yet).
  const deixisAt: string[] = [];
  const opensParagraph: boolean[] = [];
  const leaves: (string | null | undefined)[] = [];

  const leftBy = (j: number, before: () => string): string | null => {
    const known = leaves[j];
    if (known !== undefined) return known;
    const last = scanDates(sentences[j]!.text, deixisAt[j]!).at(-1);
    return (leaves[j] = last ? placeDate(last, countsFromNarrative(last) ? before() : "") : null);
  };
  // The narrative date on entering sentence i: the date the nearest dated sentence before it leaves.
  // Remembered per sentence, so a long undated stretch is walked once, not once per question.
  // A loop, not recursion: a date that counts from the one before it ("a day earlier") waits until
  // that one is known, and an article can chain thousands of them, deeper than the call stack.
  const narrativeOnEntry: string[] = [];
  const narrativeBefore = (i: number): string => {
    const waiting: { j: number; last: ScannedDate }[] = [];
    let d: string | null = null;
    for (let j = i - 1; j >= 0 && d === null; j--) {
      d = narrativeOnEntry[j + 1] ?? null;
      if (d !== null) break;
      let left = leaves[j];
      if (left === undefined) {
        const last = scanDates(sentences[j]!.text, deixisAt[j]!).at(-1);
        if (last && countsFromNarrative(last)) {
          waiting.push({ j, last });
          continue;
        }
        left = leaves[j] = last ? placeDate(last, "") : null;
      }
      d = left;
    }
    d ??= articleDate;
    for (let k = waiting.length - 1; k >= 0; k--) {
      const { j, last } = waiting[k]!;
      narrativeOnEntry[j] = d;
      d = leaves[j] = placeDate(last, d);
    }
    return (narrativeOnEntry[i] = d);
  };
  // The date sentence j passes on to the undated sentences after it in its paragraph (null: none).
  const passes: (string | null | undefined)[] = [];
  const passedBy = (j: number): string | null => {
    const known = passes[j];
    if (known !== undefined) return known;
    // Cheap first: a sentence whose last date is near enough passes that one on.
    const last = leftBy(j, () => narrativeBefore(j));
    if (last === null || passesOn(last, deixisAt[j]!)) return (passes[j] = last);
    const scanned = scanDates(sentences[j]!.text, deixisAt[j]!);
    return (passes[j] = lastInheritable(placeDates(scanned, scanned.some(countsFromNarrative) ? narrativeBefore(j) : ""), deixisAt[j]!));
  };
  // The paragraph date on entering sentence i: a date passed on since the paragraph opened, else the moment of writing then.
  const paragraphOnEntry: string[] = [];
  const paragraphBefore = (i: number): string => {
    let d: string | null = null;
    for (let j = i - 1; j >= 0 && d === null; j--) {
      d = paragraphOnEntry[j + 1] ?? passedBy(j) ?? (opensParagraph[j] ? deixisAt[j]! : null);
    }
    return (paragraphOnEntry[i] = d ?? articleDate);
  };

  let lastNeeded = needed ? -1 : sentences.length - 1;
  // Not Math.max(...needed): a 50 MB article has more needed sentences than a call takes arguments.
  for (const i of needed ?? []) if (i > lastNeeded) lastNeeded = i;
  let deixis = articleDate;
  let prevEnd = 0;
  for (const s of sentences) {
    if (s.index > lastNeeded) break;
    opensParagraph[s.index] = p.norm.text.slice(prevEnd, s.start).includes("\n");
    prevEnd = s.end;
    deixisAt[s.index] = deixis;
    const isNeeded = !needed || needed.has(s.index);
    if (!isNeeded && !EXPLICIT.test(s.text)) {
      leaves[s.index] = null; // what moves the anchors in a sentence nobody asks about is an explicit date
      continue;
    }
    const dateline = /\d/.test(s.text) ? DATELINE.exec(s.text) : null;
    // A dateline moves the moment of writing that later sentences are parsed against: read it in place.
    if (!isNeeded && !dateline) continue;
    let datelineDate: string | undefined;
    if (dateline?.[1]) {
      const d = scanDates(dateline[1], articleDate)[0];
      if (d) deixis = datelineDate = placeDate(d, countsFromNarrative(d) ? narrativeBefore(s.index) : "");
    }
    deixes[s.index] = deixis;
    // The dateline is when the story was filed, not when anything in it happened.
    const scanned = scanDates(s.text, deixis).filter((d) => !dateline || d.start >= dateline[0].length);
    const narrative = scanned.some(countsFromNarrative) ? (datelineDate ?? narrativeBefore(s.index)) : "";
    const found = placeDates(scanned, narrative);
    spans[s.index] = found;
    if (datelineDate !== undefined || opensParagraph[s.index]) inherited[s.index] = datelineDate ?? deixisAt[s.index]!;
    leaves[s.index] = found.at(-1)?.date ?? datelineDate ?? null;
    passes[s.index] = lastInheritable(found, deixis) ?? datelineDate ?? null;
  }
  const inheritedAt = (i: number): string | null => inherited[i] ?? (spans[i] ? (inherited[i] = paragraphBefore(i)) : null);
  return { spans, inherited, inheritedAt, deixis: deixes, articleDate };
}

function countsFromNarrative(d: ScannedDate): boolean {
  return d.shift !== undefined || !!d.sameDay;
}

/** The plain reading, every sentence in turn: the reference `resolveArticleDates` must equal on the needed sentences. */
export function resolveArticleDatesInOrder(p: PreparedArticle, needed?: Set<number>): ArticleDates {
  const articleDate = p.article.date;
  const spans: DateSpan[][] = [];
  const inherited: (string | null)[] = [];
  const deixes: (string | null)[] = [];
  if (!articleDate) {
    for (let i = 0; i < p.sentences.length; i++) {
      spans.push([]);
      inherited.push(null);
      deixes.push(null);
    }
    return { spans, inherited, deixis: deixes, articleDate };
  }
  let deixis = articleDate;
  let narrative = articleDate;
  let paragraphDate = articleDate;
  let prevEnd = 0;
  for (const s of p.sentences) {
    if (p.norm.text.slice(prevEnd, s.start).includes("\n")) paragraphDate = deixis;
    prevEnd = s.end;
    if (needed && !needed.has(s.index) && !EXPLICIT.test(s.text)) {
      spans.push([]);
      inherited.push(paragraphDate);
      deixes.push(deixis);
      continue;
    }
    const dateline = /\d/.test(s.text) ? DATELINE.exec(s.text) : null;
    if (dateline?.[1]) {
      const d = findDates(dateline[1], articleDate, narrative)[0];
      if (d) deixis = narrative = paragraphDate = d.date;
    }
    deixes.push(deixis);
    // The dateline is when the story was filed, not when anything in it happened.
    const found = findDates(s.text, deixis, narrative).filter((d) => !dateline || d.start >= dateline[0].length);
    spans.push(found);
    inherited.push(paragraphDate);
    const last = found[found.length - 1];
    if (last) narrative = last.date;
    paragraphDate = lastInheritable(found, deixis) ?? paragraphDate;
  }
  return { spans, inherited, deixis: deixes, articleDate };
}

export interface DateQuery {
  /** Offset in the sentence of the words the date should attach to (a cue). */
  at: number;
  /** The event lies in the past of the article (an occurred meeting, a statement). */
  past: boolean;
  /** Told in the past tense ("met"): no "tomorrow" dates it ("I have already met A, and tomorrow, I will meet B"). */
  pastTense?: boolean;
}

/** The date of an event read at `q.at` in sentence `index`: the nearest date expression, else inherited. */
export function dateAt(dates: ArticleDates, index: number, q: DateQuery): string | null {
  const spans = dates.spans[index] ?? [];
  const now = dates.deixis[index] ?? dates.articleDate;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const d of spans) {
    if (d.introEnd !== undefined && q.at > d.introEnd) continue;
    if (d.ahead && q.pastTense) continue;
    let date = d.date;
    let astray = now ? daysAstray(date, now, q.past) : 0;
    if (astray > 0 && d.weekdayOnly) {
      // "met on Tuesday" in a Monday's report is the Tuesday before; "will meet on Monday" in a Wednesday's, the next.
      date = addDays(date, q.past ? -7 : 7);
      astray -= 7;
    }
    if (astray > 1) {
      // chrono picks the nearest year for a bare "December 19": a past event months ahead is last
      // year's, and a plan months behind is next year's ("will meet on July 12", written on January 10).
      // A date just ahead is not a past event's at all ("met ... ahead of the talks on February 24"),
      // nor is a plan dated by "last week": that is when it was made.
      if (!d.yearImplied || astray < 30) continue;
      // A year away, February 29 is no day at all.
      if (date.endsWith("-02-29")) continue;
      date = `${+date.slice(0, 4) + (q.past ? -1 : 1)}${date.slice(4)}`;
    }
    // On a tie the date after the words wins: English dates follow what they date ("talks ... on Tuesday").
    const distance = (q.at < d.start ? d.start - q.at - 0.5 : q.at > d.end ? q.at - d.end : 0) + (d.vague ? 40 : 0);
    if (distance < bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  if (best !== undefined) return best;
  const inherited = (dates.inheritedAt ? dates.inheritedAt(index) : dates.inherited[index]) ?? dates.articleDate;
  // The paragraph's date is held to the same rules as the sentence's own: a plan is not dated by a day
  // gone by ("On January 11, 2021, ... signed. Putin is also expected to meet Aliyev"), nor an event
  // that took place by a day to come ("Putin will visit Beijing on February 4. He met the envoy").
  // A paragraph's day still to come dates no past event at all ("I am going to Kiev tomorrow. ... the results of his recent meeting").
  if (inherited && now && daysAstray(inherited, now, q.past) > (q.past ? 0 : 1)) return now;
  return inherited;
}
