import { describe, expect, it } from "vitest";
import { article, testIndex } from "../actors/test-gazetteer.js";
import { findActors } from "../actors/index.js";
import { prepareArticle } from "../prepare.js";
import { findInteractions } from "./index.js";

function meetings(text: string, title = "") {
  const p = prepareArticle(article(text, "2022-02-15", title));
  return findInteractions(p, findActors(p, testIndex), testIndex)
    .filter((x) => x.type === "meeting")
    .map((x) => ({ pair: `${x.a}-${x.b}`, channel: x.channel ?? "none", channelDefault: !!x.channelDefault }));
}

describe("channel of an article's meetings", () => {
  it("keeps the in-person default of 'talks' when nothing in the paragraph names a phone or a screen", () => {
    expect(meetings("Vladimir Putin held talks with Emmanuel Macron in Moscow. They discussed Ukraine.")).toEqual([
      { pair: "macron-putin", channel: "in-person", channelDefault: true },
    ]);
  });

  it("states in-person for talks held in the Kremlin or during a visit", () => {
    expect(meetings("Vladimir Putin held talks in the Kremlin with Emmanuel Macron.")).toEqual([{ pair: "macron-putin", channel: "in-person", channelDefault: false }]);
    expect(meetings("Vladimir Putin held talks with Emmanuel Macron, who is on an official visit to Russia.")).toEqual([
      { pair: "macron-putin", channel: "in-person", channelDefault: false },
    ]);
  });

  it("drops the default when the paragraph says the meeting was by video", () => {
    expect(meetings("Vladimir Putin held a meeting with Emmanuel Macron. The meeting took place via videoconference.")).toEqual([
      { pair: "macron-putin", channel: "video", channelDefault: false },
    ]);
  });

  it("does not take the channel of other calls a speaker recalls in a transcript", () => {
    const text = "Vladimir Putin held talks with Emmanuel Macron.\n\nVladimir Putin: We speak by phone regularly, and videoconferences cannot replace personal meetings.";
    expect(meetings(text)).toEqual([{ pair: "macron-putin", channel: "in-person", channelDefault: true }]);
  });

  it("does not give a stray channel across a release's asterism", () => {
    // Kremlin, 2021-11-03: the videoconference is the next item's, not the meeting in Sevastopol.
    const text = "While in Sevastopol, Vladimir Putin will meet with Emmanuel Macron. * * * That same day, the President will take part, via videoconference, in a meeting of the Supreme State Council.";
    expect(meetings(text)).toEqual([{ pair: "macron-putin", channel: "in-person", channelDefault: true }]);
    expect(meetings(text.replace("* * * ", ""))).toEqual([{ pair: "macron-putin", channel: "video", channelDefault: false }]);
  });

  it("still gives a lone 'The video call will begin at 10 a.m.' to the one meeting of the article", () => {
    expect(meetings("Joe Biden and Vladimir Putin are meeting to find solutions. The video call will begin in Washington at 10 a.m., according to US media.")).toEqual([
      { pair: "biden-putin", channel: "video", channelDefault: false },
    ]);
  });
});

describe("headline and opening phrases", () => {
  it("gives a 'Telephone conversation with X' headline to the one other actor of a short release", () => {
    const p = prepareArticle(article("During the conversation, Vladimir Putin extended warm birthday greetings to Emmanuel Macron.", "2022-02-06", "Telephone conversation with President of France Emmanuel Macron"));
    const x = findInteractions(p, findActors(p, testIndex), testIndex).filter((i) => i.type === "meeting");
    expect(x.map((i) => `${i.a}-${i.b} ${i.channel} ${i.date}`)).toContain("macron-putin phone 2022-02-06");
  });

  it("gives a headline to the most mentioned actor it does not name, a tie to the one named first", () => {
    const headlineMeetings = (text: string, title: string) => {
      const p = prepareArticle(article(text, "2022-02-06", title));
      return findInteractions(p, findActors(p, testIndex), testIndex)
        .filter((i) => i.type === "meeting" && i.sentence === title)
        .map((i) => `${i.a}-${i.b}`)
        .sort();
    };
    // Kremlin, 2022-06-17: the transcript names the guest's prime minister as often as the President, and his key
    // sorts first; the lead names the President first.
    const lead = "Vladimir Putin met with Mario Draghi in Moscow.\n\nMario Draghi thanked him. Sergey Lavrov had prepared the visit, and Sergey Lavrov will go to Rome. Vladimir Putin: Welcome.";
    expect(headlineMeetings(lead, "Meeting with Mario Draghi")).toEqual(["draghi-putin"]);
    // Kremlin, 2022-03-10: a headline naming two, each as often as the President.
    const call = "Vladimir Putin had a telephone conversation with Joe Biden and Emmanuel Macron. Vladimir Putin stressed the need for dialogue.";
    expect(headlineMeetings(call, "Telephone conversation with Joe Biden and Emmanuel Macron")).toEqual(["biden-putin", "macron-putin"]);
  });

  it("dates the pair's call after a 'Following talks held on February 22,' phrase by the article", () => {
    const text = "Following top-level talks held in Moscow on February 22, Vladimir Putin and Emmanuel Macron shared opinions in a telephone conversation.";
    const p = prepareArticle(article(text, "2022-02-26"));
    const x = findInteractions(p, findActors(p, testIndex), testIndex).filter((i) => i.type === "meeting");
    expect(x.map((i) => `${i.a}-${i.b} ${i.channel} ${i.date}`)).toEqual(["macron-putin phone 2022-02-26"]);
  });
});

describe("transcript turns", () => {
  const all = (text: string, title = "") => {
    const p = prepareArticle(article(text, "2022-02-15", title));
    return findInteractions(p, findActors(p, testIndex), testIndex).map((x) => `${x.type} ${x.a}-${x.b}${x.modality ? ` ${x.modality}` : ""}${x.channel ? ` ${x.channel}` : ""}${x.speaker ? ` by ${x.speaker}` : ""}`);
  };

  it("gives a turn's words to its speaker until the next label, one naming no actor included", () => {
    const text =
      "Vladimir Putin had a meeting with Foreign Minister Sergey Lavrov. * * * President of Russia Vladimir Putin: Mr Lavrov, good afternoon. Yesterday I spoke with Joe Biden. Question: What about Emmanuel Macron? Sergey Lavrov: Emmanuel Macron called me today.";
    const found = all(text);
    expect(found).toContain("statement lavrov-putin by putin");
    expect(found).toContain("meeting biden-putin occurred");
    expect(found).toContain("statement lavrov-macron by lavrov");
    // The question is nobody's: Putin's turn ended at its label.
    expect(found.filter((x) => x.includes("macron") && x.includes("putin"))).toEqual([]);
  });

  it("gives nobody the words of a transcriber's note that runs over several sentences", () => {
    // Kremlin, 2021-12-14: "(After that, Minister of Transport Vitaly Savelyev provided comments ... He reported that ...)".
    const text =
      "Vladimir Putin: Thank you. (After that, Minister Sergey Lavrov provided comments at the President's request. He reported that Antony Blinken had called.) Joe Biden is welcome.";
    const found = all(text);
    expect(found.filter((x) => x.includes("blinken") && x.includes("by putin"))).toEqual([]);
    expect(found).toContain("statement biden-putin by putin");
  });

  it("opens a turn at a journalist's label, and makes no label someone spoken of", () => {
    // Kremlin, 2022-02-19: "Kommersant newspaper correspondent Andrei Kolesnikov: You recently said ...".
    const found = all("Sergey Lavrov: Thank you. Kommersant newspaper correspondent Maria Zakharova: You recently said that the West is aggressive.");
    expect(found.filter((x) => x.includes("by lavrov"))).toEqual([]);
    const turnsTo = all("Sergey Lavrov: Thank you. Kommersant newspaper correspondent Maria Zakharova: Joe Biden said nothing, Mr Lavrov.");
    expect(turnsTo).toContain("statement lavrov-zakharova by zakharova");
  });

  it("dates a turn's statements on the day they were said, not by the dates their words name", () => {
    // Kremlin, 2022-03-03: "On February 25, ... Captain Alexei Lyovkin came upon ..." said at a ceremony on March 3.
    const p = prepareArticle(article("Vladimir Putin: On February 25, Joe Biden was in Washington.", "2022-03-03"));
    const found = findInteractions(p, findActors(p, testIndex), testIndex).filter((x) => x.type === "statement");
    expect(found.map((x) => `${x.a}-${x.b} by ${x.speaker} ${x.date}`)).toEqual(["biden-putin by putin 2022-03-03"]);
  });

  it("marks a turn's statements as read from a transcript, and reported speech as not", () => {
    const p = prepareArticle(article("Joe Biden said that Sergey Lavrov was wrong. * * * Vladimir Putin: Joe Biden is welcome.", "2022-03-03"));
    const found = findInteractions(p, findActors(p, testIndex), testIndex).filter((x) => x.type === "statement");
    expect(found.map((x) => `${x.a}-${x.b} by ${x.speaker} ${x.transcript ?? false}`)).toEqual(["biden-lavrov by biden false", "biden-putin by putin true"]);
  });

  it("marks a meeting dated on its article's own day, and not one its words date otherwise", () => {
    const p = prepareArticle(article("Vladimir Putin had a telephone conversation with Joe Biden. On Monday, Putin met Emmanuel Macron.", "2022-02-16"));
    const found = findInteractions(p, findActors(p, testIndex), testIndex).filter((x) => x.type === "meeting");
    expect(found.map((x) => `${x.a}-${x.b} ${x.date} ${x.onArticleDay ?? false}`)).toEqual(["biden-putin 2022-02-16 true", "macron-putin 2022-02-14 false"]);
  });

  it("makes the one saying 'A, B and I met' one of those who met, when the turn says when", () => {
    // Kremlin, 2022-02-08: Macron on his videoconference with Pashinyan and Aliyev.
    const found = all("Emmanuel Macron: Last Friday, Chancellor Olaf Scholz, President Joe Biden and I conducted a videoconference meeting.");
    expect(found.filter((x) => x.startsWith("meeting")).sort()).toEqual([
      "meeting biden-macron occurred video",
      "meeting biden-scholz occurred video",
      "meeting macron-scholz occurred video",
    ]);
    // Without its day it may be years ago: a statement, as for "I met".
    expect(all("Emmanuel Macron: Olaf Scholz and I met in Paris.")).toEqual(["statement macron-scholz by macron"]);
  });

  it("dates a meeting told in the past tense by no 'tomorrow', and holds one dated after the day it is told as still to come", () => {
    const meetings = (text: string) => {
      const p = prepareArticle(article(text, "2021-12-05"));
      return findInteractions(p, findActors(p, testIndex), testIndex)
        .filter((x) => x.type === "meeting")
        .map((x) => `${x.a}-${x.b} ${x.modality} ${x.date}`);
    };
    // Kremlin, 2021-12-05: Rocca had met Murashko that day, and would meet Vershinin the next.
    expect(meetings("Emmanuel Macron: I have already met with Sergey Lavrov, and tomorrow, I will meet with Antony Blinken.")).toEqual([
      "lavrov-macron occurred 2021-12-05",
      "blinken-macron planned 2021-12-06",
    ]);
    // Kremlin, 2022-02-08: Macron, the day before his visit to Kiev.
    expect(meetings("Emmanuel Macron: I am going to Kiev tomorrow to meet with President Zelensky.")).toEqual(["macron-zelensky planned 2021-12-06"]);
    // A past event takes no paragraph date still to come: "... tomorrow. ... his recent videoconference meeting with ...".
    expect(meetings("Joe Biden will fly to Kiev tomorrow. Olaf Scholz told us about his recent videoconference meeting with Antony Blinken.")).toEqual([
      "blinken-scholz occurred 2021-12-05",
    ]);
  });

  it("marks a meeting told of as recent, with no date of its own, as recalled", () => {
    const p = prepareArticle(article("Emmanuel Macron informed Vladimir Putin of his recent videoconference meeting with Olaf Scholz. Putin met Joe Biden.", "2022-02-08"));
    const found = findInteractions(p, findActors(p, testIndex), testIndex).filter((x) => x.type === "meeting");
    expect(found.map((x) => `${x.a}-${x.b} ${x.recalled ?? false}`)).toEqual(["macron-scholz true", "biden-putin false"]);
  });

  it("opens no turn in a headline", () => {
    // The generator's headlines: "Ned Price on the Black Sea: ..." had made Price the speaker of the whole article.
    const found = all("Sergey Lavrov met Antony Blinken in Geneva. Joe Biden said nothing.", "Sergey Lavrov: \"We are ready\"");
    expect(found.filter((x) => x.includes("by lavrov") && x.includes("biden"))).toEqual([]);
  });

  it("leaves a release's stray channel to its own meeting, not to those a speaker tells of", () => {
    // Kremlin, 2021-12-05: "via videoconference" cut from its meeting by a parenthesis is the release's meeting's.
    const text =
      "Vladimir Putin had a meeting, via videoconference, with the head of the Federation (IFRC) Sergey Lavrov. * * * President of Russia Vladimir Putin: Mr Lavrov, good afternoon. Sergey Lavrov: I have already met with Joe Biden, and tomorrow, I will meet with Emmanuel Macron.";
    expect(all(text, "Meeting with Sergey Lavrov").filter((x) => x.startsWith("meeting lavrov-putin"))).toEqual(["meeting lavrov-putin occurred video"]);
  });
});

describe("meetings told of as past ones", () => {
  /** Each meeting as "pair date recalled". */
  function recalled(text: string, date: string, title = "") {
    const p = prepareArticle(article(text, date, title));
    return findInteractions(p, findActors(p, testIndex), testIndex)
      .filter((x) => x.type === "meeting")
      .map((x) => `${x.a}-${x.b} ${x.date} ${x.recalled ?? false}`);
  }

  it("marks a meeting a phrase refers back to, as agreed or discussed at it, as recalled", () => {
    // Kremlin, 2021-11-24 (Putin's call with Charles Michel) and 2021-11-22 (with Mario Draghi): Lukashenko and Merkel
    // had spoken on November 15 and 17; each release had made a call of its own day.
    expect(
      recalled("Support was affirmed for systematic EU-Minsk cooperation, as agreed during President of Belarus Alexander Lukashenko's telephone conversations with Acting Chancellor of Germany Angela Merkel.", "2021-11-24"),
    ).toEqual(["alexander-lukashenko-merkel 2021-11-24 true"]);
    const discussed =
      "Both sides noted the expediency of developing practical cooperation between the EU and Minsk for a quick settlement of the crisis in accordance with the norms of humanitarian law, as discussed by President of Belarus Alexander Lukashenko and Acting Federal Chancellor of Germany Angela Merkel during their recent contacts over the telephone.";
    expect(recalled(discussed, "2021-11-22")).toEqual(["alexander-lukashenko-merkel 2021-11-22 true"]);
    // The other phrasings, in sentences of the same kind: what was agreed at talks, what follows up on a call.
    expect(recalled("Vladimir Putin and Emmanuel Macron noted the agreements reached at the talks between Olaf Scholz and Joe Biden.", "2022-02-08")).toContain("biden-scholz 2022-02-08 true");
    expect(recalled("Olaf Scholz briefed Vladimir Putin on the situation, following up on his last telephone conversation with Joe Biden.", "2022-02-08")).toContain("biden-scholz 2022-02-08 true");
  });

  it("does not mark as recalled the call an article is about, nor a meeting its sentence dates", () => {
    // Kremlin, 2022-01-13: the release's own call, though "recent" follows its cue.
    const call =
      "Vladimir Putin had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev.\n\nDuring the telephone conversation, Vladimir Putin and President of the Republic of Uzbekistan Shavkat Mirziyoyev discussed the recent events in Kazakhstan.";
    expect(recalled(call, "2022-01-13", "Telephone conversation with President of Uzbekistan Shavkat Mirziyoyev").every((x) => x.endsWith("false"))).toBe(true);
    // Kremlin, 2022-05-03: what was agreed at a meeting of a stated day keeps that day.
    const guterres =
      "Vladimir Putin informed his French counterpart about the evacuation of the civilians retained by nationalists at the Azovstal plant, with the evacuation proceeding as agreed during the April 26 meeting between Vladimir Putin and UN Secretary-General Antonio Guterres.";
    expect(recalled(guterres, "2022-05-03")).toContain("antonio-guterres-putin 2022-04-26 false");
    // Kremlin, 2021-11-26 ("the agreements we reached during our meeting today"): a sentence naming its day dates its meeting.
    expect(recalled("Emmanuel Macron and Olaf Scholz noted the agreements reached during their meeting today.", "2022-02-08")).toEqual(["macron-scholz 2022-02-08 false"]);
    // "Earlier" with no determiner is earlier that day; "the agreements reached at the talks were discussed in the
    // conversation" tells of this conversation.
    expect(recalled("Earlier Vladimir Putin held talks with Emmanuel Macron.", "2022-02-08")).toEqual(["macron-putin 2022-02-08 false"]);
    const discussedInCall = "The agreements reached at the talks in Moscow were discussed in the telephone conversation between Vladimir Putin and Emmanuel Macron.";
    expect(recalled(discussedInCall, "2022-02-08")).toEqual(["macron-putin 2022-02-08 false"]);
  });
});

describe("a sentence with thousands of mentions", () => {
  // Used to be quadratic (every cue scanned per gap, the whole sentence per link): about a minute.
  it("is read in time linear in its length", { timeout: 30_000 }, () => {
    const p = prepareArticle(article("Sergei Lavrov met Antony Blinken ".repeat(20_000)));
    const found = findInteractions(p, findActors(p, testIndex), testIndex);
    expect(found.map((x) => `${x.type}:${x.a}-${x.b}`)).toEqual(["meeting:blinken-lavrov"]);
  });
});
