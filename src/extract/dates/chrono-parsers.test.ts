import { describe, expect, it } from "vitest";
import * as chrono from "chrono-node/en";
import { casual, GB, SLOW_TO_COMPILE, withUnicodePattern } from "./chrono-parsers.js";

const instant = new Date("2022-02-24T12:00:00Z");
const context = { option: {} } as Parameters<chrono.Chrono["parsers"][number]["pattern"]>[0];
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

  it("name parsers chrono has: a renamed class would silently lose its flag", () => {
    const names = new Set(chrono.casual.parsers.map((p) => p.constructor.name));
    for (const name of SLOW_TO_COMPILE) expect(names, name).toContain(name);
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
