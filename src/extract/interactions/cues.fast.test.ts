// The cue finders scan once for the union of their patterns; they must find exactly what scanning
// every pattern on its own finds.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readInput } from "../../cli/read-inputs.js";
import { walkInputs } from "../../cli/walk-inputs.js";
import { prepareArticle } from "../prepare.js";
import { findMeetingCues, findMeetingCuesEach, findModalityCues, findModalityCuesEach } from "./cues.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const KREMLIN = resolve(ROOT, "../shared/corpus/kremlin/putin.csv");
const SEEDS = resolve(ROOT, "graph-data/articles");

async function sentences(path: string): Promise<string[]> {
  const out: string[] = [];
  for (const file of walkInputs([path]).files) {
    for await (const e of readInput(file, () => {})) if (e.type === "article") for (const s of prepareArticle(e.article).sentences) out.push(s.text);
  }
  return out;
}

function expectSame(text: string): void {
  expect(findMeetingCues(text)).toEqual(findMeetingCuesEach(text));
  expect(findModalityCues(text)).toEqual(findModalityCuesEach(text));
}

describe.skipIf(!existsSync(KREMLIN))("cue finders on the Kremlin corpus", () => {
  it("find what every pattern scanned on its own finds, in every sentence", async () => {
    const all = await sentences(KREMLIN);
    expect(all.length).toBeGreaterThan(30_000);
    let withCues = 0;
    for (const text of all) {
      expectSame(text);
      if (findMeetingCuesEach(text).length > 0) withCues++;
    }
    expect(withCues).toBeGreaterThan(1000);
  }, 60_000);
});

describe.skipIf(!existsSync(SEEDS))("cue finders on the seeds", () => {
  it("find what every pattern scanned on its own finds, in every sentence", async () => {
    for (const text of await sentences(SEEDS)) expectSame(text);
  });
});

// Words the patterns are made of, run together with little filler so matches touch and overlap.
const WORDS = [
  "met", "meets", "meeting", "meetings", "meeting up", "talks", "talk", "talked", "spoke", "spoken", "speaks", "with", "by", "on the",
  "over the", "phone", "telephone", "telephoned", "phoned", "conversation", "conversations", "calls", "call", "video", "videoconference",
  "video conference", "video link", "virtual", "online", "summit", "in-person", "in person", "face-to-face", "held", "had", "has",
  "a", "an", "bilateral", "working", "negotiations", "discussed", "received", "shook hands", "hosted", "did not", "didn't", "never",
  "no such", "cancelled", "called off", "will", "meet", "is", "due", "to", "agreed", "accepted", "the invitation", "upcoming",
  "offered", "ready", "proposal", "wants", "hopes", "open", "not", "refused", "scrapped", "between", "dialogue", "was", "scheduled",
  "planned", "expected", "going",
];
const JOIN = [" ", " ", " ", " ", " ", "", "  ", ", ", "-", ". ", "\n", "x", "’"];

describe("cue finders on overlapping cues", () => {
  it("find a pattern again inside another's match, and never inside its own", () => {
    for (const text of [
      "The summit was scheduled to open; Lavrov spoke by phone calls aside, then held talks.",
      "They did not meet; no such meeting took place, and the call was called off.",
      "Putin will not meet Biden, who is ready to meet and wants to meet.",
    ]) {
      expectSame(text);
      expect(findModalityCues(text).length + findMeetingCues(text).length).toBeGreaterThan(2);
    }
  });
});

describe("cue finders on generated text", () => {
  it("find what every pattern scanned on its own finds", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...JOIN), fc.boolean()), { maxLength: 30 }), (parts) => {
        const text = parts.map(([w, j, upper]) => (upper ? w.toUpperCase() : w) + j).join("");
        expectSame(text);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it("find what every pattern finds in any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => expectSame(text)),
      { numRuns: 2000, seed: 11 },
    );
  });
});
