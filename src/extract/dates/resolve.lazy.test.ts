// resolveArticleDates skips sentences whose dates cannot matter: on the needed sentences
// it must give exactly what reading every sentence in turn gives.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PreparedArticle } from "../../shared/types.js";
import { readInput } from "../../cli/read-inputs.js";
import { walkInputs } from "../../cli/walk-inputs.js";
import { prepareArticle } from "../prepare.js";
import { prepared } from "./prepared.fixture.js";
import { resolveArticleDates, resolveArticleDatesInOrder } from "./resolve.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const KREMLIN = resolve(ROOT, "../shared/corpus/kremlin/putin.csv");
const SEEDS = resolve(ROOT, "graph-data/articles");

function expectSameOnNeeded(p: PreparedArticle, needed: Set<number>): void {
  const fast = resolveArticleDates(p, needed);
  const plain = resolveArticleDatesInOrder(p, needed);
  for (const i of needed) {
    if (i >= p.sentences.length) continue;
    expect({ i, spans: fast.spans[i], inherited: fast.inheritedAt!(i), deixis: fast.deixis[i] }).toEqual({
      i,
      spans: plain.spans[i],
      inherited: plain.inherited[i],
      deixis: plain.deixis[i],
    });
  }
}

async function articles(path: string): Promise<PreparedArticle[]> {
  const out: PreparedArticle[] = [];
  for (const file of walkInputs([path]).files) {
    for await (const e of readInput(file, () => {})) if (e.type === "article") out.push(prepareArticle(e.article));
  }
  return out;
}

// Seeded choice of needed sentences: a single one, three, the last, every third.
function neededSets(n: number, seed: number): Set<number>[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) % Math.max(1, n);
  return [new Set([next()]), new Set([next(), next(), next()]), new Set([n - 1]), new Set([...Array(n).keys()].filter((i) => i % 3 === 2))];
}

describe.skipIf(!existsSync(KREMLIN))("lazy date resolution on the Kremlin corpus", () => {
  it("equals the in-order reading on the needed sentences", async () => {
    const all = await articles(KREMLIN);
    expect(all.length).toBe(816);
    for (const [k, p] of all.entries()) for (const needed of neededSets(p.sentences.length, k + 1)) expectSameOnNeeded(p, needed);
  }, 120_000);
});

describe.skipIf(!existsSync(SEEDS))("lazy date resolution on the seeds", () => {
  it("equals the in-order reading on the needed sentences", async () => {
    const all = await articles(SEEDS);
    expect(all.length).toBeGreaterThan(0);
    for (const [k, p] of all.entries()) for (const needed of neededSets(p.sentences.length, k + 7)) expectSameOnNeeded(p, needed);
  });
});

// Sentences built from what moves the anchors: explicit, anaphoric and relative dates, datelines, paragraph breaks.
const PIECES = [
  "On October 19, Austin met Taran.",
  "A day earlier, Lavrov said so.",
  "Two days later they met.",
  "The day before, the delegation arrived.",
  "He spoke on the eve.",
  "In the evening, he met Zelensky.",
  "That day the talks went on.",
  "Last Thursday, Blinken met Kuleba.",
  "They met in December 2019.",
  "Biden spoke.",
  "Washington US, February 18 ANI: Lavrov proposed a meeting.",
  "MOSCOW, Feb 3 (Reuters) - Putin called Macron.",
  "signed on 12.02.2022 in Minsk.",
  "Yesterday Putin met Lukashenko.",
  "next week the summit opens.",
  "It began at 10 a.m. on Day 3.",
  "Following talks held on February 22, they spoke by phone.",
  // Dates too far from the moment of writing to pass on to the paragraph, alone and after a near one.
  "The defence began on October 30, 1941.",
  "On November 2, Putin recalled October 30, 1941.",
  "The plant opens on January 1, 2030.",
];

describe("lazy date resolution on generated articles", () => {
  it("equals the in-order reading on any needed sentences", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(20), { maxLength: 4 }),
        (paragraphs, picks) => {
          const p = prepared("2021-11-03", paragraphs);
          expectSameOnNeeded(p, new Set(picks.map((i) => i % p.sentences.length)));
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe("lazy date resolution on very long articles", () => {
  it("follows a chain of 20,000 dates each counting from the one before (deeper than the call stack)", () => {
    const chain = Array.from({ length: 20_000 }, () => "A day earlier, Lavrov met Blinken.");
    const p = prepared("2021-11-03", [["On October 19, Austin met Taran.", ...chain]]);
    const last = p.sentences.length - 1;
    const needed = new Set([last]);
    expect(resolveArticleDates(p, needed).spans[last]).toEqual(resolveArticleDatesInOrder(p, needed).spans[last]);
    // October 19 less 20,000 days.
    expect(resolveArticleDates(p, needed).spans[last]!.map((s) => s.date)).toEqual(["1967-01-16"]);
  }, 120_000);

  it("takes more needed sentences than a function call takes arguments", () => {
    const p = prepared("2021-11-03", [Array.from({ length: 200_000 }, () => "Biden spoke.")]);
    const needed = new Set(p.sentences.map((s) => s.index));
    expect(resolveArticleDates(p, needed).spans.filter(Boolean)).toHaveLength(200_000);
  }, 120_000);
});
