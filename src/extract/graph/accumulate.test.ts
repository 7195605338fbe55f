import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { setFlagsFromString } from "node:v8";
import type { ArticleResult, Mention, MentionVia, RawInteraction } from "../../shared/types.js";
import { collectActors } from "../actors/index.js";
import { testIndex } from "../actors/test-gazetteer.js";
import { assembleGraph } from "../pipeline.js";
import { DEFAULT_WEIGHTS } from "../../shared/types.js";
import { GraphAccumulator } from "./accumulate.js";
import { digestArticle, digestInteractions } from "./digest.js";
import { seedResults } from "./seed-results.fixture.js";

// Keys that are in the test gazetteer, and slugs that are not; few of each so articles share actors.
const KEYS = ["biden", "trump", "blinken", "alexander-grushko", "jane-doe"];
const VIAS: MentionVia[] = ["name", "surname", "role", "anaphor", "discovered"];
const WORDS = ["Biden", "Joe Biden", "Blinken", "Grushko", "Jane Doe", "Doe", "the minister", "he"];

const mention = fc.record({
  actor: fc.constantFrom(...KEYS),
  surface: fc.constantFrom(...WORDS),
  via: fc.constantFrom(...VIAS),
});
const finding = fc.record({
  key: fc.constantFrom(...KEYS),
  label: fc.constantFrom("Jane Doe", "J. Doe", "Alexander Grushko", "Biden"),
  role: fc.option(fc.constantFrom("Deputy Minister", "Envoy", "Mayor"), { nil: null }),
  affiliation: fc.option(fc.constantFrom("RU", "US", "FR"), { nil: null }),
  surfaces: fc.array(fc.constantFrom(...WORDS), { maxLength: 2 }),
});
const interaction = fc.record({
  type: fc.constantFrom("meeting" as const, "statement" as const, "comention" as const),
  pair: fc.constantFrom(["biden", "trump"], ["blinken", "jane-doe"], ["alexander-grushko", "biden"]),
  date: fc.option(fc.constantFrom("2022-01-01", "2022-01-02", "2022-01-10"), { nil: null }),
  sentence: fc.constantFrom("They met.", "He said so.", "Both were there."),
});
const articleResult = fc.record({
  date: fc.option(fc.constantFrom("2021-05-01", "2022-01-01", "2020-12-31"), { nil: null }),
  mentions: fc.array(mention, { maxLength: 6 }),
  discovered: fc.array(finding, { maxLength: 3 }),
  interactions: fc.array(interaction, { maxLength: 4 }),
});
/** Results with distinct ids (as the CLI makes them), plus an arrival order. */
const corpus = fc
  .array(articleResult, { minLength: 1, maxLength: 8 })
  .chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list.map((_, i) => i), { minLength: list.length })));

type Generated = typeof articleResult extends fc.Arbitrary<infer T> ? T : never;

function toResults(list: Generated[]): ArticleResult[] {
  return list.map(toResult);
}

function toResult(r: Generated, i: number): ArticleResult {
  const id = `a${(i * 7) % 5}${i}`;
  const mentions: Mention[] = r.mentions.map((m, k) => ({ ...m, sentence: k, start: k, end: k + 1 }));
  const interactions: RawInteraction[] = r.interactions.map((x) => ({
    type: x.type,
    a: x.pair[0]!,
    b: x.pair[1]!,
    ...(x.type === "meeting" ? { modality: "occurred" as const } : {}),
    date: x.date,
    article: id,
    sentence: x.sentence,
  }));
  return { article: { id, title: `T${i}`, date: r.date, url: null, source: `s${i}.txt` }, mentions, discovered: r.discovered, interactions };
}

describe("digestArticle", () => {
  it("gives back the article's interactions exactly, each distinct sentence once", () => {
    fc.assert(
      fc.property(articleResult, (r) => {
        const result = toResult(r, 3);
        const digest = digestArticle(result);
        expect(digestInteractions(digest)).toEqual(result.interactions);
        expect(digest.sentences.length).toBe(new Set(result.interactions.map((x) => x.sentence)).size);
      }),
    );
  });
});

describe("digestArticle's interactions", () => {
  // A run keeps every digest until its end; objects that each carry a hidden class of their own
  // (what object rest and spread gave) cost ~350 bytes apiece more. V8 alone can tell.
  setFlagsFromString("--allow-natives-syntax");
  const sameClass = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

  it("share one hidden class when they have the same fields", () => {
    const at = (i: number): RawInteraction => ({ type: "meeting", a: `a${i}`, b: `b${i}`, modality: "occurred", date: null, article: "x", sentence: `S${i}.` });
    const result: ArticleResult = {
      article: { id: "x", title: "T", date: null, url: null, source: "x.txt" },
      mentions: [],
      discovered: [],
      interactions: [at(1), at(2)],
    };
    const [one, two] = digestArticle(result).interactions;
    expect(sameClass(one!, two!)).toBe(true);
  });
});

describe("digestInteractions", () => {
  // Required<>: a field added to RawInteraction stops this compiling until it is added here,
  // and then the round trip checks that the field-by-field copy in digest.ts keeps it.
  const full: Required<RawInteraction> = {
    type: "meeting",
    a: "blinken",
    b: "lavrov",
    modality: "planned",
    channel: "phone",
    channelDefault: true,
    speaker: "blinken",
    transcript: true,
    onArticleDay: true,
    recalled: true,
    date: "2021-12-02",
    article: "a1",
    sentence: "Blinken will call Lavrov.",
  };

  it("gives back every field of an interaction, its own article or the digest's", () => {
    const result: ArticleResult = {
      article: { id: "a1", title: "T", date: "2021-12-01", url: null, source: "a1.txt" },
      mentions: [],
      discovered: [],
      interactions: [full, { ...full, article: "a2", sentence: "Lavrov spoke." }],
    };
    expect(digestInteractions(digestArticle(result))).toEqual(result.interactions);
  });
});

describe("GraphAccumulator", () => {
  it("makes the nodes collectActors makes, whatever order the articles arrive in", () => {
    fc.assert(
      fc.property(corpus, ([list, order]) => {
        const results = toResults(list);
        const acc = new GraphAccumulator(testIndex);
        for (const i of order) acc.add(digestArticle(results[i]!));
        expect(JSON.stringify([...acc.nodes()])).toBe(JSON.stringify([...collectActors(results, testIndex)]));
      }),
      { numRuns: 300 },
    );
  });

  it("builds the graph assembleGraph builds from the seed articles, in any arrival order", () => {
    const { index, results } = seedResults();
    expect(results.length).toBeGreaterThan(1);
    const options = { weights: DEFAULT_WEIGHTS };
    const expected = JSON.stringify(assembleGraph(results, [], index, options));
    for (const order of [results, [...results].reverse()]) {
      const acc = new GraphAccumulator(index);
      for (const r of order) acc.add(digestArticle(r));
      expect(acc.size).toBe(results.length);
      expect(JSON.stringify(acc.finish([], options))).toBe(expected);
      // The digests are let go once read out, so the run's end does not hold them beside the graph.
      expect(acc.size).toBe(0);
    }
  });
});
