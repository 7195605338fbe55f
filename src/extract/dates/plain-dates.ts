// The commonest date forms of news prose, read without chrono where chrono would read them alike.
//
// chrono runs some thirty parsers and ten refiners over every date window: about 23 µs a window, a fifth
// of an article's extraction on the generated corpus. Most windows hold one date in one of a few plain
// forms ("on Tuesday", "on Friday, April 1", "August 7", "March 3, 2022") or one casual day word
// ("today", "yesterday", "tomorrow": "the topic of today's meeting"), and nothing else chrono could
// read. Such a window is read here; any other goes to chrono as before.
//
// "Nothing else chrono could read" is decided conservatively from chrono's own vocabulary: no digit
// anywhere else in the window, no month, weekday or casual date word ("today", "noon"), no number word
// before a time unit ("a day", "tens"), and no word next to the date that chrono's patterns or
// refiners would join to it ("last Tuesday", "end of", "Tuesday of next week", "June 2 pm", a time
// zone such as "EST"). The values are chrono's rules for these forms: a year left out is the one that
// puts the date nearest the moment of writing, a weekday alone is the nearest such day (3 days either
// way, the day itself when it is that day), an impossible date ("February 30") goes to chrono, and a
// casual day word is the day of the moment of writing, the one before or the one after, day, month and
// year certain, no weekday at all (chrono's casualReferences).
// plain-dates.test.ts holds this to chrono on every form with words of each kind around it.

import { MONTHS, WEEKDAYS } from "../../shared/calendar.js";
import { isoDate } from "../read/dates.js";

export type DateComponent = "year" | "month" | "day" | "weekday";

export interface PlainComponents {
  get(c: DateComponent): number | null;
  isCertain(c: DateComponent): boolean;
}

/** A date expression found in a text: where it is, its words, its values (chrono's results have this shape too). */
export interface FoundDate {
  /** Offset of the date in the text. */
  index: number;
  text: string;
  start: PlainComponents;
}

const DAY = "[1-9]|[12][0-9]|3[01]";
const YEAR = "1[0-9]{3}|2[0-9]{3}";
const MONTH_DAY = `(${MONTHS.join("|")}) (${DAY})(?:, (${YEAR}))?`;
// Groups: 1 "on " (or "On "), 2 weekday, 3-5 month, day, year after it, 6 a comma after a weekday alone, 7-9 month, day, year.
const PLAIN = new RegExp(
  `(?<![^\\s])(?:([Oo]n )?(${WEEKDAYS.join("|")})(?:, ${MONTH_DAY}|(,))?|${MONTH_DAY})(?=$|[\\s.,;!?"'’”])`,
  "g",
);

// chrono's word boundaries are "(\W|^)" and "(?=\W|$)" without the `u` flag, ASCII only: it reads the "today" of
// "étoday". So are these: every boundary chrono sees is one here, whatever letter stands next to it.
const WORD = "(?<![A-Za-z0-9_])";
const END = "(?![A-Za-z0-9_])";
// chrono's words that make a date, a time or a period on their own (its month, weekday and casual dictionaries).
const HEAD_WORDS = [
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ...MONTHS.map((m) => m.toLowerCase()),
  "sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
  ...WEEKDAYS.map((d) => d.toLowerCase()),
  "weekend", "weekday", "weekdays", "weekends",
  "now", "today", "tonight", "tomorrow", "tmr", "tmrw", "yesterday", "overmorrow",
  "midnight", "midday", "noon", "morning", "afternoon", "evening", "night",
  "am", "pm",
  // "end of month" and "last day of month" need no number.
  "month",
];
// A time unit after a number or a modifier: "a day", "in the S" (a second), "this year", and "lasts" (chrono reads
// "last s", the last second). Number words need a break before the unit ("and" is not "an d"); the modifiers do not.
const NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple(?:\\s{0,2}of)?";
// chrono's "half an" runs straight into a unit: "half and" is half a day.
const HALF_AN = "half\\s{0,2}an?";
const MODIFIERS = "this|last|past|next|after";
const UNITS = "s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yrs?|years?";
const ELSEWHERE = new RegExp(
  [
    "\\d",
    `${WORD}(?:${HEAD_WORDS.join("|")})${END}`,
    `${WORD}(?:(?:${NUMBERS})${END}|${HALF_AN})\\s{0,3}(?:${UNITS})${END}`,
    `${WORD}(?:${MODIFIERS})\\s*(?:${UNITS})${END}`,
    // Casual words chrono runs into the word before: "lastnight" (ENCasualDateParser), "thismorning" (ENCasualTimeParser).
    `${WORD}(?:last\\s*night|this\\s{0,3}(?:morning|afternoon|evening|night|midnight|midday|noon))${END}`,
  ].join("|"),
  "iu",
);
// Words chrono joins to a date just before it: "last Tuesday", "end of June 2".
const JOINED_BEFORE = new RegExp(`${WORD}(?:this|last|past|next|of|the)[\\s,(（]*$`, "iu");
// And to a weekday, with its "on": a comma or bracket before it (", Tuesday", "( on Tuesday"), and an "on" the
// form's own "on " did not take ("on  Tuesday").
const WEEKDAY_HEAD = /[,(（]\s*$/;
const ON_BEFORE = new RegExp(`${WORD}on\\s*$`, "iu");
// After it: "Tuesday of next week", "2022 AD", ranges ("June 2 to ..."), a time that makes the day an hour
// ("June 2 pm", "1 a.m.", "1 o'clock", even "1 a"), and a unit that makes it a count ("January 1 mo after").
const JOINED_AFTER = new RegExp(
  `^[\\s,)）]*(?:of|this|last|past|next|am|pm|a|p|o|oclock|be|ad|bc|bce|ce|to|until|till|through|and|or|${UNITS})${END}`,
  "iu",
);
// A time zone's abbreviation after a date is joined to it (chrono's ExtractTimezoneAbbrRefiner): any capitals, to be safe.
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?![\p{L}\p{N}_])/u;
// chrono takes the spaces after a day of the month when no word follows them ("January 1 :").
const SPACES_AFTER_DAY = /^\s+(?:[^A-Za-z0-9_]|$)/;
// chrono's weekday pattern takes a comma or bracket after the weekday, spaced or not.
const WEEKDAY_TAIL = /^\s*[,)）]/;

// chrono's casual day words (ENCasualDateParser) read here, with the day each moves from the moment of writing. Its
// pattern, boundaries and case folding: the word alone, any case, ASCII boundaries, no `u` (so no "yeſterday").
// Its other words are left to chrono, in HEAD_WORDS: "now" and "tonight" carry a time, "tmr", "tmrw" and
// "overmorrow" are rare, "last night" moves back a day only after 6 am.
const CASUAL_DAYS: Readonly<Record<string, number>> = { today: 0, yesterday: -1, tomorrow: 1 };
const CASUAL = /(?<![A-Za-z0-9_])(?:today|yesterday|tomorrow)(?![A-Za-z0-9_])/i;
// What chrono joins to a casual day word is not what it joins to a plain date (JOINED_BEFORE, JOINED_AFTER): its
// pattern is the word alone, no "on", "this" or "last" ("about this today" is "today"), and with no other date
// or time in the window (ELSEWHERE) its refiners join nothing to it either: the merging ones need a second
// result ("today at 10 am", "from today to Friday", "two days after today", "yesterday evening"), the year
// suffix and time zone offset a number. Only a time zone's abbreviation after it is joined ("today EST",
// ZONE_AFTER). Its ENEndOfPeriodRefiner moves only a month without a day or "this week" to the period's end,
// never a casual day, but its "end of" goes to chrono all the same: "the topic of today's meeting" stays here.
const CASUAL_JOINED_BEFORE = new RegExp(`${WORD}(?:day|end)\\s+of\\s+(?:the\\s+)?$`, "iu");

const DAY_MS = 86_400_000;

class Components implements PlainComponents {
  constructor(
    private readonly values: Readonly<Record<DateComponent, number | null>>,
    private readonly certain: readonly DateComponent[],
  ) {}
  get(c: DateComponent): number | null {
    return this.values[c];
  }
  isCertain(c: DateComponent): boolean {
    return this.certain.includes(c);
  }
}

/** The year chrono gives "Month D" written without one: the one that puts it nearest the reference. */
function nearestYear(ref: Date, month: number, day: number): number {
  // Set as chrono sets it (month, then day, on the reference's own date), so the overflow of a short month matches.
  const date = new Date(ref.getTime());
  date.setUTCMonth(month - 1);
  date.setUTCDate(day);
  const shifted = (years: number): Date => {
    const d = new Date(date.getTime());
    d.setUTCFullYear(d.getUTCFullYear() + years);
    return d;
  };
  const distance = (d: Date): number => Math.abs(d.getTime() - ref.getTime());
  const next = shifted(1);
  const last = shifted(-1);
  if (distance(next) < distance(date)) return next.getUTCFullYear();
  if (distance(last) < distance(date)) return last.getUTCFullYear();
  return date.getUTCFullYear();
}

/**
 * The one date of `text` when it is in a plain form and nothing else in `text` could be read as a
 * date or joined to it; undefined otherwise (the caller asks chrono). `ref` is the moment of writing, as
 * chrono's reference instant, read in UTC (the extractor calls chrono with timezone 0).
 */
export function readPlainDate(text: string, ref: Date): FoundDate[] | undefined {
  PLAIN.lastIndex = 0;
  const m = PLAIN.exec(text);
  if (!m) return readCasualDay(text, ref);
  const start = m.index;
  const end = start + m[0].length;
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (ELSEWHERE.test(before) || ELSEWHERE.test(after)) return undefined;
  if (JOINED_BEFORE.test(before) || JOINED_AFTER.test(after) || ZONE_AFTER.test(after)) return undefined;
  const weekdayName = m[2];
  // chrono's weekday pattern takes an "on", a comma or a bracket before the weekday, spaced or not.
  if (weekdayName !== undefined && (WEEKDAY_HEAD.test(before) || (m[1] === undefined && ON_BEFORE.test(before)))) return undefined;
  const monthName = m[3] ?? m[7];
  const dayText = m[4] ?? m[8];
  const yearText = m[5] ?? m[9];
  if (monthName === undefined || dayText === undefined) {
    // A weekday alone: the nearest such day.
    if (m[6] === undefined && WEEKDAY_TAIL.test(after)) return undefined;
    const weekday = WEEKDAYS.indexOf(weekdayName!);
    const forward = (weekday - ref.getUTCDay() + 7) % 7;
    const backward = forward - 7;
    const date = new Date(ref.getTime() + (forward < -backward ? forward : backward) * DAY_MS);
    const values = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday };
    return [{ index: start, text: m[0], start: new Components(values, ["weekday"]) }];
  }
  const month = MONTHS.indexOf(monthName) + 1;
  const day = Number(dayText);
  if (yearText === undefined && SPACES_AFTER_DAY.test(after)) return undefined;
  const year = yearText !== undefined ? Number(yearText) : nearestYear(ref, month, day);
  if (isoDate(year, month, day) === null) return undefined;
  const certain: DateComponent[] = yearText !== undefined ? ["day", "month", "year"] : ["day", "month"];
  if (weekdayName !== undefined) certain.push("weekday");
  const weekday = weekdayName !== undefined ? WEEKDAYS.indexOf(weekdayName) : new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return [{ index: start, text: m[0], start: new Components({ year, month, day, weekday }, certain) }];
}

/** The one casual day word of `text` ("today's meeting"), for a text with no plain date; as readPlainDate. */
function readCasualDay(text: string, ref: Date): FoundDate[] | undefined {
  const m = CASUAL.exec(text);
  // No date, and nothing chrono could read: no date at all ("after the consultations").
  if (!m) return ELSEWHERE.test(text) ? undefined : [];
  const start = m.index;
  const before = text.slice(0, start);
  const after = text.slice(start + m[0].length);
  if (ELSEWHERE.test(before) || ELSEWHERE.test(after)) return undefined;
  if (CASUAL_JOINED_BEFORE.test(before) || ZONE_AFTER.test(after)) return undefined;
  // chrono moves the reference's day (timezone 0) by whole days with setDate: the UTC date, moved.
  const date = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() + CASUAL_DAYS[m[0].toLowerCase()]!));
  const values = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: null };
  return [{ index: start, text: m[0], start: new Components(values, ["day", "month", "year"]) }];
}
