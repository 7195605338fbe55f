// Hostile text through every pure stage, from reading to interactions: any
// Unicode (lone surrogates, NUL, RTL and bidi marks, emoji, mixed scripts),
// punctuation only, very long lines with no newline. The properties: nothing
// throws, nothing hangs (vitest's timeout catches a loop), every offset lands
// inside the text and its sentence and maps back into the original, and every
// record read is exactly one article or one skipped entry.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Article, PreparedArticle } from "../shared/types.js";
import { prepareArticle } from "./prepare.js";
import { buildActorIndex, findActors, type ActorIndex } from "./actors/index.js";
import { parseGazetteer } from "./gazetteer.js";
import { processArticle } from "./pipeline.js";
import { parsePlainText } from "./read/plain-text.js";
import { parseJsonDocument, parseJsonLine, parseJsonLines, recordToArticle } from "./read/records.js";
import { testIndex } from "./actors/test-gazetteer.js";

const GAZETTEER = resolve(import.meta.dirname, "../../graph-data/gazetteer.yaml");
// The real gazetteer (500 people) finds far more than the unit-test one, so more code paths run.
const realIndex: ActorIndex = buildActorIndex(parseGazetteer(readFileSync(GAZETTEER, "utf8"), GAZETTEER));

/** Characters that break naive text code: controls, NUL, bidi overrides, lone surrogates, astral emoji, combining marks. */
const HOSTILE_CHARS = [
  "\u0000", "\u0007", "\u001b", "\t", "\r", "\n", "\u00a0", "\u00ad", "\u200b", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e",
  "\u2066", "\u2069", "\u061c", "\ufeff", "\ufffd", "\ud800", "\udbff", "\udc00", "\udfff", "😀", "👍🏽", "👨‍👩‍👧", "🇺🇦", "\u0301",
  "\u0308", "ﬁ", "Ⅻ", "ß", "İ", "ı", "\u2028", "\u2029", "\u0085",
];
/** Letters of several scripts, RTL ones included, and look-alikes of Latin letters. */
const SCRIPT_CHARS = [
  ..."abcXYZ", ..."АВСаеорЛавров", ..."ΑΒΓαβγ", ..."שלוםאב", ..."مرحباسلام", ..."你好中国", ..."こんにちは", ..."한국어", ..."हिन्दी", ..."ไทย",
];
const PUNCTUATION = [..."..!?;:,\"'()[]{}<>/\\|-–—…“”‘’«»¿¡·•*&^%$#@~`+=_"];
/** Words that wake up the actor and interaction stages. */
const NEWS_WORDS = [
  "Sergei", "Lavrov", "Antony", "Blinken", "Joe", "Biden", "Vladimir", "Putin", "Volodymyr", "Zelensky", "He", "She", "the",
  "President", "president", "Foreign", "Minister", "of", "Russia", "Ukraine", "US", "U.S.", "Mr.", "met", "meets", "said", "told",
  "talks", "with", "on", "Monday", "June", "24", "2022", "in", "Geneva", "his", "counterpart", "Kremlin", "spokesman", "Dmitry",
  "Peskov", "will", "meet", "Xi", "Jinping", "and", "cancelled", "phone", "call", "Лавров", "Путин", "«", "»",
];

const hostileUnit = fc.constantFrom(...HOSTILE_CHARS, ...SCRIPT_CHARS, ...PUNCTUATION, " ", " ", "\n\n", ". ");
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEWS_WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: hostileUnit, minLength: 1, maxLength: 6 }) },
);
const separator = fc.constantFrom(" ", " ", " ", ", ", ". ", "\n", "\n\n", "\u00a0", "\u200f", "\u0000", "", "—", "😀");

const NAMES = ["Sergei Lavrov", "Antony Blinken", "Joe Biden", "Vladimir Putin", "Volodymyr Zelensky", "Xi Jinping", "Dmitry Peskov", "He", "The Russian president", "His Ukrainian counterpart"];
const VERBS = ["met", "held talks with", "spoke by phone with", "will meet", "said", "told", "cancelled a meeting with", "criticised", "and"];
/** News-like sentences about known actors, with hostile characters spliced in, so the actor and interaction stages do real work. */
const newsSentence = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.constantFrom(...NAMES), fc.constantFrom("", " in Geneva", " on Monday", " on 24 June 2022"), fc.string({ unit: hostileUnit, maxLength: 3 }), fc.nat(40))
  .map(([a, v, b, tail, noise, at]) => {
    const s = `${a} ${v} ${b}${tail}.`;
    const k = at % (s.length + 1);
    return s.slice(0, k) + noise + s.slice(k);
  });
const newsText = fc.array(fc.tuple(newsSentence, fc.constantFrom(" ", "\n", "\n\n", " \u200f", "\u0000 ")), { minLength: 1, maxLength: 8 }).map((xs) => xs.map(([s, sep]) => s + sep).join(""));

/** Any text: raw code units (lone surrogates included), graphemes, hostile mixes, news-like word salad, punctuation only. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: hostileUnit, maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...PUNCTUATION, " ", "\n"), maxLength: 300 }),
  fc.array(fc.tuple(word, separator), { maxLength: 80 }).map((parts) => parts.map(([w, s]) => w + s).join("")),
  newsText,
  newsText,
);

const anyDate = fc.constantFrom("2020-06-01", "2022-02-15", "2023-12-31", null);

function articleOf(text: string, title: string, date: string | null): Article {
  return { id: "a", title, date, url: null, source: "a.txt", text };
}

/** The checks shared by findActors and processArticle: offsets inside the text and sentence, mapping back into the original. */
function expectMentionsInside(prepared: PreparedArticle, mentions: ReturnType<typeof findActors>["mentions"]): void {
  const { norm, sentences, original } = prepared;
  expect(norm.toOriginal(norm.text.length)).toBe(original.length);
  for (const m of mentions) {
    expect(Number.isInteger(m.sentence)).toBe(true);
    const s = sentences[m.sentence];
    expect(s, `mention ${m.surface} names sentence ${m.sentence} of ${sentences.length}`).toBeDefined();
    expect(m.start).toBeGreaterThanOrEqual(s!.start);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(s!.end);
    expect(norm.text.slice(m.start, m.end)).toBe(m.surface);
    const a = norm.toOriginal(m.start);
    const b = norm.toOriginal(m.end);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThanOrEqual(original.length);
  }
}

describe("findActors, for any Unicode text", () => {
  it("never throws; every mention lies inside the text and its sentence and maps back into the original", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("", "Talks", "<script>alert(1)</script>", "\u202eLavrov"), anyDate, (text, title, date) => {
        for (const index of [testIndex, realIndex]) {
          const prepared = prepareArticle(articleOf(text, title, date));
          const actors = findActors(prepared, index);
          expectMentionsInside(prepared, actors.mentions);
          for (const d of actors.discovered) {
            expect(typeof d.key).toBe("string");
            expect(d.key.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 400, seed: 20240601 },
    );
  });

  it("copes with very long lines, with and without sentence ends", () => {
    const long = [
      "Lavrov met Blinken ".repeat(20_000), // 380k characters, one sentence, thousands of mentions
      "President ".repeat(30_000), // a role with no name after it, over and over
      "Mr. ".repeat(50_000), // an abbreviation that never ends a sentence
      ".".repeat(200_000), // punctuation only
      "😀\u200f\u0000".repeat(60_000),
      "Лавров ".repeat(30_000) + "Lavrov.",
    ];
    for (const text of long) {
      const prepared = prepareArticle(articleOf(text, "", "2022-02-15"));
      expectMentionsInside(prepared, findActors(prepared, realIndex).mentions);
    }
    // The whole per-article pipeline on the same shapes. The first is smaller: one sentence with
    // tens of thousands of mentions costs the interactions stage time quadratic in their number.
    for (const text of ["Lavrov met Blinken ".repeat(2_000), ...long.slice(1)]) {
      const result = processArticle(articleOf(text, "", "2022-02-15"), realIndex);
      expect(result.interactions.every((i) => i.a < i.b)).toBe(true);
    }
  }, 180_000);
});

describe("processArticle, for any Unicode text", () => {
  it("never throws; mentions and interactions point at real actors, sentences and the article", () => {
    fc.assert(
      fc.property(anyText, anyText, anyDate, (text, title, date) => {
        const article = articleOf(text, title.slice(0, 100), date);
        const result = processArticle(article, realIndex);
        expect(result.article).toEqual({ id: "a", title: article.title, date, url: null, source: "a.txt" });
        const prepared = prepareArticle(article);
        expectMentionsInside(prepared, result.mentions);
        const actors = new Set(result.mentions.map((m) => m.actor));
        for (const i of result.interactions) {
          expect(i.a < i.b, `${i.a} < ${i.b}`).toBe(true);
          expect(actors.has(i.a)).toBe(true);
          expect(actors.has(i.b)).toBe(true);
          expect(i.article).toBe("a");
          // Evidence quotes the article as written: one sentence, or two adjacent ones joined by a space.
          const originals = prepared.sentences.map((x) => x.original);
          const pairs = originals.slice(1).map((x, k) => `${originals[k]!} ${x}`);
          expect([...originals, ...pairs]).toContain(i.sentence);
          for (const o of originals) expect(prepared.original).toContain(o);
          if (i.date !== null) expect(i.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        // Plain data only: it must cross a worker boundary and be written as JSON.
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("reading, for any content", () => {
  it("parsePlainText never throws and reads exactly one article or one skip", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, anyText.map((t) => ` date 2021-11-03 ${t}`), anyText.map((t) => `Title\n20220624\nhttps://x.example/a\n${t}`)), (content) => {
        const r = parsePlainText(content, "p.txt", "p");
        expect(r.records).toBe(1);
        expect(r.articles.length + r.skipped.length).toBe(1);
        for (const a of r.articles) {
          expect(a.text.trim()).not.toBe("");
          expect(content).toContain(a.text.trim());
          expect(a.date === null || /^\d{4}-\d{2}-\d{2}$/.test(a.date)).toBe(true);
        }
        for (const s of r.skipped) expect(s.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  const anyJsonValue = fc.jsonValue({ maxDepth: 3 });
  const recordLike = fc.record(
    {
      id: fc.oneof(anyText, fc.integer()),
      title: anyText,
      date: fc.oneof(fc.constantFrom("2021-02-30", "2022-06-24T17:30:00Z", "20220624", "24.06.2022", "24 June 2022", "yesterday", ""), anyText),
      url: fc.oneof(fc.constantFrom("javascript:alert(1)", "https://x.example/a"), anyText),
      text: fc.oneof(anyText, fc.integer(), fc.constant(null)),
      summary: anyText,
    },
    { requiredKeys: [] },
  );
  const anyRecord = fc.oneof(recordLike, anyJsonValue);

  it("recordToArticle never throws: any value is one article with text, or one skip with a reason", () => {
    fc.assert(
      fc.property(anyRecord, (value) => {
        const r = recordToArticle(value, { source: "r.json:1", fallbackId: "r:1" });
        if ("article" in r) {
          expect(r.article.text.trim()).not.toBe("");
          expect(r.article.id.length).toBeGreaterThan(0);
          expect(r.article.source).toBe("r.json:1");
        } else expect(r.skipped).toEqual({ source: "r.json:1", reason: expect.stringMatching(/\S/) });
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it("JSON documents and JSON Lines: records seen = articles + skipped, whatever the bytes", () => {
    const anyJsonText = fc.oneof(
      fc.array(anyRecord, { maxLength: 8 }).map((a) => JSON.stringify(a)),
      fc.array(anyRecord, { maxLength: 8 }).map((a) => a.map((r) => JSON.stringify(r)).join("\n")),
      // Truncated anywhere: cut JSON must be a skip, never a throw.
      fc.tuple(fc.array(recordLike, { minLength: 1, maxLength: 4 }), fc.nat()).map(([a, cut]) => {
        const s = JSON.stringify(a);
        return s.slice(0, cut % s.length);
      }),
      anyText,
    );
    fc.assert(
      fc.property(anyJsonText, (content) => {
        for (const r of [parseJsonDocument(content, "d.json", "d"), parseJsonLines(content, "l.jsonl", "l")]) {
          expect(r.records).toBe(r.articles.length + r.skipped.length);
          expect(r.records).toBeGreaterThan(0);
          for (const s of r.skipped) expect(s.reason).toMatch(/\S/);
        }
        for (const line of content.split("\n")) {
          const one = parseJsonLine(line, 1, "l.jsonl", "l");
          expect("article" in one || "skipped" in one).toBe(true);
        }
      }),
      { numRuns: 400, seed: 5 },
    );
  });
});
