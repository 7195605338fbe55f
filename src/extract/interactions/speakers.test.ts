// findSpeakers looks mentions and cues up by binary search instead of scanning them per cue:
// it must give what the plain scans give, and a sentence repeating "A said B said ..." thousands
// of times must still read as two statements.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSpeechCues, opensReport, speakerMayFollow, type SpeechCue } from "./cues.js";
import { dedupeMentions, findSpeakers, isListGap, readSentence, type LocalMention } from "./sentence.js";

const HARD = /[;:()[\]]|\s[–—]\s|\s-\s|\*\s*\*\s*\*/;

// The reading before it was made linear, verbatim but for the targets it returns as mentions
// (and, since, a speaker after the verb only where the verb lets one stand there: ", said Peskov").
function findSpeakersPlainly(text: string, mentions: LocalMention[], speech: SpeechCue[]) {
  const out: { cue: SpeechCue; speaker: LocalMention; targets: LocalMention[] }[] = [];
  for (const cue of speech) {
    let speaker: LocalMention | undefined;
    let targets: LocalMention[] = [];
    if (cue.speakerAfter) {
      speaker = mentions.find((m) => m.start >= cue.end && m.start - cue.end <= 60 && !HARD.test(text.slice(cue.end, m.start)));
      if (speaker) targets = mentions.filter((m) => m !== speaker);
    } else {
      const before = [...mentions].reverse().find((m) => m.end <= cue.start);
      const after = mentions.find((m) => m.start >= cue.end);
      const follows = after !== undefined && after.start - cue.end <= 50 && speakerMayFollow(text, cue) && isListGap(text.slice(cue.end, after.start));
      const inverted = follows && before !== undefined && /^\s*,\s*$/.test(text.slice(before.end, cue.start));
      if (!inverted && before && cue.start - before.end <= 60 && !/[;“”"«»]/.test(text.slice(before.end, cue.start)) && !speech.some((s) => s !== cue && s.start >= before.end && s.end <= cue.start)) {
        speaker = before;
        targets = opensReport(text, cue) ? mentions.filter((m) => m.start >= cue.end) : mentions.filter((m) => m.end <= before.start);
      } else if (follows) {
        speaker = after;
        targets = mentions.filter((m) => m.end <= cue.start);
      }
    }
    if (!speaker) continue;
    const coSpeakers = cue.speakerAfter ? new Set([speaker]) : listNeighbours(text, mentions, speaker);
    out.push({ cue, speaker, targets: targets.filter((t) => !coSpeakers.has(t)) });
  }
  return out;
}

function listNeighbours(text: string, mentions: LocalMention[], m: LocalMention): Set<LocalMention> {
  const set = new Set<LocalMention>([m]);
  const i = mentions.indexOf(m);
  for (let j = i; j > 0 && isListGap(text.slice(mentions[j - 1]!.end, mentions[j]!.start)); j--) set.add(mentions[j - 1]!);
  for (let j = i; j < mentions.length - 1 && isListGap(text.slice(mentions[j]!.end, mentions[j + 1]!.start)); j++) set.add(mentions[j + 1]!);
  return set;
}

function expanded(text: string, mentionsIn: LocalMention[]) {
  const mentions = dedupeMentions(mentionsIn);
  const speech = findSpeechCues(text);
  const fast = findSpeakers(text, mentions, speech).map(({ cue, speaker, targets }) => ({
    cue,
    speaker,
    targets: mentions.slice(targets.from, targets.to).filter((t) => !targets.except.has(t)),
  }));
  return { fast, plain: findSpeakersPlainly(text, mentions, speech) };
}

const NAMES: [string, string][] = [
  ["Putin", "putin"],
  ["Biden", "biden"],
  ["Lavrov", "lavrov"],
  ["Kremlin spokesman Dmitry Peskov", "peskov"],
  ["Mr Lavrov,", "lavrov"], // a mention may end right where a cue starts
];
const GLUE = [" said ", " said that ", ", said ", " and ", ", according to ", " told ", " said; ", " stressed at the talks ", " met ", " “said” ", ". ", " said, ", ", ", "said "];

function sentence(parts: [number, number][]): { text: string; mentions: LocalMention[] } {
  let text = "";
  const mentions: LocalMention[] = [];
  for (const [n, g] of parts) {
    const [name, actor] = NAMES[n]!;
    mentions.push({ actor, start: text.length, end: text.length + name.length });
    text += name + GLUE[g]!;
  }
  return { text, mentions };
}

describe("findSpeakers", () => {
  it("gives what the plain scans give", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(NAMES.length - 1), fc.nat(GLUE.length - 1)), { minLength: 1, maxLength: 25 }), (parts) => {
        const { text, mentions } = sentence(parts);
        const { fast, plain } = expanded(text, mentions);
        expect(fast).toEqual(plain);
      }),
      { numRuns: 1000, seed: 3 },
    );
  });

  it("reads 'A said B said ...' repeated 2,000 times as the same two statements as three repeats", () => {
    const read = (n: number) => {
      const { text, mentions } = sentence(Array.from({ length: 2 * n }, (_, i) => [i % 2, 0] as [number, number]));
      return readSentence(text, mentions);
    };
    const few = read(3);
    expect(few.interactions.map((x) => `${x.type} ${x.speaker}`).sort()).toEqual(["statement biden", "statement putin"]);
    expect(read(2000)).toEqual(few);
  });
});
