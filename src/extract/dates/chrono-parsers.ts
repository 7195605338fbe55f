// chrono's English parsers, with patterns that V8 compiles in a few milliseconds, and the
// weekday and month-name parsers skipped over text that names no weekday or month.
//
// Four of chrono's parsers ("3 days ago", "two weeks later", "within a month", "next 2 days")
// share a case-insensitive pattern of bounded repeats over long alternations that V8 took about
// 110 ms to compile to machine code, again for each of the two chrono instances below: every process and
// worker thread paid a quarter of a second before it dated its first article (chrono's first
// 1,000 parses 340 ms, now 165). With the `u` flag the same pattern
// compiles in about 20 ms. It matches the same text here: with `u`, case folding, `\w` and `\b`
// differ from the plain flag only for the long s (ſ) and the Kelvin sign (K), which the
// normaliser's NFKC has made "s" and "K" before chrono sees a sentence, and astral characters are
// read whole instead of as two halves, neither of them a word character either way.
// Those four only: a `u` pattern runs slower once compiled (the generated corpus's 11,111 date
// windows took 353 ms through chrono with every pattern given the flag, 303 ms with none), and
// the other patterns compile in under 10 ms either way.
// The English locale alone: the package root loads every language's parsers (slower start, in every worker too).
import * as chrono from "chrono-node/en";

type Parser = chrono.Chrono["parsers"][number];

/** The parser with its pattern given the `u` flag (the parser itself where its pattern already has it, or cannot take it). */
export function withUnicodePattern(parser: Parser): Parser {
  const made = new WeakMap<RegExp, RegExp>();
  const unicode = (re: RegExp): RegExp => {
    let u = made.get(re);
    if (u === undefined) {
      u = re;
      if (!re.unicode && !re.flags.includes("v")) {
        try {
          u = new RegExp(re.source, `${re.flags}u`);
        } catch {
          // A pattern that is not valid with `u` (an escape such as "\-") keeps its own flags.
        }
      }
      made.set(re, u);
    }
    return u;
  };
  return {
    pattern: (context) => unicode(parser.pattern(context)),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** The parsers whose pattern compiles slowly without the `u` flag (by class name: chrono exports no classes). */
export const SLOW_TO_COMPILE = new Set([
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);

/**
 * Parsers whose pattern can match only where one of these stems occurs: every weekday they read
 * ("sunday", "sun.", "thurs", ..., "weekend", "weekday") or every month ("january", "sept.", ...)
 * starts with one. Text without any of them holds nothing the parser could match.
 */
const WEEKDAY_STEM = /sun|mon|tue|wed|thu|fri|sat|week/i;
const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
export const GATES: ReadonlyMap<string, RegExp> = new Map([
  ["ENWeekdayParser", WEEKDAY_STEM],
  ["ENMonthNameLittleEndianParser", MONTH_STEM],
  ["ENMonthNameMiddleEndianParser", MONTH_STEM],
  ["ENMonthNameParser", MONTH_STEM],
  ["ENYearMonthNameParser", MONTH_STEM],
]);

/** A pattern that fails at once: anchored at the start, it is tried at one position only. */
const NEVER = /^(?!)/;

/**
 * The parser, tried only on text where `gate` matches. Each pattern runs at every word boundary
 * of the text: over the generated corpus's date windows the weekday pattern cost more than any
 * other parser, and most windows name no weekday.
 */
export function gatedBy(gate: RegExp, parser: Parser): Parser {
  return {
    pattern: (context) => (gate.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

function fastCompiling(base: chrono.Chrono): chrono.Chrono {
  const copy = base.clone();
  copy.parsers = copy.parsers.map((parser) => {
    const name = parser.constructor.name;
    if (SLOW_TO_COMPILE.has(name)) return withUnicodePattern(parser);
    const gate = GATES.get(name);
    return gate ? gatedBy(gate, parser) : parser;
  });
  return copy;
}

/** chrono.casual: month-first numeric dates. */
export const casual = fastCompiling(chrono.casual);
/** chrono.GB: day-first numeric dates ("12.03.2022"). */
export const GB = fastCompiling(chrono.GB);
