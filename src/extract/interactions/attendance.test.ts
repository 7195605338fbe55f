import { describe, expect, it } from "vitest";
import { article, testIndex } from "../actors/test-gazetteer.js";
import { findActors } from "../actors/index.js";
import { prepareArticle } from "../prepare.js";
import { attendanceMeetings, findAttendanceList, listHosts, MAY_LIST_ATTENDEES, type NearSentence } from "./attendance.js";
import { findInteractions } from "./index.js";
import type { LocalMention } from "./sentence.js";

/** Mentions of the given surface forms, where they first occur in the text. */
function at(text: string, names: Record<string, string>): LocalMention[] {
  return Object.entries(names).map(([surface, actor]) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`"${surface}" is not in the text`);
    return { actor, start, end: start + surface.length };
  });
}

function listed(text: string): { cue: string; list: string; modality: string; event: string } | undefined {
  const l = findAttendanceList(text);
  return l && { cue: text.slice(l.cue.start, l.cue.end), list: text.slice(l.list.start, l.list.end), modality: l.modality, event: l.event };
}

describe("findAttendanceList", () => {
  it("finds a list after its cue, up to a release's asterism", () => {
    const text = "Taking part in the meeting were Prime Minister Mikhail Mishustin and Finance Minister Anton Siluanov. * * * President of Russia Vladimir Putin: Good afternoon.";
    expect(listed(text)).toEqual({
      cue: "Taking part in the meeting were ",
      list: "Prime Minister Mikhail Mishustin and Finance Minister Anton Siluanov. ",
      modality: "occurred",
      event: "meeting",
    });
  });

  it("reads each way of saying it, and the future as planned", () => {
    expect(listed("The meeting was also attended by Sergei Lavrov.")).toMatchObject({ cue: "The meeting was also attended by ", list: "Sergei Lavrov.", modality: "occurred" });
    expect(listed("Also taking part in the plenary session will be President of Egypt Abdel Fattah el-Sisi.")).toMatchObject({ list: "President of Egypt Abdel Fattah el-Sisi.", modality: "planned", event: "session" });
    expect(listed("Taking part in the meeting, timed to coincide with the 30th anniversary of the Treaty, were the heads of six states.")).toMatchObject({ list: "the heads of six states.", modality: "occurred" });
    expect(listed("Members of the Board of Trustees attending the meeting included Anton Vaino and Andrei Fursenko.")).toMatchObject({ list: "Anton Vaino and Andrei Fursenko.", modality: "occurred" });
    expect(listed("Taking part in the talks were: Sergei Lavrov and Dmitry Peskov.")).toMatchObject({ list: "Sergei Lavrov and Dmitry Peskov." });
    expect(listed("Present at the talks were Sergei Lavrov and Dmitry Peskov.")).toMatchObject({ list: "Sergei Lavrov and Dmitry Peskov.", event: "talks" });
    // A misspelt "taking" in a Kremlin release (2022-04-05); not any word before "part in".
    expect(listed("Taqking part in the meeting were Sergei Lavrov and Dmitry Peskov.")).toMatchObject({ list: "Sergei Lavrov and Dmitry Peskov." });
    expect(listed("For their part in the meeting were Sergei Lavrov and Dmitry Peskov.")).toBeUndefined();
  });

  it("finds lists of those invited, after or before their cue", () => {
    expect(listed("Also invited to the meeting were Sergei Lavrov and Dmitry Peskov.")).toEqual({
      cue: "Also invited to the meeting were ",
      list: "Sergei Lavrov and Dmitry Peskov.",
      modality: "occurred",
      event: "meeting",
    });
    expect(listed("Also invited to attend were Sergei Lavrov and Dmitry Peskov.")).toMatchObject({ list: "Sergei Lavrov and Dmitry Peskov.", event: "meeting" });
    expect(listed("Sergei Lavrov and Dmitry Peskov were also invited to attend the meeting.")).toMatchObject({ list: "Sergei Lavrov and Dmitry Peskov ", event: "meeting" });
    expect(findAttendanceList("Sergei Lavrov and Dmitry Peskov were invited to attend the talks.")?.invited).toBe(true);
    expect(findAttendanceList(LIST)?.invited).toBe(false);
  });

  it("finds a list before its cue", () => {
    expect(listed("Xi Jinping and Narendra Modi are also taking part in the meeting.")).toEqual({
      cue: "are also taking part in the meeting",
      list: "Xi Jinping and Narendra Modi ",
      modality: "occurred",
      event: "meeting",
    });
    expect(listed("African Union Commission Chairperson Moussa Faki Mahamat will also take part in the meeting.")).toMatchObject({
      list: "African Union Commission Chairperson Moussa Faki Mahamat ",
      modality: "planned",
    });
    expect(listed("Sergei Lavrov and Dmitry Peskov also took part in the talks.")).toMatchObject({ list: "Sergei Lavrov and Dmitry Peskov ", modality: "occurred" });
  });

  it("keeps a list whose attendees are parted by semicolons, and stops at a speaker's colon", () => {
    expect(listed("Taking part in the summit were the Sultan of Brunei Hassanal Bolkiah; Prime Minister of Cambodia Hun Sen; President of Indonesia Joko Widodo.")?.list).toBe(
      "the Sultan of Brunei Hassanal Bolkiah; Prime Minister of Cambodia Hun Sen; President of Indonesia Joko Widodo.",
    );
    expect(listed("Taking part in the meeting were Sergei Lavrov and Dmitry Peskov. President of Russia Vladimir Putin: Colleagues.")?.list).toBe(
      "Sergei Lavrov and Dmitry Peskov. President of Russia Vladimir Putin",
    );
  });

  it("is only ever found in an article the quick test lets through", () => {
    const forms = [
      "Taking part in the meeting were Sergei Lavrov and Dmitry Peskov.",
      "Participating in the talks were Sergei Lavrov and Dmitry Peskov.",
      "Present at the talks were Sergei Lavrov and Dmitry Peskov.",
      "Members attending the meeting included Sergei Lavrov.",
      "The meeting was attended by Sergei Lavrov.",
      "Also invited to attend were Sergei Lavrov and Dmitry Peskov.",
      "Sergei Lavrov and Dmitry Peskov are also taking part in the meeting.",
      "Sergei Lavrov will also be taking part in the meeting.",
      "Sergei Lavrov will also take part in the meeting.",
      "Sergei Lavrov is also to take part in the meeting.",
      "Sergei Lavrov also took part in the talks.",
      "Sergei Lavrov also takes part in the session.",
      "Sergei Lavrov was also invited to participate in the talks.",
    ];
    for (const text of forms) {
      expect(findAttendanceList(text), text).toBeDefined();
      expect(MAY_LIST_ATTENDEES.test(text), text).toBe(true);
    }
  });

  it("finds none where people take part in something that is not a meeting, or speak of taking part", () => {
    for (const text of [
      "I sincerely congratulate all those who are taking part in its work on this anniversary.",
      "I would like to give special greetings to the large families who are taking part in our meeting today.",
      "Taking part in the forum were Sergei Lavrov and Dmitry Peskov.",
      "Taking part in the ceremony were Sergei Lavrov and Dmitry Peskov.",
      "Those who took part in the Immortal Regiment march carried portraits.",
      "Vladimir Putin held talks with Emmanuel Macron.",
      "The meeting was held in Moscow.",
    ]) {
      expect(listed(text), text).toBeUndefined();
    }
  });
});

const LIST = "Taking part in the meeting were Prime Minister Mikhail Mishustin, Foreign Minister Sergei Lavrov and Presidential Spokesman Dmitry Peskov.";
const LISTED = { "Mikhail Mishustin": "mishustin", "Sergei Lavrov": "lavrov", "Dmitry Peskov": "peskov" };

function near(text: string, names: Record<string, string> = {}): NearSentence {
  return { text, mentions: at(text, names) };
}

describe("listHosts", () => {
  const here = near(LIST, LISTED);
  const list = findAttendanceList(LIST)!;

  it("takes one named in the cue", () => {
    const text = "Taking part in the meeting with Vladimir Putin were Sergei Lavrov and Dmitry Peskov.";
    expect(listHosts(near(text, { "Vladimir Putin": "putin", "Sergei Lavrov": "lavrov", "Dmitry Peskov": "peskov" }), findAttendanceList(text)!, [], [])).toEqual({ hosts: ["putin"] });
  });

  it("takes those of the sentence before that says they held the meeting, with the channel it names", () => {
    const before = [near("Vladimir Putin held a meeting with Government members via videoconference.", { "Vladimir Putin": "putin" })];
    expect(listHosts(here, list, before, [])).toEqual({ hosts: ["putin"], channel: "video", held: true });
    // Two back, past a sentence that names nobody.
    expect(listHosts(here, list, [near("The agenda was the economy."), ...before], [])).toEqual({ hosts: ["putin"], channel: "video", held: true });
    // One to come.
    expect(listHosts(here, list, [near("Vladimir Putin will host a meeting on Friday.", { "Vladimir Putin": "putin" })], [])).toEqual({ hosts: ["putin"], held: false });
  });

  it("looks up to four sentences back, for a release's lead, and takes the channel of the sentence that says it was held", () => {
    // Kremlin, 2022-03-18: the lead, then what was discussed, then the list.
    const lead = near("The President held a briefing session, via videoconference, with permanent members of the Security Council.", { President: "putin" });
    const between = [
      near("The President informed them on the details of his numerous telephone conversations.", { President: "putin" }),
      near("The discussion focused on current international developments."),
      near("Foreign Minister Sergei Lavrov reported.", { "Sergei Lavrov": "lavrov" }),
    ];
    // The lead is the fourth back; the phone of the nearest sentence is about other calls.
    expect(listHosts(here, list, [between[0]!, between[1]!, between[2]!, lead], [])).toEqual({ hosts: ["putin"], channel: "video", held: true });
    // Not the fifth.
    expect(listHosts(here, list, [...between, near("Nobody else."), lead], [])).toEqual({ hosts: [] });
    // Said by a sentence between, when the one that names the host does not say it.
    const took = near("Vladimir Putin took part in an emergency session of the Council.", { "Vladimir Putin": "putin" });
    expect(listHosts(here, list, [near("Armenia chaired the videoconference meeting."), took], [])).toEqual({ hosts: ["putin"], channel: "video", held: true });
  });

  it("leaves out one of those who is on the list, unless nobody else is named", () => {
    const report = near("Vladimir Putin held a meeting, with a report by Foreign Minister Sergei Lavrov.", { "Vladimir Putin": "putin", "Sergei Lavrov": "lavrov" });
    expect(listHosts(here, list, [report], []).hosts).toEqual(["putin"]);
    const alone = near("Sergei Lavrov held a meeting.", { "Sergei Lavrov": "lavrov" });
    expect(listHosts(here, list, [alone], []).hosts).toEqual(["lavrov"]);
  });

  it("takes nobody from a sentence before that does not say who held the meeting, or names more than three", () => {
    const report = near("Foreign Minister Sergei Lavrov delivered a report on the subject.", { "Sergei Lavrov": "lavrov" });
    expect(listHosts(here, list, [report], [])).toEqual({ hosts: [] });
    const many = near("Joe Biden, Emmanuel Macron, Olaf Scholz and Mario Draghi held a meeting.", { "Joe Biden": "biden", "Emmanuel Macron": "macron", "Olaf Scholz": "scholz", "Mario Draghi": "draghi" });
    expect(listHosts(here, list, [many], [])).toEqual({ hosts: [] });
  });

  it("takes the first speaker of the transcript after the list: after its asterism, or opening a later sentence", () => {
    const text = `${LIST} * * * The President's opening remarks at the meeting on economic issues President of Russia Vladimir Putin: Colleagues, good afternoon.`;
    const merged = near(text, { ...LISTED, "Vladimir Putin": "putin" });
    expect(listHosts(merged, findAttendanceList(text)!, [], [])).toEqual({ hosts: ["putin"], held: true });
    const later = [near("The meeting focused on the economy."), near("President of Russia Vladimir Putin: Colleagues, good afternoon.", { "Vladimir Putin": "putin" })];
    expect(listHosts(here, list, [], later)).toEqual({ hosts: ["putin"], held: true });
    const split = [near("* * * The President's opening remarks at the meeting on economic issues President of Russia Vladimir Putin: Colleagues.", { "Vladimir Putin": "putin" })];
    expect(listHosts(here, list, [], split)).toEqual({ hosts: ["putin"], held: true });
    // Not one named further into a sentence.
    const quoted = [near("Asked about the meeting, Vladimir Putin said: it was useful.", { "Vladimir Putin": "putin" })];
    expect(listHosts(here, list, [], quoted)).toEqual({ hosts: [] });
  });
});

describe("attendanceMeetings", () => {
  const list = findAttendanceList(LIST)!;
  const mentions = at(LIST, LISTED);
  const pairs = (xs: ReturnType<typeof attendanceMeetings>) => xs.map((x) => `${x.a}-${x.b} ${x.modality} ${x.channel ?? "none"}${x.channelDefault ? " default" : ""}`);

  it("makes a meeting between the host and each attendee, none among the attendees", () => {
    expect(pairs(attendanceMeetings(LIST, list, mentions, { hosts: ["putin"] }))).toEqual([
      "mishustin-putin occurred in-person default",
      "lavrov-putin occurred in-person default",
      "peskov-putin occurred in-person default",
    ]);
  });

  it("never pairs a host with itself, and meets each of several hosts", () => {
    expect(pairs(attendanceMeetings(LIST, list, mentions, { hosts: ["lavrov"] }))).toEqual(["lavrov-mishustin occurred in-person default", "lavrov-peskov occurred in-person default"]);
    expect(attendanceMeetings(LIST, list, mentions, { hosts: ["putin", "macron"] })).toHaveLength(6);
    expect(attendanceMeetings(LIST, list, mentions, { hosts: [] })).toEqual([]);
  });

  it("takes the channel from the cue, then from the sentences before, and leaves it unknown when one attendee's is named", () => {
    const video = "Taking part in the videoconference meeting were Sergei Lavrov and Dmitry Peskov.";
    expect(pairs(attendanceMeetings(video, findAttendanceList(video)!, at(video, { "Sergei Lavrov": "lavrov", "Dmitry Peskov": "peskov" }), { hosts: ["putin"] }))).toEqual([
      "lavrov-putin occurred video",
      "peskov-putin occurred video",
    ]);
    expect(pairs(attendanceMeetings(LIST, list, mentions, { hosts: ["putin"], channel: "phone" }))[0]).toBe("mishustin-putin occurred phone");
    const one = "Taking part in the meeting were Sergei Lavrov and Dmitry Peskov (via videoconference).";
    expect(pairs(attendanceMeetings(one, findAttendanceList(one)!, at(one, { "Sergei Lavrov": "lavrov", "Dmitry Peskov": "peskov" }), { hosts: ["putin"] }))).toEqual([
      "lavrov-putin occurred none",
      "peskov-putin occurred none",
    ]);
  });

  it("makes meetings of those invited only when the meeting is said to have taken place", () => {
    const text = "Sergei Lavrov and Dmitry Peskov were invited to attend the meeting.";
    const l = findAttendanceList(text)!;
    const ms = at(text, { "Sergei Lavrov": "lavrov", "Dmitry Peskov": "peskov" });
    expect(attendanceMeetings(text, l, ms, { hosts: ["putin"], held: false })).toEqual([]);
    expect(pairs(attendanceMeetings(text, l, ms, { hosts: ["putin"], held: true }))).toEqual(["lavrov-putin occurred in-person default", "peskov-putin occurred in-person default"]);
  });

  it("gives a session or consultations no channel of their own, and a videoconference its own", () => {
    const cases: [string, string][] = [
      ["Taking part in the session were Sergei Lavrov and Dmitry Peskov.", "lavrov-putin occurred none"],
      ["Taking part in the consultations were Sergei Lavrov and Dmitry Peskov.", "lavrov-putin occurred none"],
      ["Taking part in the videoconference were Sergei Lavrov and Dmitry Peskov.", "lavrov-putin occurred video"],
      ["Taking part in the summit were Sergei Lavrov and Dmitry Peskov.", "lavrov-putin occurred in-person default"],
    ];
    for (const [text, first] of cases) {
      const l = findAttendanceList(text)!;
      expect(pairs(attendanceMeetings(text, l, at(text, { "Sergei Lavrov": "lavrov", "Dmitry Peskov": "peskov" }), { hosts: ["putin"] }))[0], text).toBe(first);
    }
  });

  it("lists nobody when no actor is named next to the cue", () => {
    const text = "Taking part in the talks is important for the government and its many partners abroad, as Foreign Minister Sergei Lavrov said.";
    const l = findAttendanceList(text)!;
    expect(l).toBeDefined();
    expect(attendanceMeetings(text, l, at(text, { "Sergei Lavrov": "lavrov" }), { hosts: ["putin"] })).toEqual([]);
  });
});

describe("attendance lists in an article", () => {
  function interactions(text: string, title = "") {
    const p = prepareArticle(article(text, "2022-02-15", title));
    return findInteractions(p, findActors(p, testIndex), testIndex).map((x) => `${x.type} ${x.a}-${x.b}${x.type === "meeting" ? ` ${x.modality} ${x.channel ?? "none"} ${x.date}` : ""}`);
  }

  it("reads a release's list as meetings with the President who held it, and leaves the attendees co-mentioned", () => {
    const text =
      "Vladimir Putin held a meeting on economic issues via videoconference.\n\nTaking part in the meeting were Foreign Minister Sergei Lavrov, Presidential Spokesman Dmitry Peskov and Defence Minister Lloyd Austin.";
    expect(interactions(text, "Meeting on economic issues").sort()).toEqual([
      "comention austin-lavrov",
      "comention austin-peskov",
      "comention lavrov-peskov",
      "meeting austin-putin occurred video 2022-02-15",
      "meeting lavrov-putin occurred video 2022-02-15",
      "meeting peskov-putin occurred video 2022-02-15",
    ]);
  });

  it("finds the President who opens the transcript after the asterism, in place of co-mentions with everyone listed", () => {
    const text = "Taking part in the meeting were Foreign Minister Sergei Lavrov and Presidential Spokesman Dmitry Peskov. * * * President of Russia Vladimir Putin: Colleagues, good afternoon.";
    expect(interactions(text, "Meeting with Security Council members").sort()).toEqual([
      "comention lavrov-peskov",
      "meeting lavrov-putin occurred in-person 2022-02-15",
      "meeting peskov-putin occurred in-person 2022-02-15",
    ]);
  });

  it("makes no meeting where nobody near the list held the meeting", () => {
    const text = "The agenda was the economy.\n\nTaking part in the meeting were Foreign Minister Sergei Lavrov and Presidential Spokesman Dmitry Peskov.";
    expect(interactions(text)).toEqual(["comention lavrov-peskov"]);
  });
});
