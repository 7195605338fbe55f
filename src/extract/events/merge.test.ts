import { describe, expect, it } from "vitest";
import type { RawInteraction } from "../../shared/types.js";
import { findActors } from "../actors/index.js";
import { article, testIndex } from "../actors/test-gazetteer.js";
import { findInteractions } from "../interactions/index.js";
import { prepareArticle } from "../prepare.js";
import { mergeEvents } from "./merge.js";

const meeting = (date: string, modality: RawInteraction["modality"], extra: Partial<RawInteraction> = {}): RawInteraction => ({
  type: "meeting",
  a: "blinken",
  b: "lavrov",
  modality,
  date,
  article: "x",
  sentence: `${modality} ${date}`,
  ...extra,
});

describe("mergeEvents", () => {
  it("merges reports of one meeting within two days, keeping each piece of evidence", () => {
    const out = mergeEvents([meeting("2021-12-02", "occurred", { channel: "in-person" }), meeting("2021-12-03", "occurred", { article: "y" })]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ modality: "occurred", channel: "in-person", date: "2021-12-02" });
    expect(out[0]!.evidence).toHaveLength(2);
  });

  it("marks a statement read from transcripts only as one, and one also reported as not", () => {
    const said = (article: string, transcript: boolean): RawInteraction => ({
      type: "statement",
      a: "biden",
      b: "putin",
      speaker: "putin",
      date: "2022-03-03",
      article,
      sentence: article,
      ...(transcript ? { transcript: true as const } : {}),
    });
    expect(mergeEvents([said("a", true), said("b", true)])).toMatchObject([{ transcript: true, evidence: [{ article: "a" }, { article: "b" }] }]);
    const mixed = mergeEvents([said("a", true), said("b", false)]);
    expect(mixed).toHaveLength(1);
    expect(mixed[0]).not.toHaveProperty("transcript");
  });

  it("keeps apart reports a day apart when each is dated on its own article's day", () => {
    // Kremlin: the Security Council's permanent members met Putin by video on 2021-11-18 and again on the 19th.
    const daily = (date: string, article: string) => meeting(date, "occurred", { channel: "video", article, onArticleDay: true });
    expect(mergeEvents([daily("2021-11-18", "a"), daily("2021-11-19", "b")])).toHaveLength(2);
    expect(mergeEvents([daily("2021-11-18", "a"), daily("2021-11-18", "b")])).toHaveLength(1);
    // A report whose date was read from its words ("on Thursday") may still be a day off: one meeting.
    expect(mergeEvents([daily("2021-11-18", "a"), meeting("2021-11-19", "occurred", { channel: "video", article: "b" })])).toHaveLength(1);
  });

  it("joins a meeting told of as recent, dated only by its article, to the pair's last meeting before it", () => {
    // Kremlin, 2022-02-08: Macron's "recent videoconference meeting" with Aliyev and Pashinyan was on February 4.
    const held = meeting("2022-02-04", "occurred", { channel: "video", article: "a", sentence: "Last Friday, A and I conducted a videoconference meeting." });
    const recalled = meeting("2022-02-08", "occurred", { channel: "video", article: "b", onArticleDay: true, recalled: true, sentence: "his recent videoconference meeting" });
    const out = mergeEvents([recalled, held]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ date: "2022-02-04", evidence: [{ article: "a" }, { article: "b" }] });
    // None within two weeks before it, or only one after it: a meeting of its own, on its article's day.
    expect(mergeEvents([recalled, meeting("2022-01-10", "occurred", { channel: "video", article: "c" })])).toHaveLength(2);
    expect(mergeEvents([recalled, meeting("2022-02-09", "occurred", { channel: "video", article: "c" })])).toHaveLength(2);
    // Alone but for a plan that joins it, it keeps its own day.
    const withPlan = mergeEvents([recalled, meeting("2022-02-06", "planned", { article: "d" })]);
    expect(withPlan).toMatchObject([{ modality: "occurred", date: "2022-02-08" }]);
  });

  it("joins what is said to have been agreed or discussed at a pair's calls to their last call before it", () => {
    // Kremlin: Lukashenko and Merkel spoke on November 17, 2021; the releases of Putin's calls with Mario Draghi on
    // the 22nd and with Charles Michel on the 24th refer back to their calls, and had each made a call of its own day.
    const read = (id: string, date: string, text: string) => {
      const p = prepareArticle({ ...article(text, date), id });
      return findInteractions(p, findActors(p, testIndex), testIndex);
    };
    const raw = [
      ...read(
        "a",
        "2021-11-19",
        "Alexander Lukashenko spoke about the measures Minsk is taking to de-escalate the crisis and provide humanitarian aid to the migrants, as well as about his telephone conversation with Acting Federal Chancellor of Germany Angela Merkel on November 17.",
      ),
      ...read(
        "b",
        "2021-11-22",
        "Both sides noted the expediency of developing practical cooperation between the EU and Minsk for a quick settlement of the crisis in accordance with the norms of humanitarian law, as discussed by President of Belarus Alexander Lukashenko and Acting Federal Chancellor of Germany Angela Merkel during their recent contacts over the telephone.",
      ),
      ...read(
        "c",
        "2021-11-24",
        "Support was affirmed for systematic EU-Minsk cooperation, as agreed during President of Belarus Alexander Lukashenko's telephone conversations with Acting Chancellor of Germany Angela Merkel.",
      ),
    ];
    const calls = mergeEvents(raw).filter((e) => e.type === "meeting" && e.b === "merkel");
    expect(calls).toMatchObject([{ a: "alexander-lukashenko", modality: "occurred", channel: "phone", date: "2021-11-17" }]);
    expect(calls[0]!.evidence.map((e) => e.article)).toEqual(["a", "b", "c"]);
  });

  it("keeps meetings a week apart, and meetings by different channels, apart", () => {
    expect(mergeEvents([meeting("2021-12-02", "occurred"), meeting("2021-12-09", "occurred")])).toHaveLength(2);
    expect(mergeEvents([meeting("2021-12-02", "occurred", { channel: "phone" }), meeting("2021-12-02", "occurred", { channel: "in-person", sentence: "b" })])).toHaveLength(2);
  });

  it("turns a plan later reported as held into one occurred meeting", () => {
    const out = mergeEvents([meeting("2021-12-05", "planned", { article: "a" }), meeting("2021-12-07", "occurred", { article: "b" })]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ modality: "occurred", date: "2021-12-07" });
    expect(out[0]!.evidence.map((e) => e.article)).toEqual(["a", "b"]);
  });

  it("turns a plan later cancelled into one cancelled meeting dated by the cancellation", () => {
    const out = mergeEvents([meeting("2022-02-18", "planned"), meeting("2022-02-25", "proposed"), meeting("2022-02-24", "cancelled")]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ modality: "cancelled", date: "2022-02-24" });
    expect(out[0]!.evidence).toHaveLength(3);
  });

  it("never merges a held meeting with a cancelled or denied one", () => {
    expect(mergeEvents([meeting("2022-02-24", "occurred"), meeting("2022-02-24", "cancelled")])).toHaveLength(2);
    expect(mergeEvents([meeting("2022-02-24", "occurred"), meeting("2022-02-24", "denied")])).toHaveLength(2);
  });

  it("upgrades a proposal to a plan when it is accepted", () => {
    expect(mergeEvents([meeting("2022-02-20", "proposed"), meeting("2022-02-21", "planned")])[0]!.modality).toBe("planned");
  });

  it("merges statements by pair, speaker and date; co-mentions by pair and article", () => {
    const st = (speaker: string, date: string, article: string): RawInteraction => ({ type: "statement", a: "biden", b: "putin", speaker, date, article, sentence: `${speaker}${date}${article}` });
    expect(mergeEvents([st("biden", "2021-12-07", "a"), st("biden", "2021-12-07", "b"), st("putin", "2021-12-07", "a"), st("biden", "2021-12-08", "a")])).toHaveLength(3);
    const cm = (article: string, sentence: string): RawInteraction => ({ type: "comention", a: "biden", b: "putin", date: "2021-12-07", article, sentence });
    const out = mergeEvents([cm("a", "1"), cm("a", "2"), cm("b", "1")]);
    expect(out).toHaveLength(2);
    expect(out[0]!.evidence).toHaveLength(2);
  });

  it("does not depend on input order", () => {
    const items = [meeting("2022-02-18", "planned"), meeting("2022-02-24", "cancelled"), meeting("2021-12-02", "occurred"), meeting("2021-12-03", "occurred", { sentence: "z" })];
    expect(mergeEvents([...items].reverse()).map((e) => [e.modality, e.date])).toEqual(mergeEvents(items).map((e) => [e.modality, e.date]));
  });
});

describe("mergeEvents: stated and defaulted channels", () => {
  it("merges a defaulted in-person report into a stated video call, which keeps its channel", () => {
    const out = mergeEvents([
      meeting("2021-12-07", "occurred", { channel: "in-person", channelDefault: true, sentence: "a" }),
      meeting("2021-12-07", "occurred", { channel: "video", sentence: "b" }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ channel: "video" });
    expect(out[0]).not.toHaveProperty("channelDefault");
  });

  it("keeps the default when no report states a channel", () => {
    const out = mergeEvents([meeting("2021-12-07", "occurred", { channel: "in-person", channelDefault: true }), meeting("2021-12-07", "occurred", { sentence: "b" })]);
    expect(out).toHaveLength(1);
    expect(out[0]!.channel).toBe("in-person");
  });

  it("still keeps two stated channels apart", () => {
    expect(mergeEvents([meeting("2021-12-07", "occurred", { channel: "phone" }), meeting("2021-12-07", "occurred", { channel: "video", sentence: "b" })])).toHaveLength(2);
  });
});
