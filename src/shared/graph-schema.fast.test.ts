// fastParseGraphFile against zod: whenever the fast path answers, zod accepts
// the same value and returns an equal copy (same keys, same order); on the
// files the extractor and the generator write, the fast path does answer.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { generateGraph } from "../../scripts/generate-graph.js";
import { fastParseGraphFile, graphFileSchema, parseGraphFile } from "./graph-schema.js";
import { DEFAULT_WEIGHTS } from "./types.js";
import { parseGazetteer } from "../extract/gazetteer.js";
import { buildActorIndex } from "../extract/actors/index.js";
import { assembleGraph, processArticle } from "../extract/pipeline.js";

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url), "utf8"));
const BASES: unknown[] = [
  fixture("small-graph.json"),
  fixture("seed-like-graph.json"),
  fixture("xss-graph.json"),
  JSON.parse(JSON.stringify(generateGraph({ actors: 12, edges: 30, seed: 3 }))),
];

/** What the extractor writes for a few articles with meetings, statements, co-mentions and a skipped record. */
function extractedGraph(): unknown {
  const index = buildActorIndex(parseGazetteer(readFileSync(new URL("../../graph-data/gazetteer.yaml", import.meta.url), "utf8"), "gazetteer.yaml"));
  const article = (id: string, date: string | null, text: string) => ({ id, title: `Title ${id}`, date, url: `https://example.org/${id}`, source: `${id}.txt`, text });
  const results = [
    article("a1", "2021-11-03", "Joe Biden met Vladimir Putin in Geneva on Monday. Sergei Lavrov said the talks were useful."),
    article("a2", "2022-01-10", "Antony Blinken spoke by phone with Dmitry Kuleba. Blinken will meet Lavrov next week in Geneva."),
    article("a3", null, "Emmanuel Macron and Olaf Scholz discussed Ukraine with Volodymyr Zelensky."),
    article("a4", "2022-02-01", "Talks in the Kremlin. * * * Vladimir Putin: Mr Scholz, welcome."),
  ].map((a) => processArticle(a, index));
  return assembleGraph(results, [{ source: "bad.json:2", reason: "not JSON" }], index, { weights: DEFAULT_WEIGHTS });
}

/** The same check zod alone makes, as parseGraphFile made it before the fast path. */
function agreesWithZod(value: unknown): void {
  const fast = fastParseGraphFile(value);
  if (fast === null) return;
  const slow = graphFileSchema.safeParse(value);
  expect(slow.success).toBe(true);
  expect(fast).toStrictEqual(slow.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
}

// Values zod tells apart: near-misses of every field type in the schema.
const ODD = [
  undefined, null, NaN, Infinity, -Infinity, -0, 0, 1, 1.5, -1, 2 ** 53, 2 ** 53 - 1, 1e308, "", "x", "2021-01-01", "2021-01-01\n", "2021-1-01",
  "20210-01-01", "meeting", "statement", "comention", "occurred", "denied", "phone", "video", "undirected", "directed", true, false, [], [1], ["a"], {},
  { article: "a", sentence: "s" }, new Date(0), Object.create(null), "__proto__", "constructor",
];
const value = fc.oneof(fc.constantFrom(...ODD), fc.jsonValue({ maxDepth: 2 }));

type Op = { at: number; kind: "set" | "delete" | "add" | "reverse" | "proto"; v: unknown; key: string };
const op: fc.Arbitrary<Op> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("set", "set", "set", "delete", "add", "reverse", "proto"),
  v: value,
  key: fc.constantFrom("extra", "__proto__", "key", "modality", "speaker", "transcript", "x", "weights", "corpus", "0"),
});

/** Every place in a value (a path of keys), so each field of each base is picked alike. */
function places(v: unknown, path: string[] = [], out: string[][] = []): string[][] {
  out.push(path);
  if (typeof v === "object" && v !== null) for (const k of Object.keys(v)) places((v as Record<string, unknown>)[k], [...path, k], out);
  return out;
}

/** Changes the value at place number `at` (modulo their count). */
function mutate(root: unknown, { at, kind, v, key }: Op): unknown {
  const box = { root } as Record<string, unknown>;
  const all = places(root, ["root"]);
  const path = all[at % all.length]!;
  let parent: Record<string, unknown> = box;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  const target = parent[last];
  if (kind === "set") parent[last] = v;
  else if (kind === "delete") delete parent[last];
  else if (typeof target === "object" && target !== null && !Array.isArray(target)) {
    const o = target as Record<string, unknown>;
    if (kind === "add") Object.defineProperty(o, key, { value: v, enumerable: true, configurable: true, writable: true });
    else if (kind === "reverse") parent[last] = Object.fromEntries(Object.entries(o).reverse());
    else Object.setPrototypeOf(o, v !== null && typeof v === "object" ? v : null);
  }
  return box.root;
}

describe("fastParseGraphFile", () => {
  it("answers for the files the extractor and the generator write, with zod's copy", () => {
    // Built here, not read from graph-data/graph.json: a fresh clone has none until `npm run build`.
    const built = JSON.parse(JSON.stringify(extractedGraph())) as { edges: unknown[] };
    expect(built.edges.length).toBeGreaterThan(2);
    expect(JSON.stringify(built)).toContain('"transcript":true');
    for (const base of [...BASES, built]) {
      expect(fastParseGraphFile(base)).not.toBeNull();
      agreesWithZod(base);
    }
  });

  it("answers only what zod answers, with an equal copy, on mutated files", () => {
    let answered = 0;
    let referred = 0;
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(op, { minLength: 1, maxLength: 3 }), (b, ops) => {
        let v: unknown = structuredClone(BASES[b]);
        for (const o of ops) v = mutate(v, o);
        agreesWithZod(v);
        if (fastParseGraphFile(v)) answered++;
        else referred++;
      }),
      { numRuns: 3000, seed: 7 },
    );
    // Both branches are exercised: some mutations keep the file valid, most do not.
    expect(answered).toBeGreaterThan(100);
    expect(referred).toBeGreaterThan(100);
  });

  it("leaves to zod what zod accepts but it does not decide, and parseGraphFile still accepts it", () => {
    const withUndefined = structuredClone(BASES[0]) as { nodes: { attributes: Record<string, unknown> }[] };
    withUndefined.nodes[0]!.attributes.x = undefined;
    const nullProto = structuredClone(BASES[0]) as { options: object };
    nullProto.options = Object.assign(Object.create(null), nullProto.options);
    for (const v of [withUndefined, nullProto]) {
      expect(fastParseGraphFile(v)).toBeNull();
      expect(parseGraphFile(v).ok).toBe(true);
    }
  });

  it("drops unknown keys and orders keys as zod does", () => {
    const v = structuredClone(BASES[0]) as { edges: Record<string, unknown>[] };
    v.edges[0] = { extra: 1, ...Object.fromEntries(Object.entries(v.edges[0]!).reverse()) };
    const fast = fastParseGraphFile(v)!;
    expect(Object.keys(fast.edges[0]!)).toEqual(Object.keys(graphFileSchema.parse(v).edges[0]!));
    expect(fast.edges[0]).not.toHaveProperty("extra");
  });
});
