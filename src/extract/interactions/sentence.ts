// Reads the interactions of one sentence from its actor mentions and cue words.
//
// Mentions are chained left to right. The text between two neighbours is either
// a list ("A, B and his counterpart C": they act together), a meeting cue
// ("A met with B", "A and B ... at a summit hosted by C"), or anything else (a break).
// Meeting cues join the groups on either side; speech cues make statements from
// their speaker to the actors in what was said; every other pair is a co-mention.
import type { Channel, Modality, RawInteraction } from "../../shared/types.js";
import {
  channelHint,
  remoteChannelHint,
  findMeetingCues,
  findModalityCues,
  findSpeechCues,
  speakerMayFollow,
  MODALITY_STRENGTH,
  opensReport,
  strongest,
  type MeetingCue,
  type ModalityCue,
  type SpeechCue,
} from "./cues.js";
import { firstStartingAt, spansWithin } from "./spans.js";
import { endsLabel } from "../transcript-marks.js";

export interface LocalMention {
  actor: string;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
}

/** A RawInteraction before its date, article and evidence are known: those come from the article around it. */
export type SentenceInteraction = Omit<RawInteraction, "date" | "article" | "sentence"> & {
  /** Offset of the cue the event date should attach to. */
  at: number;
  /** A turn's speaker speaking of someone: dated when said, the transcript's day, not by dates the words name. */
  said?: true;
};

export interface SentenceReading {
  interactions: SentenceInteraction[];
  /** Channels named by meeting cues that joined no pair ("The video call will begin at 10 a.m."). */
  orphanChannels: { channel: Channel; at: number }[];
  /** The sentence ends with "... spoke by telephone with the President of Ukraine." and no partner. */
  openObject: boolean;
}

export interface SentenceContext {
  /** The subject of a headline like "Telephone conversation with X": see headlineSubject in ./index.ts. */
  principal?: string;
  /**
   * The speaker of the transcript turn the sentence is part of, from offset `from` on (after the label in the
   * sentence that opens the turn): see ./turns.ts. Speaks of everyone named there, and is the "I" of what is said.
   */
  turn?: { actor: string; from: number };
}

const MAX_CUE_GAP = 150;
const MAX_SIDE_TEXT = 130;
// "* * *" separates a press release's summary from its transcript (the splitter ends a sentence at "* * *" and
// "***", not at other spacings).
const HARD = /[;:()[\]]|\s[–—]\s|\s-\s|\*\s*\*\s*\*/;
// "Taking part in the meeting were A, B and C", "A and B attended the ceremony": attendees, not partners.
// ("Taqking part", a misspelling in a Kremlin release, as attendance.ts reads it.)
const ATTENDANCE = /\b(?:t\p{L}{3,5}g part|took part|participating|participated|participants|attended|attending|attend|present were|also present|invited)\b/iu;
const LIST_TOKEN =
  /^(?:and|or|with|&|as|for|well|along|together|hosted|led|headed|by|of|the|his|her|their|its|counterparts?|colleagues?|respectively|both|between|among|mr|mrs|ms|dr|president|prime|minister|ministers|foreign|defen[cs]e|secretary|state|chancellor|leaders?|heads?|deputy|spokes(?:wo)?man|spokesperson|press|ambassador|envoy|federal|republic|country[’']s|general|vice|chief|chairman|chairperson|governor|king|queen|premier|top|diplomat|delegations?|former|opposition|faction|party|ex-\S+|[\p{Lu}][\p{L}\p{M}’'.-]*)$/u;
const OWN_SUBJECT = /(?:,|\b(?:and|but|while|whereas)\b)[^,;]*?\b(?:I|[Ww]e)\b[^,;]*$/;
// "You spoke with Angela Merkel twice, and you also spoke with Alexander Lukashenko": after a conjunction, "you" is
// the one addressed, never the person named before it (after a comma alone it may be: "Mr Macron, you met ...").
const OWN_YOU = /\b(?:and|but|while|whereas)\b[^,;]*?\b[Yy]ou\b[^,;]*$/;
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s)\b/;
// "..., President Aliyev and I conducted a": the one saying "I" is one of those who met.
const AND_I = /^,?\s+and\s+I\s+(?:[a-z]+\s+){0,3}$/;
// "A and B discussed the trilateral agreements on Nagorno-Karabakh between the leaders of Russia, Armenia and
// Azerbaijan": the parties of something else the cue speaks of, not of the cue ("talks were held in Sochi between
// A and B" are theirs).
const OTHERS_BETWEEN =
  /\b(?:agreements?|accords?|relations|ties|treaty|treaties|deals?|cooperation|partnership|trade|contracts?|memorandum|declaration|statement|settlement|arrangements?|understandings?|border|conflict|war|tensions?|differences|disputes?|rapprochement|exchanges?|interaction|alliance|union)(?:\s+(?:on|in|of|over|for|about|regarding)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+between\s+$/iu;
// A call as the setting of what is said: "during a telephone conversation", "in a phone call", "over a video call".
const CALL_SETTING = /\b(?:during|in|on|over)\s+(?:a|an|the|their|his|her)\s+(?:(?:telephone|phone|video)\s+)?(?:conversation|call|videoconference)\b/i;
// Speech verbs said to someone, who is named right after them.
const ADDRESSED = /^(?:told|tells|congratulated|thanked|assured|urged|urges|warned|warns)$/i;
// ", who met ...", ", whom ... met": a relative clause after its antecedent.
const RELATIVE = /^\s*,\s*(?:who|whom)\b/i;
// Plural calls or meetings "with" several people: one with each, not one of them all.
const SEPARATE = /(?:conversations|calls|meetings|contacts)\s+with\b/i;
const CLAUSE_AFTER = /,\s*(?:and|while|whereas|but)\s/i;
// "your meeting with", "his conversation with": someone else's, not the speaker's.
const OTHERS_OWN = /\b(?:your|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// A speaker's "I met X" in a transcript is as often years ago ("We talked with President Buhari during the summit
// held in Sochi two years ago"), and would be dated on the day of the transcript: only one said with its day is read.
const TIME_ANCHOR =
  /\b(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|last night|just now|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}|\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;
const TOPIC_VERB = /^(?:discuss|discussed|discusses|discussing|conferred|negotiated)$/i;
const PRONOUN = /\b(?:he|she|they|his|her|their|I|we|my|our)\b/i;
// "during his telephone conversations with", "at her meeting with": the cue is the possessor's.
const POSSESSOR = /\b(?:his|her)\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/iu;
const HEADLINE_LEAD = /^\s*(?:(?:working|bilateral|joint|informal|brief|russian-[\p{L}]+)\s+)?$/iu;

const GAP_STOP = /[.!?“”"«»]/;
const TITLE_TO = /\b(?:(ambassador|envoy|representative|adviser|advisor|aide|assistant|delegate|commissioner)s? to|(committee|commission|council) on)\b/gi;
const TITLE_STOP = /\b(?:Mr|Mrs|Ms|Dr|St|U\.S|U\.K)\./g;

export function isListGap(gap: string): boolean {
  if (gap.length > 110 || HARD.test(gap)) return false;
  // A title's stop does not count. Most gaps hold no stop at all, and need no copy without them.
  if (GAP_STOP.test(gap) && GAP_STOP.test(gap.replace(TITLE_STOP, ""))) return false;
  // At most 14 words, each a list word or a capitalised one; "to" only inside a title ("Ambassador to the United States").
  let words = 0;
  for (const t of (gap.includes(" to ") || gap.includes(" on ") ? gap.replace(TITLE_TO, "$1$2") : gap).split(/[\s,]+/)) {
    if (t.length === 0) continue;
    if (++words > 14 || !LIST_TOKEN.test(t)) return false;
  }
  return true;
}

interface Segment {
  members: LocalMention[];
}

interface Link {
  left: LocalMention[];
  right: LocalMention[];
  /** Everyone meets everyone (a summit), rather than left × right (A met B). */
  all: boolean;
  cues: MeetingCue[];
  /** The text span scanned for modality and channel words. */
  window: [number, number];
  /** The turn's speaker is the "I" of it: a meeting only if it says when (see TIME_ANCHOR). */
  fromTurn?: boolean;
}

export function readSentence(text: string, mentionsIn: LocalMention[], ctx: SentenceContext = {}): SentenceReading {
  const mentions = dedupeMentions(mentionsIn);
  const cues = findMeetingCues(text);
  const distinct = new Set(mentions.map((m) => m.actor));
  const turn = ctx.turn;
  if (distinct.size === 0 || (distinct.size === 1 && !ctx.principal && cues.length === 0 && (!turn || distinct.has(turn.actor)))) {
    return { interactions: [], orphanChannels: orphans(cues, []), openObject: false };
  }
  const speech = findSpeechCues(text);
  const modalityCues = findModalityCues(text);
  const speakers = findSpeakers(text, mentions, speech);
  // Who says "I" here: a speech verb's speaker, else the turn's.
  const firstSpeaker: LocalMention | undefined = speakers[0]?.speaker ?? (turn ? { actor: turn.actor, start: turn.from, end: turn.from } : undefined);
  const sentenceSpeaker = firstSpeaker?.actor;

  // ---- chain mentions into list segments and cue gaps ----
  const segments: Segment[] = [];
  const gapKinds: ("cue" | "break")[] = [];
  const gapCues: MeetingCue[][] = [];
  let anyCueGap = false;
  for (const [i, m] of mentions.entries()) {
    const prev = mentions[i - 1];
    if (!prev) {
      segments.push({ members: [m] });
      continue;
    }
    const gap = text.slice(prev.end, m.start);
    if (isListGap(gap) && !startsClause(m, cues, speech, segments.length > 1 || anyCueGap)) {
      segments[segments.length - 1]!.members.push(m);
      continue;
    }
    const inGap = spansWithin(cues, prev.end, m.start);
    const kind = inGap.length > 0 && cueGapLinks(text, prev.end, m.start, inGap, speech) ? "cue" : "break";
    if (kind === "cue") anyCueGap = true;
    gapKinds.push(kind);
    gapCues.push(inGap);
    segments.push({ members: [m] });
  }

  const links: Link[] = [];
  const linkedLefts = new Set<LocalMention[]>();
  const push = (l: Link) => {
    links.push(l);
    linkedLefts.add(l.left);
  };
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const first = seg.members[0]!;
    const last = seg.members[seg.members.length - 1]!;
    const leftKind = i === 0 ? "start" : gapKinds[i - 1];
    if (leftKind === "cue") {
      const prevSeg = segments[i - 1]!;
      const inGap = gapCues[i - 1]!;
      const labelLeft = !!turn && prevSeg.members.length === 1 && prevSeg.members[0]!.actor === turn.actor && prevSeg.members[0]!.end <= turn.from;
      push({
        fromTurn: labelLeft,
        left: relativeAntecedent(text, segments, i, inGap) ?? tellersOwn(text, segments, i, inGap) ?? prevSeg.members,
        right: seg.members,
        // "A held talks with B and C": one meeting of the three. "A had telephone conversations with B and C": one each.
        all: inGap.some((c) => c.nominal && !SEPARATE.test(text.slice(c.start, c.end + 6))),
        cues: inGap,
        window: [prevSeg.members[prevSeg.members.length - 1]!.start, Math.min(text.length, last.end + 60)],
      });
      continue;
    }
    // A cue before the segment with nobody on its left: "Talks between A and B", "Meeting with X" (a headline).
    const leadFrom = i === 0 ? 0 : segments[i - 1]!.members[segments[i - 1]!.members.length - 1]!.end;
    const lead = spansWithin(cues, leadFrom, first.start).filter((c) => first.start - c.end <= MAX_SIDE_TEXT);
    const leadCue = lead[lead.length - 1];
    if (
      leadCue &&
      !HARD.test(text.slice(leadCue.end, first.start)) &&
      !OTHERS_BETWEEN.test(text.slice(leadCue.end, first.start)) &&
      !inOpeningPhrase(text, leadFrom, leadCue, first.start) &&
      !ATTENDANCE.test(text.slice(Math.max(leadFrom, leadCue.start - 40), first.start))
    ) {
      const window: [number, number] = [Math.max(leadFrom, leadCue.start - 60), Math.min(text.length, last.end + 60)];
      const before = text.slice(leadFrom, leadCue.start);
      const withEach = /^\s*with\b/i.test(text.slice(leadCue.end, first.start));
      // "We will discuss the issues that Joseph Biden raised": one discusses a thing with someone, not someone.
      const firstPerson =
        FIRST_PERSON.test(before) && !OTHERS_OWN.test(before) && !(TOPIC_VERB.test(text.slice(leadCue.start, leadCue.end)) && !/\bwith\b/i.test(text.slice(leadCue.end, first.start)));
      // "talks with A and B", "telephone conversations with A and B": someone else's with each of them, not theirs
      // with each other. "during his telephone conversations with A and B": his, the sentence's subject's.
      const owner = withEach && i > 0 && POSSESSOR.test(before) ? segments[0]!.members[0]! : undefined;
      // "Talks between A and B" joins them; "I will meet with A and B" joins each with the one speaking.
      if (owner && !seg.members.some((m) => m.actor === owner.actor)) {
        push({ left: [owner], right: seg.members, all: false, cues: [leadCue], window });
      } else if (!withEach && !(firstPerson && !leadCue.nominal) && seg.members.length > 1 && new Set(seg.members.map((m) => m.actor)).size > 1) {
        push({ left: seg.members, right: [], all: true, cues: [leadCue], window });
      } else if (firstPerson && sentenceSpeaker && sentenceSpeaker !== first.actor) {
        push({ left: [firstSpeaker!], right: seg.members, all: false, cues: [leadCue], window, fromTurn: !speakers[0] });
      } else if (i === 0 && ctx.principal && HEADLINE_LEAD.test(text.slice(0, leadCue.start)) && segments.length === 1) {
        const subject = ctx.principal;
        if (seg.members.some((m) => m.actor === subject)) continue;
        const principal: LocalMention = { actor: subject, start: 0, end: 0 };
        push({ left: [principal], right: seg.members, all: false, cues: [leadCue], window });
      }
    }
    // A cue after a group with nobody on its right: "A and B met", "A and B discussed it at a meeting".
    const nextKind = gapKinds[i];
    if (nextKind !== "cue" && seg.members.length > 1 && new Set(seg.members.map((m) => m.actor)).size > 1) {
      const trailTo = segments[i + 1]?.members[0]?.start ?? text.length;
      const trail = firstCueAfter(cues, last.end, trailTo);
      if (trail && !HARD.test(text.slice(last.end, trail.start)) && !ATTENDANCE.test(text.slice(last.end, trail.start)) && !linkedLefts.has(seg.members)) {
        push({ left: seg.members, right: [], all: true, cues: [trail], window: [first.start, Math.min(text.length, trail.end + 60)] });
      }
    }
    // "Last Friday, Prime Minister Pashinyan, President Aliyev and I conducted a videoconference": the one saying "I" too.
    if (nextKind !== "cue" && firstSpeaker && !seg.members.some((m) => m.actor === firstSpeaker.actor)) {
      const trail = firstCueAfter(cues, last.end, segments[i + 1]?.members[0]?.start ?? text.length);
      if (trail && AND_I.test(text.slice(last.end, trail.start))) {
        push({ left: [firstSpeaker], right: seg.members, all: false, cues: [trail], window: [first.start, Math.min(text.length, trail.end + 60)], fromTurn: !speakers[0] });
      }
    }
  }

  // ---- meetings from links ----
  const out: SentenceInteraction[] = [];
  const meetingPairs = new Set<string>();
  const cueStarts = links.map((l) => l.cues[0]!.start).sort((a, b) => a - b);
  const linkModality = links.map((l) => localModality(text, l, modalityCues, cueStarts));
  attachFarModality(text, links, linkModality, modalityCues);
  // Once per sentence, not per link: the whole sentence is read for it.
  let remoteInSentence: boolean | undefined;
  const remoteAnywhere = () => (remoteInSentence ??= !!remoteChannelHint(text));
  for (const [li, l] of links.entries()) {
    if (l.fromTurn && linkModality[li] === "occurred" && !TIME_ANCHOR.test(text)) continue;
    const { channel, channelDefault } = linkChannel(text, l, remoteAnywhere);
    const at = l.cues[0]!.start;
    const pairs = l.right.length === 0 || l.all ? allPairs([...l.left, ...l.right]) : product(l.left, l.right);
    for (const [a, b] of pairs) {
      const key = pairKey(a, b);
      if (meetingPairs.has(key)) continue;
      meetingPairs.add(key);
      const [x, y] = a < b ? [a, b] : [b, a];
      const meeting: SentenceInteraction = { type: "meeting", a: x, b: y, modality: linkModality[li]!, at };
      if (channel) meeting.channel = channel;
      if (channelDefault) meeting.channelDefault = channelDefault;
      out.push(meeting);
    }
  }

  out.push(...callMeetings(text, mentions, links, speakers, modalityCues, meetingPairs));

  // ---- statements ----
  const statementPairs = new Set<string>();
  // The pairs of those statements, whoever spoke: a statement's speaker is always one of its pair
  // (and ids, slugs with single hyphens, never make two pairs share a key).
  const statementKeys = new Set<string>();
  // A speaker already linked to every other actor has nothing left to say: "A said B said ..." repeated
  // thousands of times must not walk thousands of targets per repeat.
  const linked = new Map<string, number>();
  const linkedCount = (actor: string): number => {
    let c = linked.get(actor);
    if (c === undefined) {
      c = 0;
      for (const other of distinct) if (other !== actor && meetingPairs.has(pairKey(actor, other))) c++;
      linked.set(actor, c);
    }
    return c;
  };
  for (const { cue, speaker, targets } of speakers) {
    for (let i = targets.from; i < targets.to && linkedCount(speaker.actor) < distinct.size - 1; i++) {
      const t = mentions[i]!;
      // "Andrei Kolesnikov: You recently said that ...": whoever said it did not speak of the one asking.
      if (targets.except.has(t) || t.actor === speaker.actor || endsLabel(text, t.end)) continue;
      const key = pairKey(speaker.actor, t.actor);
      if (meetingPairs.has(key) || statementPairs.has(`${key}|${speaker.actor}`)) continue;
      statementPairs.add(`${key}|${speaker.actor}`);
      statementKeys.add(key);
      linked.set(speaker.actor, linkedCount(speaker.actor) + 1);
      const [x, y] = speaker.actor < t.actor ? [speaker.actor, t.actor] : [t.actor, speaker.actor];
      out.push({ type: "statement", a: x, b: y, speaker: speaker.actor, at: cue.start });
    }
  }

  // The turn's speaker speaks of everyone named in the turn, except in a transcriber's note in brackets ("(After that,
  // Minister of Science Valery Falkov spoke of ...)"); one right after the label says whom the speaker answers.
  if (turn) {
    for (const t of mentions) {
      if (t.start < turn.from || t.actor === turn.actor || inNote(text, t.start, turn.from) || endsLabel(text, t.end)) continue;
      const key = pairKey(turn.actor, t.actor);
      if (meetingPairs.has(key) || statementPairs.has(`${key}|${turn.actor}`)) continue;
      statementPairs.add(`${key}|${turn.actor}`);
      statementKeys.add(key);
      const [x, y] = turn.actor < t.actor ? [turn.actor, t.actor] : [t.actor, turn.actor];
      out.push({ type: "statement", a: x, b: y, speaker: turn.actor, at: turn.from, said: true });
    }
  }

  // ---- co-mentions ----
  const actors = [...distinct].sort();
  // A long list of names makes thousands of pairs: build no key when there is nothing to look up.
  const related = meetingPairs.size > 0 || statementKeys.size > 0;
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      if (related) {
        const key = pairKey(actors[i]!, actors[j]!);
        if (meetingPairs.has(key) || statementKeys.has(key)) continue;
      }
      out.push({ type: "comention", a: actors[i]!, b: actors[j]!, at: 0 });
    }
  }

  const lastMention = mentions[mentions.length - 1];
  const tail = lastMention ? text.slice(lastMention.end) : "";
  const openObject =
    !!lastMention && /^\s+(?:[\p{L}’'-]+\s+){0,4}?(?:spoke|talked|met|held talks|had a (?:telephone |phone )?conversation)\b[^.;]*\bwith(?:\s+[\p{L}’'-]+){0,6}\s*[.]?\s*$/iu.test(tail);
  return { interactions: out, orphanChannels: orphans(cues, links), openObject };
}

const OPENING = /^\s*(?:following|after|in follow[- ]up to|as a follow[- ]up to|further to|ahead of|prior to|in the wake of)\b/i;

// "Following talks held in Moscow on February 22, A and B spoke by phone": the talks are
// the phrase's, and the pair's event is the one after the comma.
const OTHER_EVENT = /\b(?:following|after|before|ahead of|prior to)\s+(?:(?:a|an|the|this|that|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$/i;

function inOpeningPhrase(text: string, from: number, cue: MeetingCue, to: number): boolean {
  return from === 0 && OPENING.test(text.slice(0, cue.start)) && text.slice(cue.end, to).includes(",");
}

export function dedupeMentions(ms: LocalMention[]): LocalMention[] {
  // Mentions mostly come in order with none overlapping: then they are the answer as they are (no copy, no sort).
  let inOrder = true;
  for (let i = 1; i < ms.length && inOrder; i++) inOrder = ms[i - 1]!.end <= ms[i]!.start;
  if (inOrder) return ms;
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LocalMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

// In the object list of a cue, "A met B, and C said..." must not make C a partner:
// a member directly followed by a verb cue opens a new clause.
function startsClause(m: LocalMention, cues: MeetingCue[], speech: SpeechCue[], afterCue: boolean): boolean {
  if (!afterCue) return false;
  for (let i = firstStartingAt(cues, m.end); i < cues.length && cues[i]!.start - m.end <= 20; i++) if (!cues[i]!.nominal) return true;
  for (let i = firstStartingAt(speech, m.end); i < speech.length && speech[i]!.start - m.end <= 20; i++) if (!speech[i]!.speakerAfter) return true;
  return false;
}

/** The first cue starting within MAX_SIDE_TEXT after `from` that ends by `to`. */
function firstCueAfter(cues: MeetingCue[], from: number, to: number): MeetingCue | undefined {
  for (let i = firstStartingAt(cues, from); i < cues.length && cues[i]!.start - from <= MAX_SIDE_TEXT; i++) if (cues[i]!.end <= to) return cues[i];
  return undefined;
}

// A reported clause ("Peskov said that ...") separates the speaker from a meeting inside it,
// unless a pronoun makes the speaker its subject ("Lavrov said he met Blinken").
/**
 * "During a telephone conversation, A congratulated B", "A told B in a phone call that ...": a call no link
 * used, and a speech verb addressed to the one named right after it. Adds each pair to `meetingPairs`.
 */
function callMeetings(
  text: string,
  mentions: LocalMention[],
  links: Link[],
  speakers: SpeakerReading[],
  modalityCues: ModalityCue[],
  meetingPairs: Set<string>,
): SentenceInteraction[] {
  const call = CALL_SETTING.exec(text);
  if (!call || links.some((l) => l.cues.some((c) => c.start >= call.index && c.end <= call.index + call[0].length))) return [];
  const channel = channelHint(call[0]);
  const out: SentenceInteraction[] = [];
  for (const { cue, speaker, targets } of speakers) {
    const object = mentions[targets.from];
    if (cue.speakerAfter || !ADDRESSED.test(text.slice(cue.start, cue.end)) || !object || object.start < cue.end) continue;
    if (object.start - cue.end > 4 || object.actor === speaker.actor || targets.except.has(object)) continue;
    const key = pairKey(speaker.actor, object.actor);
    if (meetingPairs.has(key)) continue;
    meetingPairs.add(key);
    const [x, y] = speaker.actor < object.actor ? [speaker.actor, object.actor] : [object.actor, speaker.actor];
    // The call's modality is what comes before the verb ("will tell B in a call"), not what was said after it.
    const meeting: SentenceInteraction = { type: "meeting", a: x, b: y, modality: strongest(modalityCues.filter((m) => m.end <= cue.start)), at: call.index };
    if (channel) meeting.channel = channel;
    out.push(meeting);
  }
  return out;
}

/** Whether `at` is inside brackets, other than those right after a label's colon (which ends at `from`, if > 0). */
function inNote(text: string, at: number, from: number): boolean {
  const open = text.lastIndexOf("(", at);
  if (open < 0 || (from > 0 && open <= from + 1)) return false;
  return text.lastIndexOf(")", at) < open;
}

/**
 * "Macron, who met Putin in Moscow on Monday, flew to Kyiv to meet Zelensky": the previous segment (Putin) sits in a
 * relative clause that closed before the cue, so the cue's party is the clause's antecedent (Macron).
 */
function relativeAntecedent(text: string, segments: Segment[], i: number, inGap: MeetingCue[]): LocalMention[] | undefined {
  if (i < 2) return undefined;
  const ante = segments[i - 2]!.members;
  const inner = segments[i - 1]!.members;
  if (!RELATIVE.test(text.slice(ante[ante.length - 1]!.end, inner[0]!.start))) return undefined;
  const from = inner[inner.length - 1]!.end;
  const comma = text.indexOf(",", from);
  if (comma < 0 || comma >= segments[i]!.members[0]!.start || !inGap.some((c) => c.start > comma)) return undefined;
  return ante;
}

// "A told B about the results of his talks with C": the talks are the teller's, not the listener's ("A thanked B
// for his talks with C" are B's, so only verbs of telling).
const TOLD = /^\s*(?:told|tells|informed|informs|briefed|briefs|updated|updates)\s+(?:(?:Mr|Mrs|Ms|Dr|President)\.?\s+)?$/i;
function tellersOwn(text: string, segments: Segment[], i: number, inGap: MeetingCue[]): LocalMention[] | undefined {
  if (i < 2) return undefined;
  const teller = segments[i - 2]!.members;
  const listener = segments[i - 1]!.members;
  if (!TOLD.test(text.slice(teller[teller.length - 1]!.end, listener[0]!.start))) return undefined;
  const firstCue = inGap[0]!;
  const lastCue = inGap[inGap.length - 1]!;
  if (!POSSESSOR.test(text.slice(listener[listener.length - 1]!.end, firstCue.start))) return undefined;
  if (!/^\s*with\b/i.test(text.slice(lastCue.end, segments[i]!.members[0]!.start))) return undefined;
  return teller;
}

function cueGapLinks(text: string, from: number, to: number, inGap: MeetingCue[], speech: SpeechCue[]): boolean {
  if (to - from > MAX_CUE_GAP || HARD.test(text.slice(from, to))) return false;
  if (/[“”"«»]/.test(text.slice(from, to))) return false;
  const firstCue = inGap[0]!;
  const lastCue = inGap[inGap.length - 1]!;
  // "a meeting between B and C": the cue names its own parties, and the actor before is not one.
  if (lastCue.nominal && /^\s+between\b/i.test(text.slice(lastCue.end, to))) return false;
  if (OTHERS_BETWEEN.test(text.slice(lastCue.end, to))) return false;
  // "A joined via videoconference from the Leningrad Region, and B participated from Kaliningrad", "A discussed the
  // website, while B spoke about museums": a new clause after the cue, whose subject is not the cue's object.
  if (CLAUSE_AFTER.test(text.slice(lastCue.end, to))) return false;
  // "Briefing by A following a telephone conversation between B and C": another event's cue,
  // unless a possessive makes A a party ("A said after his meeting with B").
  const before = text.slice(from, firstCue.start);
  if (OTHER_EVENT.test(before) && !/\b(?:his|her|their|its)\s+(?:[\w-]+\s+)?$/i.test(before)) return false;
  // "I have met with A, and tomorrow, I will meet with B": the cue has a subject of its own, so A is
  // not its party (unless a speaker says it of themself: "A said that we met B"). Only I and we:
  // "A arrived in Kiev, where he met B" is A's meeting.
  if ((OWN_SUBJECT.test(before) || OWN_YOU.test(before)) && !speech.some((s) => s.start >= from && s.end <= firstCue.start)) return false;
  for (const s of speech) {
    if (s.start < from || s.end > firstCue.start || s.speakerAfter) continue;
    if (!opensReport(text, s)) continue;
    if (!PRONOUN.test(text.slice(s.end, firstCue.start))) return false;
  }
  return true;
}

export interface SpeakerReading {
  cue: SpeechCue;
  speaker: LocalMention;
  /** What was said names the mentions with index in [from, to), except those listed. */
  targets: { from: number; to: number; except: ReadonlySet<LocalMention> };
}

// Mentions come deduplicated (sorted, not overlapping, so their ends are sorted too) and speech cues
// sorted by start: every look-up below is a binary search or a walk bounded by a few dozen characters,
// so a sentence repeating "A said B said ..." thousands of times is read in linear time.
export function findSpeakers(text: string, mentions: LocalMention[], speech: SpeechCue[]): SpeakerReading[] {
  const out: SpeakerReading[] = [];
  const neighbours = new Map<number, Set<LocalMention>>();
  for (const cue of speech) {
    let speaker: LocalMention | undefined;
    let speakerAt = -1;
    let from = 0;
    let to = 0;
    if (cue.speakerAfter) {
      for (let i = firstStartingAt(mentions, cue.end); i < mentions.length && mentions[i]!.start - cue.end <= 60; i++) {
        if (HARD.test(text.slice(cue.end, mentions[i]!.start))) continue;
        speaker = mentions[i];
        break;
      }
      if (!speaker) continue;
      out.push({ cue, speaker, targets: { from: 0, to: mentions.length, except: new Set([speaker]) } });
      continue;
    }
    const beforeAt = endingBy(mentions, cue.start) - 1;
    const before = mentions[beforeAt];
    const afterAt = firstStartingAt(mentions, cue.end);
    const after = mentions[afterAt];
    // The name right after the verb may be its speaker ("said Kremlin spokesman Dmitry Peskov"); asked only when needed.
    let follows: boolean | undefined;
    const speakerFollows = () =>
      (follows ??= after !== undefined && after.start - cue.end <= 50 && speakerMayFollow(text, cue) && isListGap(text.slice(cue.end, after.start)));
    // "..., said Dmitry Peskov": after a comma, that name wins over the one before.
    const inverted = before !== undefined && /^\s*,\s*$/.test(text.slice(before.end, cue.start)) && speakerFollows();
    if (!inverted && before && cue.start - before.end <= 60 && !/[;“”"«»]/.test(text.slice(before.end, cue.start)) && !speechBetween(speech, cue, before.end)) {
      speaker = before;
      speakerAt = beforeAt;
      [from, to] = opensReport(text, cue) ? [afterAt, mentions.length] : [0, endingBy(mentions, before.start)];
    } else if (speakerFollows()) {
      // "..., said Kremlin spokesman Dmitry Peskov": what was said comes before.
      speaker = after;
      speakerAt = afterAt;
      [from, to] = [0, endingBy(mentions, cue.start)];
    }
    if (!speaker) continue;
    // Co-speakers listed with the speaker ("A and B said") are not what was said.
    let coSpeakers = neighbours.get(speakerAt);
    if (!coSpeakers) neighbours.set(speakerAt, (coSpeakers = listNeighbours(text, mentions, speakerAt)));
    out.push({ cue, speaker, targets: { from, to, except: coSpeakers } });
  }
  return out;
}

/** How many mentions end by `at`: the ends of sorted, non-overlapping mentions are sorted too. */
function endingBy(mentions: LocalMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether another speech cue lies wholly between `from` and the cue. */
function speechBetween(speech: SpeechCue[], cue: SpeechCue, from: number): boolean {
  for (let k = firstStartingAt(speech, from); k < speech.length && speech[k]!.start <= cue.start; k++) {
    if (speech[k] !== cue && speech[k]!.end <= cue.start) return true;
  }
  return false;
}

function listNeighbours(text: string, mentions: LocalMention[], i: number): Set<LocalMention> {
  const set = new Set<LocalMention>([mentions[i]!]);
  for (let j = i; j > 0 && isListGap(text.slice(mentions[j - 1]!.end, mentions[j]!.start)); j--) set.add(mentions[j - 1]!);
  for (let j = i; j < mentions.length - 1 && isListGap(text.slice(mentions[j]!.end, mentions[j + 1]!.start)); j++) set.add(mentions[j + 1]!);
  return set;
}

// Up to the next link's cue: "I have already met with A, and tomorrow, I will meet with B" (A's meeting took place).
// `starts`: every link's first cue start, sorted (a binary search per link, for sentences of thousands of links).
function localModality(_text: string, l: Link, cues: ModalityCue[], starts: number[]): Modality {
  const [from, window] = l.window;
  const own = l.cues[l.cues.length - 1]!.end;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < own) lo = mid + 1;
    else hi = mid;
  }
  const next = starts[lo];
  return strongest(spansWithin(cues, from, next !== undefined && next < window ? next : window));
}

// "… agreed to meet Lavrov … now there is no point in this meeting": a cancellation or
// denial far from any pair belongs to the nearest meeting before it (else after it).
function attachFarModality(text: string, links: Link[], modality: Modality[], cues: ModalityCue[]): void {
  for (const c of cues) {
    if (c.modality !== "cancelled" && c.modality !== "denied") continue;
    if (links.some((l) => c.start >= l.window[0] && c.end <= l.window[1])) continue;
    let target = -1;
    for (const [i, l] of links.entries()) if (l.cues[0]!.end <= c.start) target = i;
    // Forward only within the same clause: across a closing quote or a speech verb it is someone else's meeting.
    if (target < 0) target = links.findIndex((l) => l.cues[0]!.start >= c.end && !/[“”"«»]|\b(?:said|says|stated|added)\b/.test(text.slice(c.end, l.cues[0]!.start)));
    if (target >= 0 && MODALITY_STRENGTH[c.modality] > MODALITY_STRENGTH[modality[target]!]) modality[target] = c.modality;
  }
}

function linkChannel(text: string, l: Link, remoteAnywhere: () => boolean): { channel?: Channel; channelDefault?: boolean } {
  const hinted = channelHint(text.slice(l.window[0], l.window[1]));
  if (hinted) return { channel: hinted };
  const remote = l.cues.find((c) => c.channel && c.channel !== "in-person");
  const stated = remote?.channel ?? l.cues.find((c) => c.channel)?.channel;
  if (stated) return { channel: stated };
  // The rest of the sentence may still name a phone or a screen ("..., via videoconference, with X").
  if (l.cues.some((c) => c.face) && !remoteAnywhere()) return { channel: "in-person", channelDefault: true };
  return {};
}

function namesRemoteChannel(c: MeetingCue): boolean {
  return !!c.channel && c.channel !== "in-person";
}

// Most sentences name no phone or screen: the set of cues the links used is built only for one that does.
function orphans(cues: MeetingCue[], links: Link[]): { channel: Channel; at: number }[] {
  if (!cues.some(namesRemoteChannel)) return [];
  const used = new Set(links.flatMap((l) => l.cues));
  return cues.filter((c) => namesRemoteChannel(c) && !used.has(c)).map((c) => ({ channel: c.channel!, at: c.start }));
}

function allPairs(ms: LocalMention[]): [string, string][] {
  const actors = [...new Set(ms.map((m) => m.actor))];
  const out: [string, string][] = [];
  for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) out.push([actors[i]!, actors[j]!]);
  return out;
}

function product(left: LocalMention[], right: LocalMention[]): [string, string][] {
  const out: [string, string][] = [];
  for (const a of new Set(left.map((m) => m.actor))) for (const b of new Set(right.map((m) => m.actor))) if (a !== b) out.push([a, b]);
  return out;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}--${b}` : `${b}--${a}`;
}
