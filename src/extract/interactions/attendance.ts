// Attendance lists: "Taking part in the meeting were A, B and C", "The meeting was attended by A
// and B", "A and B are also taking part in the talks", "A and B were invited to attend the meeting".
// Everyone listed took part in one meeting with the person who held it, so each of them met that
// person: a press release of the Kremlin names the President once, in the transcript after the
// list, and its attendees only here.
// The attendees are not paired with each other (they stay co-mentions): fifteen members of a
// council in one room make a clique of 105 "meetings" that says less than the star round its chair.
import type { Channel, Modality } from "../../shared/types.js";
import { channelHint, findMeetingCues, remoteChannelHint } from "./cues.js";
import type { LocalMention, SentenceInteraction } from "./sentence.js";
import { turnLabel } from "./turns.js";
import { ASTERISM } from "../transcript-marks.js";

export interface AttendanceList {
  /** The words that say who took part ("Taking part in the meeting were"), in the sentence. */
  cue: { start: number; end: number };
  /** Where the attendees are named, in the sentence: up to a hard break, never across the cue. */
  list: { start: number; end: number };
  modality: Extract<Modality, "occurred" | "planned">;
  /** The event noun (meeting, talks, summit...), lower-case. */
  event: string;
  /** "were invited to attend": they took part only if the meeting took place (see `listHosts`). */
  invited: boolean;
}

// What a list of attendees took part in. Not a forum, ceremony, festival or "event": being at one
// is not meeting everyone there.
const EVENT = String.raw`(?:(?:video\s?conference|videoconference|working|expanded|extended|enlarged|plenary|bilateral|restricted|closed|informal|briefing|operational|regular)\s+)?(?<event>meetings?|talks|negotiations|summit|session|consultations|videoconference|video\s?conference)`;
const DET = String.raw`(?:the|this|that|today[’']s|yesterday[’']s)`;
const WORDS_BEFORE_EVENT = String.raw`(?:[^\s.;:]+\s+){0,6}?`;
// Lists after their cue.
const LIST_AFTER = [
  // "Taking part in the meeting were", "Also taking part in the plenary session will be", "Present at the
  // talks were", "Taking part in the meeting, timed to coincide with ..., were", "Members of the Board
  // attending the meeting included".
  // A misspelt "taking" too ("Taqking part in the meeting were", 2022-04-05): a list read as no list pairs everyone in it.
  String.raw`(?:^\s*(?:also\s+)?|\b)(?:t\p{L}{3,5}g part in|participating in|present at|attending)\s+${DET}\s+${WORDS_BEFORE_EVENT}${EVENT}\b[^.;:]{0,160}?\b(?<verb>were|was|are|is|will\s+be|included|include)\b(?:\s+also)?\s*`,
  // "The meeting was attended by", "The talks were also attended by".
  String.raw`^\s*${DET}\s+${WORDS_BEFORE_EVENT}${EVENT}\s+(?<verb>was|were|is|are|will\s+be)\s+(?:also\s+)?attended\s+by\s+`,
  // "Also invited to the meeting were", "Also invited to attend were".
  String.raw`^\s*(?:also\s+)?(?<invited>invited)\s+to\s+(?:attend|take\s+part|participate|the)\b(?:[^.;:]{0,40}?\b${EVENT}\b)?[^.;:]{0,40}?\b(?<verb>were|was)\b\s*`,
].map((source) => new RegExp(source, "iu"));
// Lists before their cue: "A, B and C are also taking part in the meeting", "A and B also took part in
// the talks", "A will also take part in the talks", "A and B were invited to attend the meeting".
const LIST_BEFORE = new RegExp(
  String.raw`\b(?:(?:are|were|is|was)\s+also\s+taking|(?<future>will\s+also\s+(?:be\s+taking|take)|(?:are|is)\s+also\s+to\s+take)|also\s+(?:took|takes?)|(?:were|was)\s+(?:also\s+)?(?<invited>invited)\s+to\s+(?:attend|take\s+part\s+in|participate\s+in))\s+(?:part\s+in\s+)?${DET}\s+${WORDS_BEFORE_EVENT}${EVENT}\b`,
  "iu",
);
// Where a list stops: a press release's asterism before its transcript, a speaker's colon. Not a
// semicolon: long lists use them between attendees ("Hassanal Bolkiah; Prime Minister of Cambodia Hun Sen; ...").
const HARD_BREAK = new RegExp(`${ASTERISM.source}|:`);
// Between the cue and the nearest attendee, a title: "were Deputy Prime Minister – Presidential
// Plenipotentiary Envoy to the Far Eastern Federal District Yury Trutnev", "deputy prime ministers
// Viktoria Abramchenko", "the incumbent Chair of ASEAN Hassanal Bolkiah". Not a clause: "is important
// for the government and its partners, as Foreign Minister Sergei Lavrov said".
const NEAR_CUE = 160;
const TITLE_WORDS_LOWER = 3;
const FUNCTION_WORD = /^(?:of|the|and|for|in|on|to|at|a|an|with|by|de|del|da|di|du|al|el|la|le|von|van|der)$/;

/** The attendance list a sentence holds, if it holds one. Cheap to call on any sentence. */
export function findAttendanceList(text: string): AttendanceList | undefined {
  for (const re of LIST_AFTER) {
    const lead = re.exec(text);
    if (!lead) continue;
    const g = lead.groups!;
    // "Taking part in the talks were: A, B and C".
    const cueEnd = lead.index + lead[0].length;
    const start = cueEnd + (/^\s*:\s*/.exec(text.slice(cueEnd))?.[0].length ?? 0);
    const stop = HARD_BREAK.exec(text.slice(start));
    return {
      cue: { start: lead.index, end: start },
      list: { start, end: stop ? start + stop.index : text.length },
      modality: g.verb && /^will\s/i.test(g.verb) ? "planned" : "occurred",
      event: (g.event ?? "meeting").toLowerCase(),
      invited: !!g.invited,
    };
  }
  const after = LIST_BEFORE.exec(text);
  if (after) {
    const g = after.groups!;
    let from = 0;
    for (const m of text.slice(0, after.index).matchAll(new RegExp(HARD_BREAK.source, "g"))) from = m.index + m[0].length;
    return {
      cue: { start: after.index, end: after.index + after[0].length },
      list: { start: from, end: after.index },
      modality: g.future ? "planned" : "occurred",
      event: g.event!.toLowerCase(),
      invited: !!g.invited,
    };
  }
  return undefined;
}

/** A quick test on a whole article: most articles hold no attendance list, and need no sentence read for one. */
export const MAY_LIST_ATTENDEES = /taking part|part in|participating in|present at|attending|attended by|t(?:ook|akes?) part|invited to/i;

/** A sentence of the article, with its actors' mentions (offsets within the sentence). */
export interface NearSentence {
  text: string;
  mentions: LocalMention[];
}

export interface ListHosts {
  /** Who held the meeting the list is of (or took part in it besides the listed). */
  hosts: string[];
  /** A phone or screen the sentences before the list name for this meeting ("held a meeting, via videoconference"). */
  channel?: Channel;
  /** Said to have taken place: a transcript follows the list, or the sentence naming the hosts says they held it. */
  held?: boolean;
}

// A sentence that says someone held or attended the meeting: "Vladimir Putin held a meeting, via
// videoconference, with Government members", "Vladimir Putin attended a BRICS+ meeting", "will meet
// with", "addressed the plenary session". A verb: "Sergei Shoigu updated the meeting participants"
// names one of them.
const HOLDS =
  /\b(?:held|holds?|holding|chaired|chairs?|chairing|hosted|hosts?|convened|opened|opens|attended|attends?|took part|takes? part|taking part|participated|participates|addressed|addresses|met|meets?|had an?)\b/i;
// Of those, the ones that say the meeting took place.
const HELD = /\b(?:held|chaired|hosted|convened|opened|attended|took part|participated|addressed|met|had an?)\b/i;
const MOST_HOSTS = 3;
// How far back the sentence saying who held the meeting may be: a release's lead ("The President held a briefing
// session with permanent members of the Security Council") is followed by what was discussed and who reported,
// then by the list.
const BEFORE = 4;

/**
 * Who the people on a list met. The first found of:
 * - actors named in the cue itself ("Taking part in the meeting with the President were ...");
 * - the actors named in the nearest of the four sentences before it that says they held or attended
 *   the meeting ("Vladimir Putin held a meeting with Government members") and names one to three,
 *   but not those on the list;
 * - the first speaker of the transcript that follows the list, in the same sentence after a press
 *   release's asterism or in the sentences after it the caller gives: its chair opens it ("* * *
 *   President of Russia Vladimir Putin: Good afternoon").
 * No one else: not the article's most mentioned actor, which in a release is as often the minister
 * who reported at length, himself on the list. `held` says whether the meeting is said to have
 * taken place: a transcript of it follows, or the sentence naming its hosts says so.
 */
export function listHosts(here: NearSentence, list: AttendanceList, before: NearSentence[], after: NearSentence[]): ListHosts {
  const listed = new Set(here.mentions.filter((m) => m.start >= list.list.start && m.end <= list.list.end).map((m) => m.actor));
  const cue = here.text.slice(list.cue.start, list.cue.end);
  const channel = remoteOf([cue, ...before.slice(0, 2).map((b) => b.text)]);
  const inCue = unique(here.mentions.filter((m) => m.start >= list.cue.start && m.end <= list.cue.end).map((m) => m.actor));
  if (inCue.length) return { hosts: inCue, ...(channel ? { channel } : {}) };
  for (const [k, b] of before.slice(0, BEFORE).entries()) {
    const named = unique(b.mentions.map((m) => m.actor));
    if (named.length === 0 || named.length > MOST_HOSTS || !HOLDS.test(b.text)) continue;
    // One who is also on the list attended ("held a meeting ..., with a report by Minister Maxim
    // Reshetnikov"), unless nobody else is named: then the one who held it is listed too ("Sergei
    // Lavrov held a meeting"). (No Kremlin list needs this since roles inside titles name nobody.)
    const hosts = named.filter((a) => !listed.has(a));
    // The phone or screen of the sentence that says they held it, else of those between it and the list:
    // "took part in an emergency session ... Armenia chaired the videoconference meeting". In that order, as
    // one between may tell of other calls ("informed them on the details of his numerous telephone conversations").
    const via = remoteOf([b.text, cue, ...before.slice(0, k).map((x) => x.text)]);
    return { hosts: hosts.length ? hosts : named, ...(via ? { channel: via } : {}), held: HELD.test(b.text) };
  }
  const rest = list.list.end < here.text.length ? [{ text: here.text.slice(list.list.end), mentions: here.mentions.filter((m) => m.start >= list.list.end).map((m) => ({ ...m, start: m.start - list.list.end, end: m.end - list.list.end })) }] : [];
  for (const s of [...rest, ...after]) {
    const speaker = turnLabel(s.text, s.mentions)?.actor;
    if (speaker) return { hosts: [speaker], ...(channel ? { channel } : {}), held: true };
  }
  return { hosts: [] };
}

function remoteOf(texts: string[]): Channel | undefined {
  for (const t of texts) {
    const c = remoteChannelHint(t);
    if (c) return c;
  }
  return undefined;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/**
 * The meetings an attendance list makes: one between each host and each other actor named in the
 * list, none among the listed.
 */
export function attendanceMeetings(text: string, list: AttendanceList, mentions: LocalMention[], hosts: ListHosts): SentenceInteraction[] {
  // Those invited attended a meeting that took place; of one to come, they are only invited.
  if (hosts.hosts.length === 0 || (list.invited && !hosts.held)) return [];
  const named = mentions.filter((m) => m.start >= list.list.start && m.end <= list.list.end);
  if (named.length === 0) return [];
  // The list is the words next to the cue.
  const gap = list.list.start >= list.cue.end ? text.slice(list.list.start, named[0]!.start) : text.slice(named[named.length - 1]!.end, list.list.end);
  if (!titleLike(gap)) return [];
  const channel = channelOf(text, list, hosts.channel);
  const out: SentenceInteraction[] = [];
  const seen = new Set<string>();
  for (const host of hosts.hosts) {
    for (const m of named) {
      const [a, b] = host < m.actor ? [host, m.actor] : [m.actor, host];
      if (a === b || seen.has(`${a}--${b}`)) continue;
      seen.add(`${a}--${b}`);
      const meeting: SentenceInteraction = { type: "meeting", a, b, modality: list.modality, at: list.cue.start };
      if (channel.channel) meeting.channel = channel.channel;
      if (channel.channelDefault) meeting.channelDefault = true;
      out.push(meeting);
    }
  }
  return out;
}

function titleLike(gap: string): boolean {
  if (gap.length > NEAR_CUE) return false;
  let lower = 0;
  for (const w of gap.split(/[\s,–—-]+/)) if (/^\p{Ll}/u.test(w) && !FUNCTION_WORD.test(w) && ++lower > TITLE_WORDS_LOWER) return false;
  return true;
}

// The cue's own words first ("the videoconference meeting"), then what the sentences before it say
// of the meeting; a phone or a screen named in the list is one attendee's ("President of Egypt (via
// videoconference)"), so it leaves the channel unknown. Else the event noun's default, as the
// sentence reader's cues give it: in person for a meeting or talks, none for a session.
function channelOf(text: string, list: AttendanceList, before: Channel | undefined): { channel?: Channel; channelDefault?: boolean } {
  // The cue holds the event noun, so a "videoconference" is read there.
  const stated = channelHint(text.slice(list.cue.start, list.cue.end)) ?? before;
  if (stated) return { channel: stated };
  if (remoteChannelHint(text.slice(list.list.start, list.list.end))) return {};
  return findMeetingCues(list.event)[0]?.face ? { channel: "in-person", channelDefault: true } : {};
}
