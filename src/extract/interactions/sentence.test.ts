import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readSentence, isListGap, type LocalMention } from "./sentence.js";
import { speakerMayFollow } from "./cues.js";

function read(text: string, names: Record<string, string>, principal?: string) {
  const ms: LocalMention[] = [];
  for (const [surface, actor] of Object.entries(names)) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) ms.push({ actor, start: i, end: i + surface.length });
  }
  return readSentence(text, ms, principal ? { principal } : {});
}

function summary(text: string, names: Record<string, string>, principal?: string): string[] {
  return read(text, names, principal)
    .interactions.map((x) => `${x.type} ${x.a}-${x.b}${x.modality ? ` ${x.modality}` : ""}${x.channel ? ` ${x.channel}` : ""}${x.speaker ? ` by ${x.speaker}` : ""}`)
    .sort();
}

describe("meetings", () => {
  it("reads 'A met with his counterpart B' as an occurred in-person meeting", () => {
    expect(summary("Earlier, on October 19, Lloyd Austin arrived in Kiev, where he met with his Ukrainian counterpart Andrey Taran.", { "Lloyd Austin": "austin", "Andrey Taran": "taran" })).toEqual([
      "meeting austin-taran occurred in-person",
    ]);
  });

  it("reads telephone conversations between a listed pair as a phone meeting", () => {
    expect(
      summary("The United States announced its support earlier, on April 1, during telephone conversations between the heads of the military departments of Ukraine and the United States, Andrei Taran and Lloyd Austin.", {
        "Andrei Taran": "taran",
        "Lloyd Austin": "austin",
      }),
    ).toEqual(["meeting austin-taran occurred phone"]);
  });

  it("reads 'A and B discussed ... at a meeting' as a meeting between the listed pair", () => {
    expect(summary("Volodymyr Zelenskyy and his American counterpart Joe Biden discussed the security situation at a meeting in Glasgow.", { "Volodymyr Zelenskyy": "zelensky", "Joe Biden": "biden" })).toEqual([
      "meeting biden-zelensky occurred",
    ]);
  });

  it("links everyone at a summit hosted by a third party", () => {
    const out = summary("Zelensky and Putin met in Paris in December 2019 at a Normandy format summit hosted by Macron with Merkel.", { Zelensky: "zelensky", Putin: "putin", Macron: "macron", Merkel: "merkel" });
    expect(out.filter((x) => x.startsWith("meeting"))).toHaveLength(6);
  });

  it("links each listed leader with the one they met, not with each other", () => {
    const out = summary("The leaders of Germany, France, Romania and Italy met Zelensky in Kyiv.", { Germany: "scholz", France: "macron", Romania: "iohannis", Italy: "draghi", Zelensky: "zelensky" });
    expect(out.filter((x) => x.startsWith("meeting")).sort()).toEqual([
      "meeting draghi-zelensky occurred in-person",
      "meeting iohannis-zelensky occurred in-person",
      "meeting macron-zelensky occurred in-person",
      "meeting scholz-zelensky occurred in-person",
    ]);
  });

  it("links the heads of two delegations that met", () => {
    expect(summary("Delegations led by Medinsky and Arakhamia met in Istanbul.", { Medinsky: "medinsky", Arakhamia: "arakhamia" })).toEqual(["meeting arakhamia-medinsky occurred in-person"]);
  });

  it("does not make leaders who condemned something together meet", () => {
    expect(summary("Biden, Macron and Scholz condemned the attack.", { Biden: "biden", Macron: "macron", Scholz: "scholz" })).toEqual([
      "comention biden-macron",
      "comention biden-scholz",
      "comention macron-scholz",
    ]);
  });

  it("gives a headline with no subject to the article's principal actor", () => {
    expect(summary("Telephone conversation with President of Tajikistan Emomali Rahmon", { "Emomali Rahmon": "rahmon" }, "putin")).toEqual(["meeting putin-rahmon occurred phone"]);
    expect(summary("Telephone conversation with President of Tajikistan Emomali Rahmon", { "Emomali Rahmon": "rahmon" })).toEqual([]);
  });

  it("reads a three-way call as joining all three", () => {
    const out = summary("Vladimir Putin had a telephone conversation with Chancellor of the Federal Republic of Germany Olaf Scholz and President of the French Republic Emmanuel Macron.", {
      "Vladimir Putin": "putin",
      "Olaf Scholz": "scholz",
      "Emmanuel Macron": "macron",
    });
    expect(out).toEqual(["meeting macron-putin occurred phone", "meeting macron-scholz occurred phone", "meeting putin-scholz occurred phone"]);
  });

  it("does not carry a meeting over to a new clause after 'and'", () => {
    expect(summary("Lavrov met Blinken, and Putin said the talks were useful.", { Lavrov: "lavrov", Blinken: "blinken", Putin: "putin" })).toEqual([
      "comention blinken-putin",
      "comention lavrov-putin",
      "meeting blinken-lavrov occurred in-person",
    ]);
  });

  it("flags a sentence that ends waiting for its partner after a stray full stop", () => {
    const r = read("Ahead of the virtual meeting, US Secretary of State Anthony Blinken spoke by telephone with the President of Ukraine.", { "Anthony Blinken": "blinken" });
    expect(r.openObject).toBe(true);
    expect(r.orphanChannels.map((o) => o.channel)).toContain("video");
  });
});

describe("channel", () => {
  it("defaults a meeting or talks with no phone or video word to in-person, marked as a default", () => {
    const x = read("Vladimir Putin held talks with President of Brazil Jair Bolsonaro.", { "Vladimir Putin": "putin", "Jair Bolsonaro": "bolsonaro" }).interactions;
    expect(x).toEqual([expect.objectContaining({ type: "meeting", channel: "in-person", channelDefault: true })]);
  });

  it("states in-person for 'received' and 'hosted', with no default mark", () => {
    const x = read("Vladimir Putin received Jair Bolsonaro.", { "Vladimir Putin": "putin", "Jair Bolsonaro": "bolsonaro" }).interactions;
    expect(x[0]).toMatchObject({ channel: "in-person" });
    expect(x[0]!.channelDefault).toBeUndefined();
  });

  it("reads 'had a meeting, via videoconference, with X' as video", () => {
    expect(summary("Vladimir Putin had a meeting, via videoconference, with Archpriest Alexander Tkachenko.", { "Vladimir Putin": "putin", "Alexander Tkachenko": "tkachenko" })).toEqual([
      "meeting putin-tkachenko occurred video",
    ]);
    expect(summary("Vladimir Putin held a working meeting with Head of the Republic of Adygea Murat Kumpilov, via videoconference.", { "Vladimir Putin": "putin", "Murat Kumpilov": "kumpilov" })).toEqual([
      "meeting kumpilov-putin occurred video",
    ]);
  });

  it("gives no default to a bare conversation, which is as often by phone", () => {
    expect(summary("Vladimir Putin and Alexander Lukashenko had a brief conversation.", { "Vladimir Putin": "putin", "Alexander Lukashenko": "lukashenko" })).toEqual(["meeting lukashenko-putin occurred"]);
  });
});

describe("modality", () => {
  it("reads reported readiness as a proposed meeting plus a statement by the speaker", () => {
    expect(summary("Peskov said Putin was ready to meet Zelensky.", { Peskov: "peskov", Putin: "putin", Zelensky: "zelensky" })).toEqual([
      "meeting putin-zelensky proposed in-person",
      "statement peskov-putin by peskov",
      "statement peskov-zelensky by peskov",
    ]);
  });

  it("reads a scheduled meeting that will not happen as cancelled", () => {
    expect(summary("Anthony Blinken said that his meeting with Foreign Minister Sergei Lavrov, scheduled for Thursday, will not happen.", { "Anthony Blinken": "blinken", "Sergei Lavrov": "lavrov" })).toEqual([
      "meeting blinken-lavrov cancelled in-person",
    ]);
  });

  it("reads 'no plans to meet' as no plan: unrealised, and not planned", () => {
    expect(summary("Putin had no plans to meet Zelensky.", { Putin: "putin", Zelensky: "zelensky" })).toEqual(["meeting putin-zelensky cancelled in-person"]);
    expect(summary("Putin plans to meet Zelensky.", { Putin: "putin", Zelensky: "zelensky" })).toEqual(["meeting putin-zelensky planned in-person"]);
  });

  it("reads proposed dates that were accepted as planned", () => {
    expect(summary("Sergey Lavrov has proposed dates for holding a meeting with Antony Blinken, late next week, who accepted it.", { "Sergey Lavrov": "lavrov", "Antony Blinken": "blinken" })).toEqual([
      "meeting blinken-lavrov planned in-person",
    ]);
  });

  it("reads denials", () => {
    expect(summary("Dmitry Peskov said there was no such conversation between Putin and Biden.", { "Dmitry Peskov": "peskov", Putin: "putin", Biden: "biden" })).toContain("meeting biden-putin denied");
    expect(summary("Lavrov has not met Blinken since December.", { Lavrov: "lavrov", Blinken: "blinken" })).toEqual(["meeting blinken-lavrov denied in-person"]);
  });

  it("keeps a cancellation in its own clause, and the speaker's own talks occurred", () => {
    const out = summary("“Now there is no point in this meeting,” Blinken said at a briefing on the results of talks with Foreign Minister Dmitry Kuleba on Tuesday.", { Blinken: "blinken", "Dmitry Kuleba": "kuleba" });
    expect(out).toEqual(["meeting blinken-kuleba occurred in-person"]);
  });

  it("gives a first-person meeting in a quote to the quote's speaker", () => {
    const out = summary("“Last week I agreed to meet with Sergey Lavrov, but now there is no point in this meeting,” Blinken said.", { "Sergey Lavrov": "lavrov", Blinken: "blinken" });
    expect(out).toEqual(["meeting blinken-lavrov cancelled in-person"]);
  });
});

describe("a call as the setting of what is said", () => {
  it("reads a verb addressed to someone during a call as a meeting by that channel", () => {
    // Kremlin, 2021-12-01; news style.
    expect(
      summary("During a telephone conversation, Vladimir Putin warmly congratulated Nursultan Nazarbayev on the anniversary.", {
        "Vladimir Putin": "putin",
        "Nursultan Nazarbayev": "nazarbayev",
      }),
    ).toEqual(["meeting nazarbayev-putin occurred phone"]);
    expect(summary("Zelensky told Scholz in a phone call that Ukraine would not give up.", { Zelensky: "zelensky", Scholz: "scholz" })).toEqual([
      "meeting scholz-zelensky occurred phone",
    ]);
    expect(summary("Biden thanked Macron during a video call.", { Biden: "biden", Macron: "macron" })).toEqual(["meeting biden-macron occurred video"]);
    // What was said may propose talks; the call itself took place.
    expect(summary("During a telephone conversation, Putin urged Macron to accept the proposal for talks.", { Putin: "putin", Macron: "macron" })).toEqual([
      "meeting macron-putin occurred phone",
    ]);
  });

  it("not for one spoken of rather than to, nor without a call", () => {
    expect(summary("Putin told reporters in a call that Macron was right.", { Putin: "putin", Macron: "macron" })).toEqual(["statement macron-putin by putin"]);
    expect(summary("Zelensky told Scholz that Ukraine would not give up.", { Zelensky: "zelensky", Scholz: "scholz" })).toEqual([
      "statement scholz-zelensky by zelensky",
    ]);
  });
});

describe("statements", () => {
  it("takes a speaker after the verb only where the verb lets one stand there", () => {
    // "said Peskov" and a passive "expressed by Macron" name the speaker after the verb ...
    expect(summary("The talks were useful for Macron, said Dmitry Peskov.", { "Dmitry Peskov": "peskov", Macron: "macron" })).toEqual([
      "statement macron-peskov by peskov",
    ]);
    expect(speakerMayFollow("concerns expressed by Macron", { start: 9, end: 18 })).toBe(true);
    expect(speakerMayFollow("he expressed concern", { start: 3, end: 12 })).toBe(false);
    // ... "agreed with", "thanked", "told" name the one spoken to or of: no second speaker.
    expect(summary("Shvydkoi said he agreed with Macron.", { Shvydkoi: "shvydkoi", Macron: "macron" })).toEqual(["statement macron-shvydkoi by shvydkoi"]);
    expect(summary("Putin said he had thanked Macron for his efforts.", { Putin: "putin", Macron: "macron" })).toEqual(["statement macron-putin by putin"]);
  });

  it("does not read the 'States' of a name as a speech verb", () => {
    expect(summary("Mike Johnson and Chinese Ambassador to the United States Qin Gang held talks in Minsk.", { "Mike Johnson": "johnson", "Qin Gang": "qin" })).toEqual([
      "meeting johnson-qin occurred in-person",
    ]);
    expect(summary("Putin sent condolences to President of the United States Joseph Biden.", { Putin: "putin", "Joseph Biden": "biden" })).toEqual([
      "comention biden-putin",
    ]);
  });

  it("reads 'according to X' with X as speaker", () => {
    expect(summary("According to his US envoy, Zhen Zaki, Biden will focus on the border.", { "Zhen Zaki": "psaki", Biden: "biden" })).toEqual(["statement biden-psaki by psaki"]);
  });

  it("reads 'X called Y's statement disinformation' with X as speaker", () => {
    expect(summary("The diplomat called the statement made by press secretary Jen Psaki disinformation.", { "The diplomat": "ryabkov", "Jen Psaki": "psaki" })).toEqual(["statement psaki-ryabkov by ryabkov"]);
  });

  it("reads a quote attributed after it", () => {
    expect(summary("“Biden is wrong,” Lavrov said.", { Biden: "biden", Lavrov: "lavrov" })).toEqual(["statement biden-lavrov by lavrov"]);
    expect(summary("“Biden is wrong,” said Russian Foreign Minister Lavrov.", { Biden: "biden", Lavrov: "lavrov" })).toEqual(["statement biden-lavrov by lavrov"]);
  });
});

describe("statements not made", () => {
  it("does not make a speaker's label the one spoken of by whoever the sentence quotes", () => {
    // Kremlin, 2022-02-23: Peskov's words run on into Putin's label; Peskov did not speak of Putin.
    const names = { "Dmitry Peskov": "peskov", "Vladimir Putin": "putin" };
    expect(summary("Dmitry Peskov said we give the floor to the television channels Vladimir Putin: Of course.", names)).toEqual(["comention peskov-putin"]);
    expect(summary("Dmitry Peskov said we give the floor to Vladimir Putin.", names)).toEqual(["statement peskov-putin by peskov"]);
  });


  it("does not make the subject of a negated speech verb a speaker", () => {
    // Kremlin, 2022-03-02: Putin's statement about Macron, not Macron's about Putin.
    const names = { "The President of Russia": "putin", "Emmanuel Macron": "macron" };
    expect(summary("The President of Russia noted that Emmanuel Macron had not mentioned in his address that Kiev had sabotaged the agreements.", names)).toEqual([
      "statement macron-putin by putin",
    ]);
    expect(summary("Emmanuel Macron never said that The President of Russia was wrong.", names)).toEqual(["comention macron-putin"]);
    expect(summary("Emmanuel Macron said that The President of Russia was wrong.", names)).toEqual(["statement macron-putin by macron"]);
  });
});

describe("a transcript turn's speaker", () => {
  const inTurn = (text: string, names: Record<string, string>, turn: { actor: string; from: number }) => {
    const ms: LocalMention[] = [];
    for (const [surface, actor] of Object.entries(names)) {
      for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) ms.push({ actor, start: i, end: i + surface.length });
    }
    return readSentence(text, ms, { turn })
      .interactions.map((x) => `${x.type} ${x.a}-${x.b}${x.modality ? ` ${x.modality}` : ""}${x.speaker ? ` by ${x.speaker}` : ""}`)
      .sort();
  };
  const putin = { actor: "putin", from: 0 };

  it("speaks of everyone the turn names, however it is put", () => {
    expect(inTurn("Ms Golikova, you have the floor.", { Golikova: "golikova" }, putin)).toEqual(["statement golikova-putin by putin"]);
    // Two others named: each is spoken of; the two of them are only named together.
    expect(inTurn("I fully agree with Mr Macron and Mr Scholz.", { Macron: "macron", Scholz: "scholz" }, putin)).toEqual([
      "comention macron-scholz",
      "statement macron-putin by putin",
      "statement putin-scholz by putin",
    ]);
    // In the sentence that opens the turn, from the colon on: the label names the speaker.
    const label = "President of Russia Vladimir Putin: Mr Lavrov, please.";
    expect(inTurn(label, { "Vladimir Putin": "putin", Lavrov: "lavrov" }, { actor: "putin", from: 35 })).toEqual(["statement lavrov-putin by putin"]);
  });

  it("does not speak of those a transcriber's note in brackets names, but of those the label's note names", () => {
    // Kremlin, 2021-11-09: "(After that, Minister of Science ... Valery Falkov ... spoke of ...)" in Golikova's turn.
    const golikova = { actor: "golikova", from: 0 };
    expect(inTurn("(After that, Minister of Science Valery Falkov spoke of teaching at universities.)", { "Valery Falkov": "falkov" }, golikova)).toEqual([]);
    expect(inTurn("Thank you.(In her remarks, Eva Merkacheva talked about prisons.)", { "Eva Merkacheva": "merkacheva" }, golikova)).toEqual([]);
    // "Vladimir Putin:(replying to a question from Andrei Abramov) First of all ...": whom he answers.
    const label = "Vladimir Putin:(replying to a question from Andrei Abramov) First of all, thank you.";
    expect(inTurn(label, { "Vladimir Putin": "putin", "Andrei Abramov": "abramov" }, { actor: "putin", from: 15 })).toEqual(["statement abramov-putin by putin"]);
  });

  it("is the 'I' of a meeting said with its day, and of a plan", () => {
    expect(inTurn("Yesterday I spoke with Mr Lukashenko.", { Lukashenko: "lukashenko" }, putin)).toEqual(["meeting lukashenko-putin occurred"]);
    expect(inTurn("I will discuss this with President Zelensky tomorrow.", { Zelensky: "zelensky" }, putin)).toEqual(["meeting putin-zelensky planned"]);
    // One discusses a thing with someone: Biden raised the issues, and is not met (Kremlin, 2022-02-12, Ushakov).
    expect(inTurn("In particular we will discuss the issues that Joseph Biden raised today.", { "Joseph Biden": "biden" }, { actor: "ushakov", from: 0 })).toEqual([
      "statement biden-ushakov by ushakov",
    ]);
    expect(inTurn("Yesterday evening, we discussed this matter with Mr Khusnullin.", { Khusnullin: "khusnullin" }, putin)).toEqual(["meeting khusnullin-putin occurred"]);
    // Without a day it may be years ago ("We talked with President Buhari during the summit two years ago"): a statement only.
    expect(inTurn("We talked with President Buhari during the summit held in Sochi two years ago.", { Buhari: "buhari" }, putin)).toEqual([
      "statement buhari-putin by putin",
    ]);
  });

  it("is not the one who met when the meeting is someone else's", () => {
    // Kremlin, 2021-11-24: Mishustin to Putin, "your meeting with ... Logunov".
    const mishustin = { actor: "mishustin", from: 0 };
    expect(inTurn("Mr President, we all watched your meeting with Denis Logunov today.", { "Denis Logunov": "logunov" }, mishustin)).toEqual([
      "statement logunov-mishustin by mishustin",
    ]);
  });

  it("takes a meeting's modality up to the next meeting's cue only", () => {
    // Kremlin, 2021-12-05: Rocca met Murashko already, and will meet Vershinin.
    const rocca = { actor: "rocca", from: 0 };
    expect(inTurn("I have already met with Mikhail Murashko, and tomorrow, I will meet with Sergei Vershinin.", { "Mikhail Murashko": "murashko", "Sergei Vershinin": "vershinin" }, rocca)).toEqual([
      "comention murashko-vershinin",
      "meeting murashko-rocca occurred",
      "meeting rocca-vershinin planned",
    ]);
  });
});

describe("isListGap", () => {
  it("lets 'to' through inside a title only", () => {
    expect(isListGap(" and Chinese Ambassador to the United States ")).toBe(true);
    expect(isListGap(" and Special Envoy to the Middle East ")).toBe(true);
    expect(isListGap(" and Russian Chairman of the State Duma Committee on International Affairs ")).toBe(true);
    expect(isListGap(" and opposition leader ")).toBe(true);
    expect(isListGap(" on ")).toBe(false);
    expect(isListGap(" wrote to ")).toBe(false);
    expect(isListGap(" to ")).toBe(false);
  });

  it("accepts titles and conjunctions, rejects verbs and punctuation", () => {
    expect(isListGap(" and his American counterpart ")).toBe(true);
    expect(isListGap(", ")).toBe(true);
    expect(isListGap(" said that ")).toBe(false);
    expect(isListGap(" – ")).toBe(false);
  });

  it("accepts a long title, with 'for' and commas in it", () => {
    expect(isListGap(" and Special Presidential Representative for Environmental Protection, Ecology and Transport ")).toBe(true);
    expect(isListGap(" and Russian Chief of Staff of the Presidential Executive Office ")).toBe(true);
    expect(isListGap(" for the talks, said ")).toBe(false);
  });

  it("lets a title's stop through but no other stop, and at most 14 words", () => {
    expect(isListGap(" and Mr. ")).toBe(true);
    expect(isListGap(" and the U.S. President ")).toBe(true);
    expect(isListGap(" and Mr. Smith. And ")).toBe(false);
    expect(isListGap(" and “ ")).toBe(false);
    const words = (k: number) => ` ${Array.from({ length: k }, (_, i) => (i % 2 ? "and" : "Minister")).join(" ")} `;
    expect(isListGap(words(14))).toBe(true);
    expect(isListGap(words(15))).toBe(false);
  });

  it("reads any gap as the plain reading of its rules does", () => {
    // The rules written plainly: strip titles' stops, split, count, test every word. Which of the
    // pieces' words are list words (or capitalised) is written out, not asked of isListGap itself.
    const LISTED = new Set(["and", "the", "President", "Mr.", "U.S.", "St.", "Dr", "ex-Minister", "Smith."]);
    const plain = (gap: string) => {
      if (gap.length > 110 || /[;:()[\]]|\s[–—]\s|\s-\s|\*\s*\*\s*\*/.test(gap)) return false;
      if (/[.!?“”"«»]/.test(gap.replace(/\b(?:Mr|Mrs|Ms|Dr|St|U\.S|U\.K)\./g, ""))) return false;
      const tokens = gap.split(/[\s,]+/).filter((t) => t.length > 0);
      return tokens.length <= 14 && tokens.every((t) => LISTED.has(t));
    };
    const piece = fc.constantFrom(" ", ", ", "and", "Mr.", "U.S.", "Smith.", "said", "the", "President", "“", ";", " - ", "St.", "Dr", ".", "ex-Minister");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const gap = parts.join(" ");
        expect(isListGap(gap)).toBe(plain(gap));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("meetings that are not between the actors around the cue", () => {
  const ms = (text: string, names: Record<string, string>) => summary(text, names).filter((x) => x.startsWith("meeting"));

  it("reads 'conversations with A and B' as someone's with each of them, and 'his' as the subject's", () => {
    // Kremlin, 2022-01-08: two calls, not one between Lukashenko and Pashinyan.
    const names = { "Vladimir Putin": "putin", "Alexander Lukashenko": "lukashenko", "Nikol Pashinyan": "pashinyan" };
    expect(
      ms(
        "Vladimir Putin discussed the current developments in Kazakhstan, which tend towards calm and stability, during his telephone conversations with President of Belarus Alexander Lukashenko and Prime Minister of Armenia Nikol Pashinyan.",
        names,
      ),
    ).toEqual(["meeting lukashenko-putin occurred phone", "meeting pashinyan-putin occurred phone"]);
    expect(ms("Telephone conversations with President of Belarus Alexander Lukashenko and Prime Minister of Armenia Nikol Pashinyan", names)).toEqual([]);
    // Plural calls with several people are one with each (Kremlin, 2022-01-07); a single call with two is one of three.
    const three = { "Vladimir Putin": "putin", "Sadyr Japarov": "japarov", "Alexander Lukashenko": "lukashenko", "Olaf Scholz": "scholz", "Emmanuel Macron": "macron" };
    expect(ms("Vladimir Putin had telephone conversations with Sadyr Japarov and Alexander Lukashenko.", three)).toEqual([
      "meeting japarov-putin occurred phone",
      "meeting lukashenko-putin occurred phone",
    ]);
    expect(ms("Vladimir Putin had a telephone conversation with Olaf Scholz and Emmanuel Macron.", three)).toEqual([
      "meeting macron-putin occurred phone",
      "meeting macron-scholz occurred phone",
      "meeting putin-scholz occurred phone",
    ]);
    // "We" capitalised is the one speaking too: no meeting between the two named.
    expect(ms("Vladimir Putin: We will discuss this with Ms Golikova and Mr Murashko.", { "Vladimir Putin": "putin", Golikova: "golikova", Murashko: "murashko" })).toEqual([]);
    // "between" names the parties of what they discussed (Kremlin, 2022-03-16), not people they met.
    expect(
      ms("Vladimir Putin and Nikol Pashinyan discussed the implementation of the trilateral agreements between Ilham Aliyev and Nikol Pashinyan.", {
        "Vladimir Putin": "putin",
        "Nikol Pashinyan": "pashinyan",
        "Ilham Aliyev": "aliyev",
      }),
    ).toEqual(["meeting pashinyan-putin occurred"]);
    // A relative clause closed before the cue: its antecedent is the party (news style).
    expect(
      ms("Macron, who met Putin in Moscow on Monday, flew to Kyiv to meet Zelensky.", { Macron: "macron", Putin: "putin", Zelensky: "zelensky" }),
    ).toEqual(["meeting macron-putin occurred in-person", "meeting macron-zelensky occurred in-person"]);
    // A clause of its own after "and you": the one addressed spoke with each (Kremlin, 2021-11-13).
    expect(ms("You spoke with Angela Merkel twice, and you also spoke with Alexander Lukashenko.", { "Angela Merkel": "merkel", "Alexander Lukashenko": "lukashenko" })).toEqual([]);
    // "between" still joins them.
    expect(ms("Talks between Alexander Lukashenko and Nikol Pashinyan ended.", names)).toEqual(["meeting lukashenko-pashinyan occurred in-person"]);
  });

  it("gives talks the teller had to the teller, not to the one told of them", () => {
    // Kremlin, 2021-12-13: Putin's video call with Biden, told to Niinistö, not Niinistö's.
    const names = { "Vladimir Putin": "putin", "Sauli Niinistö": "niinisto", "Joseph Biden": "biden" };
    expect(ms("President of Russia Vladimir Putin told Sauli Niinistö about the results of his talks with US President Joseph Biden via videoconference on December 7, 2021.", names)).toEqual([
      "meeting biden-putin occurred video",
    ]);
    // A title before the listener, a date before the talks (Kremlin, 2022-04-08 and 2022-05-23).
    expect(ms("Nikol Pashinyan informed Mr Putin about his talks with Ilham Aliyev in Brussels.", { "Nikol Pashinyan": "pashinyan", Putin: "putin", "Ilham Aliyev": "aliyev" })).toEqual([
      "meeting aliyev-pashinyan occurred in-person",
    ]);
    expect(ms("Ilham Aliyev informed Vladimir Putin of his May 22 meeting with Nikol Pashinyan.", { "Nikol Pashinyan": "pashinyan", "Vladimir Putin": "putin", "Ilham Aliyev": "aliyev" })).toEqual([
      "meeting aliyev-pashinyan occurred in-person",
    ]);
    // "Thanked ... for his talks" are the one thanked's.
    expect(ms("Vladimir Putin thanked Sauli Niinistö for his talks with Joseph Biden.", names)).toEqual(["meeting biden-niinisto occurred in-person"]);
  });

  it("does not make the cue's object of the subject of a new clause after it", () => {
    // Kremlin, 2021-12-14 and 2022-03-04: each spoke, or joined from elsewhere; they did not meet each other.
    expect(
      ms("Minister of Digital Development Maksut Shadayev discussed the new capabilities of the website, while Minister of Culture Olga Lyubimova spoke about museums.", {
        "Maksut Shadayev": "shadayev",
        "Olga Lyubimova": "lyubimova",
      }),
    ).toEqual([]);
    expect(
      ms("The ferry's captain Alexander Vangonen joined the event via videoconference from the Leningrad Region, and Governor Anton Alikhanov participated from the Kaliningrad Region.", {
        "Alexander Vangonen": "vangonen",
        "Anton Alikhanov": "alikhanov",
      }),
    ).toEqual([]);
    // Without the new clause, the cue's object is still its party.
    expect(ms("Maksut Shadayev discussed the website with Olga Lyubimova.", { "Maksut Shadayev": "shadayev", "Olga Lyubimova": "lyubimova" })).toEqual([
      "meeting lyubimova-shadayev occurred",
    ]);
  });

  it("does not make attendees listed for a session meet each other or the chair", () => {
    expect(ms("Taking part in the meeting were Prime Minister Mikhail Mishustin, Sergei Lavrov and Dmitry Peskov.", { "Mikhail Mishustin": "mishustin", "Sergei Lavrov": "lavrov", "Dmitry Peskov": "peskov" })).toEqual([]);
    // Misspelt in a Kremlin release (2022-04-05): still attendees, not twelve people meeting each other.
    expect(ms("Taqking part in the meeting were Prime Minister Mikhail Mishustin, Sergei Lavrov and Dmitry Peskov.", { "Mikhail Mishustin": "mishustin", "Sergei Lavrov": "lavrov", "Dmitry Peskov": "peskov" })).toEqual([]);
    expect(ms("The meeting was attended by Sergei Lavrov and Dmitry Peskov. * * * Excerpts from transcript of meeting President of Russia Vladimir Putin: Good afternoon.", { "Sergei Lavrov": "lavrov", "Dmitry Peskov": "peskov", "Vladimir Putin": "putin" })).toEqual([]);
  });

  it("keeps the actor before 'a meeting between B and C' out of it", () => {
    expect(ms("Mr Lavrov is saying they want to set up a meeting between President Biden and President Putin.", { Lavrov: "lavrov", Biden: "biden", Putin: "putin" })).toEqual([
      "meeting biden-putin proposed in-person",
    ]);
  });

  it("keeps a briefing's speaker out of the call it follows, but not a speaker after his own meeting", () => {
    expect(ms("Briefing by Yury Ushakov following a telephone conversation between Vladimir Putin and Joseph Biden.", { "Yury Ushakov": "ushakov", "Vladimir Putin": "putin", "Joseph Biden": "biden" })).toEqual([
      "meeting biden-putin occurred phone",
    ]);
    expect(ms("Blinken spoke to reporters after his meeting with Lavrov.", { Blinken: "blinken", Lavrov: "lavrov" })).toEqual(["meeting blinken-lavrov occurred in-person"]);
  });

  it("reads 'is also expected to have meetings' and 'will also meet' as plans", () => {
    expect(ms("Vladimir Putin is also expected to have bilateral meetings with Ilham Aliyev.", { "Vladimir Putin": "putin", "Ilham Aliyev": "aliyev" })).toEqual(["meeting aliyev-putin planned in-person"]);
    expect(ms("The President will lay flowers and will also meet with Governor Mikhail Razvozhayev.", { President: "putin", "Mikhail Razvozhayev": "razvozhayev" })).toEqual([
      "meeting putin-razvozhayev planned in-person",
    ]);
  });

  it("reads neither 'would meet the fundamental interests' nor 'the recent meeting of the two leaders' as a meeting", () => {
    expect(ms("Putin told Andersson that the ties would meet the fundamental interests of the peoples.", { Putin: "putin", Andersson: "andersson" })).toEqual([]);
    expect(ms("Putin told Niinisto that the recent meeting of the two leaders in Moscow was constructive.", { Putin: "putin", Niinisto: "niinisto" })).toEqual([]);
  });

  it("does not make the people someone speaking in the first person met meet each other", () => {
    const names = { "Mikhail Murashko": "murashko", "Sergei Vershinin": "vershinin", "Alexander Chupriyan": "chupriyan" };
    const text = "I have already met with Healthcare Minister Mikhail Murashko, and tomorrow, I will meet with Deputy Foreign Minister Sergei Vershinin and Acting Minister for Civil Defence, Emergencies and Natural Disaster Relief Alexander Chupriyan.";
    expect(ms(text, names)).toEqual([]);
    expect(ms("I spoke with the President of France and the Chancellor of Germany, asking them to allow our specialists to come.", { "President of France": "macron", "Chancellor of Germany": "scholz" })).toEqual([]);
    // With the speaker known, each meets the speaker.
    expect(ms("Putin said: we will meet with Sergei Vershinin and Alexander Chupriyan tomorrow.", { Putin: "putin", ...names }).sort()).toEqual([
      "meeting chupriyan-putin planned in-person",
      "meeting putin-vershinin planned in-person",
    ]);
  });

  it("reads two people going to the same summit as named together, not as meeting", () => {
    const names = { "Ned Price": "price", "Michael McFaul": "mcfaul" };
    expect(summary("Both Michael McFaul and Ned Price are expected at the NATO summit later this year.", names)).toEqual(["comention mcfaul-price"]);
    expect(summary("Michael McFaul and Ned Price took part in this year's G20 summit.", names)).toEqual(["comention mcfaul-price"]);
    // Meeting at a summit is still meeting.
    expect(summary("Michael McFaul and Ned Price met at the NATO summit.", names)).toEqual(["meeting mcfaul-price occurred in-person"]);
    expect(summary("Michael McFaul and Ned Price held a summit in Geneva.", names)).toEqual(["meeting mcfaul-price occurred in-person"]);
  });
});
