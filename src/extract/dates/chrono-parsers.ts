// chrono's English parsers, with patterns that V8 compiles in a few milliseconds.
//
// Two of chrono's parsers ("3 days ago", "two weeks later") have a case-insensitive pattern of
// bounded repeats over long alternations that V8 took about 100 ms each to compile to machine
// code, again for each of the two chrono instances below: every process and worker thread paid
// several tenths of a second before it dated its first article (chrono's first 1,000 parses
// 340 ms, now 165). With the `u` flag the same patterns compile in about 20 ms. They match the
// same text here: with `u`, case folding, `\w` and `\b` differ from the plain flag only for the
// long s (ſ) and the Kelvin sign (K), which the normaliser's NFKC has made "s" and "K" before
// chrono sees a sentence, and astral characters are read whole instead of as two halves, neither
// of them a word character either way.
// Those two only: a `u` pattern runs slower once compiled. Over the 11,111 date windows of the
// generated 10,000 articles chrono took 353 ms with every pattern given the flag, 310 with these
// two, 301 with none; every other pattern compiles in under 10 ms either way.
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
export const SLOW_TO_COMPILE = new Set(["ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser"]);

/**
 * Parsers whose pattern cannot match a text without one of these words, as its own pattern spells
 * them (a word that holds another, "tonight" and "night", is left to the shorter). chrono runs every
 * parser's pattern over every date window, and a window rarely holds these words: each gate is one
 * quick scan, the pattern's a long one ("ago" and "later" scan slowest of all, with their `u` flag).
 */
export const GATES: Readonly<Record<string, readonly string[]>> = {
  ENTimeUnitAgoFormatParser: ["ago", "before", "earlier"],
  ENTimeUnitLaterFormatParser: ["later", "after", "from now", "henceforth", "forward", "out"],
  ENCasualDateParser: ["now", "today", "tomorrow", "overmorrow", "tmr", "yesterday", "night"],
  ENCasualTimeParser: ["morning", "afternoon", "evening", "night", "midday", "noon"],
  ENEndOfCurrentMonthParser: ["month"],
};

/** Matches nothing, and says so at the text's first character (anchored, so V8 tries no other). */
const NEVER = /^(?!)/;

/** The parser, whose pattern is run only over a text that holds one of `words`. */
export function gated(parser: Parser, words: readonly string[]): Parser {
  // The gate folds case as the pattern does (`u` changes what folds to what).
  const gates = new WeakMap<RegExp, RegExp>();
  const gateFor = (re: RegExp): RegExp => {
    let gate = gates.get(re);
    if (gate === undefined) {
      gate = new RegExp(words.join("|"), re.flags.replace(/[gy]/g, ""));
      gates.set(re, gate);
    }
    return gate;
  };
  return {
    pattern: (context) => {
      const re = parser.pattern(context);
      return gateFor(re).test(context.text) ? re : NEVER;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

function tuned(base: chrono.Chrono): chrono.Chrono {
  const copy = base.clone();
  copy.parsers = copy.parsers.map((parser) => {
    const name = parser.constructor.name;
    const fast = SLOW_TO_COMPILE.has(name) ? withUnicodePattern(parser) : parser;
    const words = GATES[name];
    return words ? gated(fast, words) : fast;
  });
  return copy;
}

/** chrono.casual: month-first numeric dates. */
export const casual = tuned(chrono.casual);
/** chrono.GB: day-first numeric dates ("12.03.2022"). */
export const GB = tuned(chrono.GB);
