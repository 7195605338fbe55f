import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article, ArticleResult, RawInteraction, Skipped } from "../shared/types.js";
import { DEFAULT_WEIGHTS } from "../shared/types.js";
import { modalities } from "../shared/graph-schema.js";
import { testIndex } from "../extract/actors/test-gazetteer.js";
import type { ActorIndex } from "../extract/actors/index.js";
import { assembleGraph, processArticle } from "../extract/pipeline.js";
import { GraphAccumulator } from "../extract/graph/accumulate.js";
import { digestArticle } from "../extract/graph/digest.js";
import { SpilledArticles } from "./spilled-articles.js";
import { SpillFile } from "./spill-file.js";
import { seedResults } from "../extract/graph/seed-results.fixture.js";

interface Options {
  weights: typeof DEFAULT_WEIGHTS;
  corpus?: string;
}

/** The file a run writes when it folds `results` in, in `order`, keeping them on disk. */
function spilledFile(results: ArticleResult[], order: number[], index: ActorIndex, skipped: Skipped[], options: Options): string {
  const parent = mkdtempSync(join(tmpdir(), "spill-test-"));
  try {
    const spilled = new SpilledArticles(parent);
    const acc = new GraphAccumulator(index, spilled.add);
    for (const i of order) acc.add(digestArticle(results[i]!));
    // The files are open but have no name: nothing is left on disk whatever ends the run.
    expect(readdirSync(parent)).toEqual([]);
    const graph = spilled.graph(acc.nodes(), skipped, options);
    graph.write(join(parent, "graph.json"));
    spilled.dispose();
    expect(readdirSync(parent)).toEqual(["graph.json"]);
    return readFileSync(join(parent, "graph.json"), "utf8");
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

const KEYS = ["biden", "trump", "blinken", "valeri-gergiev", "jane-doe"];
const interaction = fc.record({
  type: fc.constantFrom("meeting" as const, "statement" as const, "comention" as const),
  a: fc.constantFrom(...KEYS),
  b: fc.constantFrom(...KEYS),
  modality: fc.constantFrom(...modalities),
  channel: fc.option(fc.constantFrom("phone" as const, "video" as const, "in-person" as const), { nil: undefined }),
  channelDefault: fc.boolean(),
  transcript: fc.boolean(),
  onArticleDay: fc.boolean(),
  recalled: fc.boolean(),
  speaker: fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
  date: fc.option(fc.constantFrom("2022-01-01", "2022-01-02", "2022-01-10"), { nil: null }),
  elsewhere: fc.boolean(),
  // Multi-byte text: sentences are found by byte offset. An empty one shares its offset with the next.
  sentence: fc.constantFrom("They met.", "Зеленский said so.", "Both were there — “twice”.", "🙂 Again.", ""),
});
const result = fc.record({
  date: fc.option(fc.constantFrom("2021-05-01", "2022-01-01"), { nil: null }),
  title: fc.constantFrom("T", "Тема", "A “quoted” title"),
  actors: fc.subarray(KEYS),
  interactions: fc.array(interaction, { maxLength: 5 }),
});

function toResult(r: typeof result extends fc.Arbitrary<infer T> ? T : never, i: number): ArticleResult {
  // Ids shared by two sources, as the CLI allows when the sources differ.
  const id = `a${i % 3}`;
  const interactions: RawInteraction[] = r.interactions.map((x) => {
    const [a, b] = x.a < x.b ? [x.a, x.b] : [x.b, x.a];
    // Now and then an interaction names another article than the one it came in: the digest keeps it apart.
    const out: RawInteraction = { type: x.type, a, b, date: x.date, article: x.elsewhere ? "a-other" : id, sentence: x.sentence };
    if (x.type === "meeting") out.modality = x.modality;
    if (x.type === "meeting" && x.channel) out.channel = x.channel;
    if (x.type === "meeting" && x.channel && x.channelDefault) out.channelDefault = true;
    if (x.type === "statement" && x.speaker) out.speaker = x.speaker;
    if (x.type === "statement" && x.transcript) out.transcript = true;
    if (x.type === "meeting" && x.onArticleDay) out.onArticleDay = true;
    if (x.type === "meeting" && x.onArticleDay && x.recalled) out.recalled = true;
    return out;
  });
  return {
    article: { id, title: r.title, date: r.date, url: i % 2 ? `https://example.org/${i}` : null, source: `s${i}.txt` },
    mentions: r.actors.map((actor, k) => ({ actor, sentence: k, start: k, end: k + 1, surface: actor, via: "name" as const })),
    // "Valery Gergiev" is found under its folded key; the file keys it by its label's slug.
    discovered: r.actors.includes("valeri-gergiev") ? [{ key: "valeri-gergiev", label: "Valery Gergiev", role: null, affiliation: null, surfaces: ["Valery Gergiev"] }] : [],
    interactions,
  };
}

describe("SpilledArticles", () => {
  it("writes the bytes assembleGraph gives, for any articles in any arrival order", () => {
    const skipped: Skipped[] = [{ source: "bad.json", reason: "malformed JSON" }];
    fc.assert(
      fc.property(
        fc.array(result, { minLength: 1, maxLength: 7 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list.map((_, i) => i), { minLength: list.length }))),
        ([list, order]) => {
          const results = list.map(toResult);
          const options = { weights: DEFAULT_WEIGHTS, corpus: "Test corpus" };
          const expected = JSON.stringify(assembleGraph(results, skipped, testIndex, options));
          expect(spilledFile(results, order, testIndex, skipped, options)).toBe(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("renames a discovered person by label in pairs and as a speaker, as buildGraph does", () => {
    const articles: Article[] = [
      { id: "a1", title: "", date: "2022-02-15", url: null, source: "a1.txt", text: "Joe Biden met conductor Yuri Bashmet in Moscow. Yuri Bashmet thanked him." },
      { id: "a2", title: "", date: "2022-03-01", url: null, source: "a2.txt", text: "Conductor Yury Bashmet said that Joe Biden was right." },
    ];
    const results = articles.map((a) => processArticle(a, testIndex));
    const whole = assembleGraph(results, [], testIndex, { weights: DEFAULT_WEIGHTS });
    // The case is really there: a renamed key (not the folded "iuri-bashmet") in a pair and as a speaker.
    const edge = whole.edges.find((e) => e.key === "biden--yuri-bashmet");
    expect(edge?.attributes.interactions.map((x) => x.speaker ?? null)).toContain("yuri-bashmet");
    for (const order of [[0, 1], [1, 0]]) {
      expect(spilledFile(results, order, testIndex, [], { weights: DEFAULT_WEIGHTS })).toBe(JSON.stringify(whole));
    }
  });

  it("writes the seed graph assembleGraph builds", () => {
    const { index, results } = seedResults();
    const expected = JSON.stringify(assembleGraph(results, [], index, { weights: DEFAULT_WEIGHTS }));
    expect(JSON.parse(expected).edges.length).toBeGreaterThan(5);
    const order = results.map((_, i) => results.length - 1 - i);
    expect(spilledFile(results, order, index, [], { weights: DEFAULT_WEIGHTS })).toBe(expected);
  });

  it("counts undated articles, and can be disposed of twice", () => {
    const parent = mkdtempSync(join(tmpdir(), "spill-test-"));
    try {
      const spilled = new SpilledArticles(parent);
      const article = { id: "x", title: "", date: null, url: null, source: "x.txt" };
      spilled.add({ article, sentences: [], interactions: [] });
      spilled.add({ article: { ...article, id: "y", date: "2022-01-01" }, sentences: [], interactions: [] });
      expect([spilled.articles, spilled.undated]).toEqual([2, 1]);
      spilled.dispose();
      spilled.dispose();
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe("SpillFile", () => {
  it("reads back each record by byte offset and the whole file in chunks, whatever the characters", () => {
    const parent = mkdtempSync(join(tmpdir(), "spill-test-"));
    try {
      const file = new SpillFile(join(parent, "f"));
      // Small records, then ones bigger than the buffer, with characters of 1 to 4 bytes across chunk ends.
      const records = ["a", "é", "Зеленский", "🙂", "x".repeat(300_000) + "€", "é".repeat(700_000), "🙂".repeat(400_000), "end"];
      const spans = records.map((r) => {
        const at = file.append(r);
        return [at, file.size - at] as const;
      });
      expect(file.size).toBe(Buffer.byteLength(records.join("")));
      records.forEach((r, i) => expect(file.read(spans[i]![0], spans[i]![1])).toBe(r));
      // Each piece is read before the next is asked for, as writeJsonAtomic reads them.
      const chunks = Array.from(file.chunks(), (c) => Buffer.from(c));
      expect(Buffer.concat(chunks).toString("utf8")).toBe(records.join(""));
      // Small pieces: never one big string or buffer for the whole file.
      expect(Math.max(...chunks.map((c) => c.length))).toBe(1 << 15);
      file.close();
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
