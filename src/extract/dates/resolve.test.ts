import { describe, expect, it } from "vitest";
import { dateAt, findDates, resolveArticleDates } from "./resolve.js";
import { prepared } from "./prepared.fixture.js";


const first = (text: string, ref: string) => findDates(text, ref, ref)[0]?.date;
/** The date of an event cued at the start of the lone sentence of an article written on `articleDate`. */
const dateOfLone = (articleDate: string, sentence: string, past: boolean) => dateAt(resolveArticleDates(prepared(articleDate, [[sentence]])), 0, { at: 0, past });

describe("findDates", () => {
  it("resolves explicit and weekday dates against the article date", () => {
    expect(first("On October 19, he met", "2021-11-03")).toBe("2021-10-19");
    expect(first("Last Thursday, Blinken met", "2021-12-07")).toBe("2021-12-02");
    expect(first("talks on Tuesday, February 22", "2022-02-23")).toBe("2022-02-22");
    expect(first("shake hands on Thursday, December 2, 2021", "2021-12-07")).toBe("2021-12-02");
    expect(first("scheduled for Thursday", "2022-02-23")).toBe("2022-02-24");
  });

  it("reads a month with its year as the month's first day, and ignores times and bare years", () => {
    expect(first("they met in December 2019", "2021-11-03")).toBe("2019-12-01");
    expect(findDates("at 10 a.m. and at 18:00, since 2014", "2021-12-07", "2021-12-07")).toEqual([]);
  });

  it("counts anaphoric expressions from the narrative date, not the article date", () => {
    expect(findDates("A day earlier, Lavrov said", "2021-11-03", "2021-11-02")[0]?.date).toBe("2021-11-01");
    expect(findDates("The day before, the delegation", "2021-11-03", "2021-04-10")[0]?.date).toBe("2021-04-09");
    expect(findDates("two days later they met", "2021-11-03", "2021-10-01")[0]?.date).toBe("2021-10-03");
    expect(findDates("made on the eve by Psaki", "2021-04-10", "2021-04-10")[0]?.date).toBe("2021-04-09");
  });

  it("reads dotted dates day first", () => {
    expect(first("signed on 12.02.2022 in Minsk", "2022-03-01")).toBe("2022-02-12");
  });
});

describe("resolveArticleDates", () => {
  it("lets an undated sentence inherit its paragraph's date, and resets at a new paragraph", () => {
    const p = prepared("2021-11-03", [["On October 19, Austin met Taran.", "In the evening, he met Zelensky."], ["Biden spoke."]]);
    const d = resolveArticleDates(p);
    expect(dateAt(d, 1, { at: 0, past: true })).toBe("2021-10-19");
    expect(dateAt(d, 2, { at: 0, past: true })).toBe("2021-11-03");
  });

  it("passes on to the paragraph only dates within a year of the moment of writing", () => {
    const date = (paragraph: string[], i: number) => dateAt(resolveArticleDates(prepared("2021-11-04", [paragraph])), i, { at: 0, past: true });
    // Kremlin, 2021-11-04: the remark was dated 1941 by the sentence before it.
    const sevastopol = ["Eighty years ago, on October 30, 1941, the heroic Defence of Sevastopol began.", "The Governor added that he agreed with the President's remark."];
    expect(date(sevastopol, 1)).toBe("2021-11-04");
    // The paragraph's near date survives a sentence of history, and a near date beside the old one is passed on.
    expect(date(["On November 2, Putin met Shoigu.", ...sevastopol], 2)).toBe("2021-11-02");
    expect(date(["On November 3, Putin recalled October 30, 1941.", "He then met Razvozhayev."], 1)).toBe("2021-11-03");
    expect(date(["The plant will open by January 1, 2030.", "Putin met the governor."], 1)).toBe("2021-11-04");
    // A year back is still news; a sentence's own old date still dates it.
    expect(date(["On December 1, 2020, Putin met Shoigu.", "He also met Gerasimov."], 1)).toBe("2020-12-01");
    expect(date(["Putin and Lukashenko met on May 9, 2012."], 0)).toBe("2012-05-09");
  });

  it("does not date a plan by a past paragraph date, nor a past event by a future one", () => {
    const signed = resolveArticleDates(prepared("2021-11-23", [["On January 11, 2021, the leaders signed a statement.", "Putin is also expected to meet Aliyev."]]));
    expect(dateAt(signed, 1, { at: 0, past: false })).toBe("2021-11-23");
    expect(dateAt(signed, 1, { at: 0, past: true })).toBe("2021-01-11");
    const visit = resolveArticleDates(prepared("2022-01-20", [["Putin will visit Beijing on February 4.", "He met the envoy."]]));
    expect(dateAt(visit, 1, { at: 0, past: true })).toBe("2022-01-20");
    expect(dateAt(visit, 1, { at: 0, past: false })).toBe("2022-02-04");
    // A day either side is the same news ("yesterday's talks", "tomorrow's meeting").
    const yesterday = resolveArticleDates(prepared("2022-02-21", [["Yesterday Putin spoke to Macron.", "Lavrov will call Le Drian."]]));
    expect(dateAt(yesterday, 1, { at: 0, past: false })).toBe("2022-02-20");
  });

  it("takes the date expression nearest to the cue", () => {
    const text = "Last week I agreed to meet Lavrov on February 24, Blinken said at talks with Kuleba on Tuesday, February 22.";
    const d = resolveArticleDates(prepared("2022-02-23", [[text]]));
    expect(dateAt(d, 0, { at: text.indexOf("meet"), past: false })).toBe("2022-02-24");
    expect(dateAt(d, 0, { at: text.indexOf("talks"), past: true })).toBe("2022-02-22");
  });

  it("moves a bare date after the article into the past for past events", () => {
    const d = resolveArticleDates(prepared("2021-11-03", [["On December 19, they met."]]));
    expect(dateAt(d, 0, { at: 0, past: true })).toBe("2020-12-19");
  });

  it("moves a bare date months before the article into the next year for plans", () => {
    // Written on 2022-01-10: chrono puts July 12 in 2021 (182 days back, against 183 ahead).
    expect(dateOfLone("2022-01-10", "Putin will meet Scholz on July 12.", false)).toBe("2022-07-12");
    expect(dateOfLone("2022-01-10", "Putin will meet Scholz on July 11.", false)).toBe("2022-07-11");
    expect(dateOfLone("2022-01-10", "Putin met Scholz on July 12.", true)).toBe("2021-07-12");
    // A plan a few days gone by is not next year's: it is no date of this plan at all.
    expect(dateOfLone("2022-01-10", "Putin will meet Scholz on January 3.", false)).toBe("2022-01-10");
    // A leap day has no day a year away (a past one had been made "2023-02-29").
    expect(dateOfLone("2024-09-10", "Putin will meet Scholz on February 29.", false)).toBe("2024-09-10");
    expect(dateOfLone("2024-01-10", "Putin met Scholz on February 29.", true)).toBe("2024-01-10");
  });

  it("reads a bare weekday as the last one for a past event and the next one for a plan", () => {
    // 2022-08-09 is a Tuesday: the parser's nearest Wednesday is the next day, its nearest Saturday three days back.
    const at = (sentence: string, past: boolean) => dateOfLone("2022-08-09", sentence, past);
    expect(at("Blinken met Kuleba on Wednesday.", true)).toBe("2022-08-03");
    expect(at("Blinken met Kuleba on Friday.", true)).toBe("2022-08-05");
    expect(at("Blinken met Kuleba on Tuesday.", true)).toBe("2022-08-09");
    expect(at("Blinken will meet Kuleba on Saturday.", false)).toBe("2022-08-13");
    expect(at("Blinken will meet Kuleba on Wednesday.", false)).toBe("2022-08-10");
    expect(at("Blinken will meet Kuleba on Tuesday.", false)).toBe("2022-08-09");
    // A weekday with its date, or counted from a modifier, is left as read.
    expect(at("Blinken met Kuleba on Wednesday, August 10.", true)).toBe("2022-08-10");
    expect(at("Blinken will meet Kuleba next Monday.", false)).toBe("2022-08-15");
  });

  it("follows a wire dateline as the new moment of writing", () => {
    const d = resolveArticleDates(prepared("2022-02-11", [["Washington US, February 18 ANI: Lavrov proposed a meeting late next week."]]));
    expect(dateAt(d, 0, { at: 40, past: false })).toBe("2022-02-25");
  });

  it("gives every sentence the article date when nothing else is known, and null without one", () => {
    const d = resolveArticleDates(prepared("2021-11-03", [["Biden spoke."]]));
    expect(dateAt(d, 0, { at: 0, past: true })).toBe("2021-11-03");
    const none = resolveArticleDates({ ...prepared("2021-11-03", [["Biden spoke."]]), article: { id: "a", title: "", date: null, url: null, source: "a", text: "" } });
    expect(dateAt(none, 0, { at: 0, past: true })).toBeNull();
  });
});

describe("dates in an opening phrase", () => {
  it("do not date the main clause after the phrase's comma", () => {
    const text = "Following Russia-Azerbaijan top-level talks held in Moscow on February 22, Vladimir Putin and Ilham Aliyev shared opinions in a telephone conversation.";
    const spans = findDates(text, "2022-02-26", "2022-02-26");
    expect(spans[0]).toMatchObject({ date: "2022-02-22" });
    const dates = { spans: [spans], inherited: ["2022-02-26"], deixis: ["2022-02-26"], articleDate: "2022-02-26" };
    expect(dateAt(dates, 0, { at: text.indexOf("telephone"), past: true })).toBe("2022-02-26");
    expect(dateAt(dates, 0, { at: text.indexOf("talks"), past: true })).toBe("2022-02-22");
  });
});
