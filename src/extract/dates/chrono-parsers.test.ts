import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as chrono from "chrono-node/en";
import { casual, GATES, GB, gated, SLOW_TO_COMPILE, withUnicodePattern } from "./chrono-parsers.js";

type Context = Parameters<chrono.Chrono["parsers"][number]["pattern"]>[0];
const instant = new Date("2022-02-24T12:00:00Z");
// A text that passes every gate, so each parser hands back its own pattern.
const context = { option: {}, text: Object.values(GATES).flat().join(" ") } as unknown as Context;
const contextOf = (text: string) => ({ option: {}, text }) as unknown as Context;
const PHRASES = [
  "Putin met Biden three days ago in Geneva.",
  "Two weeks later, the ministers spoke again.",
  "A day earlier, Lavrov said talks were possible.",
  "The summit is due within a month, officials said.",
  "He will travel in the next 2 days and return 1 year, 2 months and 3 days later.",
  "about an hour ago the call ended",
  "On 12.03.2022 they spoke; on 03/04/2022 they met.",
  "Last Thursday, October 19, the envoys met; next week they meet again.",
  "THREE DAYS AGO and Five Weeks Before the vote",
  "a couple of days after the meeting, in mid-March",
  "🙂3 days ago, 𝒳 two days later",
  "yesterday, today, tomorrow, and on the eve of the talks",
  "They meet on Sunday; the Tue. session and next weekend; last Sat and this Thurs.",
  "on weekdays, Sept. 3, 5 Jan., in Dec 2021, 2021 March, the Mar. 4 talks",
  "three days later, at 10 a.m., at noon, 2022-02-24 and 24/02/2022",
  "The ministers spoke again and agreed to go on.",
];

function read(parser: chrono.Chrono, text: string) {
  return parser.parse(text, { instant, timezone: 0 }, { forwardDate: false }).map((r) => ({
    index: r.index,
    text: r.text,
    date: r.start.date().toISOString(),
    certain: ["day", "month", "year", "weekday"].filter((c) => r.start.isCertain(c as chrono.Component)),
  }));
}

describe("chrono's parsers with unicode patterns", () => {
  it("read every phrase as chrono's own parsers do", () => {
    for (const text of PHRASES) {
      expect(read(casual, text), text).toEqual(read(chrono.casual, text));
      expect(read(GB, text), text).toEqual(read(chrono.GB, text));
    }
  });

  it("give the 'ago' and 'later' patterns (the ones slow to compile) the u flag", () => {
    const ago = casual.parsers.map((p) => p.pattern(context)).filter((re) => /ago\|before\|earlier/.test(re.source));
    expect(ago.length).toBeGreaterThan(0);
    for (const re of ago) expect(re.flags).toContain("u");
    // chrono's own copy is left as it was.
    const own = chrono.casual.parsers.map((p) => p.pattern(context)).filter((re) => /ago\|before\|earlier/.test(re.source));
    for (const re of own) expect(re.flags).not.toContain("u");
  });

  it("give no other pattern the u flag: it would run slower once compiled", () => {
    const ours = casual.parsers.map((p) => p.pattern(context));
    const own = chrono.casual.parsers.map((p) => p.pattern(context));
    expect(ours.length).toBe(own.length);
    const names = chrono.casual.parsers.map((p) => p.constructor.name);
    ours.forEach((re, i) => {
      if (SLOW_TO_COMPILE.has(names[i]!)) expect(re.flags).toContain("u");
      else expect(re).toBe(own[i]);
    });
  });

  it("name parsers chrono has: a renamed class would silently lose its flag or its gate", () => {
    const names = new Set(chrono.casual.parsers.map((p) => p.constructor.name));
    for (const name of [...SLOW_TO_COMPILE, ...Object.keys(GATES)]) expect(names, name).toContain(name);
  });

  it("hand back the same pattern object each time, and keep a pattern that cannot take the flag", () => {
    const escaped = new RegExp("a\\-b", "i"); // an identity escape: a syntax error with `u`
    const parser = withUnicodePattern({ pattern: () => escaped, extract: () => null });
    expect(parser.pattern(context)).toBe(escaped);
    const ago = /days? ago/i;
    const plain = withUnicodePattern({ pattern: () => ago, extract: () => ({ day: 1 }) });
    expect(plain.pattern(context)).toBe(plain.pattern(context));
    expect(plain.pattern(context).flags).toBe("iu");
    expect(plain.pattern(context).source).toBe(ago.source);
    expect(plain.extract(context, ["2 days ago"] as unknown as RegExpMatchArray)).toEqual({ day: 1 });
  });
});

describe("gated parsers", () => {
  const parserNamed = (c: chrono.Chrono, name: string) => c.parsers[chrono.casual.parsers.findIndex((p) => p.constructor.name === name)]!;

  it("gate on words their own pattern spells out", () => {
    for (const [name, words] of Object.entries(GATES)) {
      const source = parserNamed(chrono.casual, name).pattern(context).source;
      for (const w of words) {
        expect(w, name).toMatch(/^[a-z ]+$/); // joined into the gate as they are
        expect(source, `${name}: ${w}`).toContain(w);
      }
    }
  });

  it("skip a text without their words, and run their own pattern on one with them", () => {
    const ago = parserNamed(casual, "ENTimeUnitAgoFormatParser");
    const own = parserNamed(chrono.casual, "ENTimeUnitAgoFormatParser").pattern(context);
    const skipped = ago.pattern(contextOf("Putin met Biden on Monday, 3 days after the vote."));
    expect(skipped.exec("3 days ago")).toBeNull();
    const run = ago.pattern(contextOf("Putin met Biden three days AGO."));
    expect(run.source).toBe(own.source);
    expect(run.exec("Putin met Biden three days AGO.")?.[0]).toBe(" three days AGO");
    expect(casual.parse("They met three days ago.", { instant, timezone: 0 }).map((r) => r.text)).toEqual(["three days ago"]);
  });

  it("fold case in the gate as the pattern does", () => {
    // With u, case folding takes the long s for an s: the gate must follow the pattern's flags.
    const parser = gated({ pattern: () => /yesterday/iu, extract: () => ({ day: 1 }) }, ["yesterday"]);
    expect(parser.pattern(contextOf("YEſTERDAY")).exec("YEſTERDAY")).not.toBeNull();
    const plain = gated({ pattern: () => /yesterday/i, extract: () => ({ day: 1 }) }, ["yesterday"]);
    expect(plain.pattern(contextOf("yeſterday")).exec("yeſterday")).toBeNull();
    expect(plain.pattern(contextOf("Yesterday")).exec("Yesterday")).not.toBeNull();
  });

  it("find what chrono's own parsers find in texts made of their words", () => {
    // Spelled out here, not read from GATES: a word missing there must still be tried.
    const gateWords = ["ago", "before", "earlier", "later", "after", "from now", "henceforth", "forward", "out", "now", "today", "tonight",
      "tomorrow", "overmorrow", "tmr", "tmrw", "yesterday", "morning", "afternoon", "evening", "night", "midnight", "midday", "noon", "month"];
    const filler = ["the", "of", "end", "last day", "last", "this", "within", "in", "Monday", "March 3", "12.03.2022", "at 10", "a.m.", "and", "met", "-"];
    const cased = (w: string, how: string) => (how === "upper" ? w.toUpperCase() : how === "title" ? w[0]!.toUpperCase() + w.slice(1) : w);
    // Whole expressions ("3 days before", "a few weeks out") as well as loose words, so every gated pattern can match.
    const amount = fc.tuple(fc.constantFrom("3", "two", "a few", "an", "half an", "5"), fc.constantFrom("days", "weeks", "month", "hour", "years", "d"));
    const part = fc.oneof(
      fc.constantFrom(...gateWords, ...filler),
      fc.tuple(amount, fc.constantFrom(...gateWords)).map(([[n, unit], tail]) => `${n} ${unit} ${tail}`),
      fc.constantFrom("end of the month", "last day of month", "this morning", "last night"),
    );
    const text = fc
      .array(fc.tuple(part, fc.constantFrom("lower", "upper", "title"), fc.constantFrom(" ", "", "  ", ", ", ". ")), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.map(([w, how, gap]) => cased(w, how) + gap).join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(read(casual, t), t).toEqual(read(chrono.casual, t));
        expect(read(GB, t), t).toEqual(read(chrono.GB, t));
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
