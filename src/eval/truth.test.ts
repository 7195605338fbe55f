import { describe, expect, it } from "vitest";
import type { RawInteraction } from "../shared/types.js";
import { scoreAgainstTruth, truthReport, type TruthFact } from "./truth.js";

const fact = (f: Partial<TruthFact>): TruthFact => ({ article: "a1", type: "meeting", a: "biden", b: "putin", date: "2022-01-05", sentence: "Biden met Putin.", ...f });
const found = (x: Partial<RawInteraction>): RawInteraction => ({ article: "a1", type: "meeting", a: "biden", b: "putin", date: "2022-01-05", sentence: "Biden met Putin.", ...x });

describe("scoreAgainstTruth", () => {
  it("matches on article, type, pair (either order) and sentence, and counts the rest as missed or not in the truth", () => {
    const truth = [
      fact({ modality: "occurred", channel: "in-person" }),
      fact({ type: "statement", speaker: "putin", sentence: "Putin said Biden lied." }),
      fact({ article: "a2", sentence: "Biden met Putin again." }),
    ];
    const score = scoreAgainstTruth(truth, [
      found({ a: "putin", b: "biden", modality: "occurred", channel: "in-person" }),
      found({ type: "statement", speaker: "putin", sentence: "Putin said Biden lied." }),
      // The right pair in the wrong sentence, and a pair the truth does not have.
      found({ article: "a2", sentence: "Biden and Putin were named." }),
      found({ type: "statement", a: "biden", b: "xi", speaker: "xi", sentence: "Xi praised Biden." }),
    ]);
    expect(score.types.meeting).toEqual({ truth: 2, found: 2, matched: 1 });
    expect(score.types.statement).toEqual({ truth: 1, found: 2, matched: 1 });
    expect(score.missed.map((m) => m.sentence)).toEqual(["Biden met Putin again."]);
    expect(score.spurious.map((x) => x.sentence)).toEqual(["Biden and Putin were named.", "Xi praised Biden."]);
  });

  it("compares date, modality, channel (where the truth names one) and speaker on what matched", () => {
    const truth = [
      fact({ modality: "occurred", channel: "phone", date: "2022-01-04" }),
      fact({ modality: "planned", sentence: "Biden will meet Putin." }),
      fact({ type: "statement", speaker: "putin", sentence: "Putin said Biden lied." }),
    ];
    const score = scoreAgainstTruth(truth, [
      found({ modality: "occurred", channel: "in-person" }),
      found({ modality: "occurred", channel: "in-person", sentence: "Biden will meet Putin." }),
      found({ type: "statement", speaker: "biden", sentence: "Putin said Biden lied." }),
    ]);
    expect(score.date).toMatchObject({ compared: 3, correct: 2 });
    expect(score.date.wrong).toEqual(["got 2022-01-05, want 2022-01-04: Biden met Putin."]);
    expect(score.modality).toMatchObject({ compared: 2, correct: 1 });
    expect(score.channel).toMatchObject({ compared: 1, correct: 0 });
    expect(score.speaker).toMatchObject({ compared: 1, correct: 0, wrong: ["got biden, want putin: Putin said Biden lied."] });
  });

  it("leaves out a truth co-mention of a pair the article shows meeting, which the graph keeps instead", () => {
    const truth = [fact({}), fact({ type: "comention", sentence: "Biden and Putin differ." }), fact({ type: "comention", a: "biden", b: "xi", sentence: "Biden and Xi differ." })];
    const score = scoreAgainstTruth(truth, [found({}), found({ type: "comention", a: "biden", b: "xi", sentence: "Biden and Xi differ." })]);
    expect(score.comentionsOutranked).toBe(1);
    expect(score.types.comention).toEqual({ truth: 1, found: 1, matched: 1 });
  });

  it("reports recall and precision per type", () => {
    const lines = truthReport(scoreAgainstTruth([fact({}), fact({ sentence: "Biden met Putin again." })], [found({})]));
    expect(lines[0]).toBe("  meetings:    recall 0.500 (1/2), precision 1.000 (1/1)");
    expect(lines).toContain("  missed meeting biden-putin: Biden met Putin again.");
  });
});
