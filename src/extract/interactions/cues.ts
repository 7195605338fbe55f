// Word cues that signal a meeting, a statement or a meeting's modality.
// Each finder returns positions within one sentence; the pairing of actors
// around them is done in sentence.ts.
import type { Channel, Modality } from "../../shared/types.js";

export interface MeetingCue {
  start: number;
  end: number;
  channel?: Channel;
  /** A noun naming an event (summit, talks): everyone it joins took part together. */
  nominal: boolean;
  /**
   * A word that means the parties were together unless a phone or video word says
   * otherwise ("met", "meeting", "talks", "summit"): the channel defaults to in-person.
   */
  face?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export interface ModalityCue extends Span {
  modality: Modality;
}

const PHONE = "(?:tele)?phone";
const VIDEO = "(?:video(?:\\s?conference|\\s?call|\\s?link)?|videoconference|virtual|online)";

// Order matters only for readability: overlapping matches are resolved by keeping the longest.
const MEETING_PATTERNS: { re: RegExp; channel?: Channel; nominal: boolean; face?: boolean }[] = [
  { re: new RegExp(`\\b${PHONE}\\s+(?:conversations?|calls?|talks|contacts?)\\b`, "gi"), channel: "phone", nominal: true },
  { re: new RegExp(`\\b(?:spoke|spoken|speaks?|talked|talks?)\\s+(?:by|on the|over the)\\s+${PHONE}\\b`, "gi"), channel: "phone", nominal: false },
  { re: /\b(?:phoned|telephoned)\b/gi, channel: "phone", nominal: false },
  { re: /\b(?:spoke|spoken|speaks|talked)\s+with\b/gi, nominal: false },
  { re: /\b(?:video\s?calls?|video\s?conferences?|videoconferences?|video link|virtual (?:meeting|summit|talks|call)s?|online (?:meeting|summit|talks)s?)\b/gi, channel: "video", nominal: true },
  // "met" alone is only a default: "met via videoconference" was common in 2020-2022.
  { re: /\b(?:met|meets?|meeting up)\b/gi, nominal: false, face: true },
  { re: /\b(?:shook hands|shake hands|shaking hands|received|receives|hosted|hosts|welcomed)\b/gi, channel: "in-person", nominal: false },
  { re: /\b(?:in[- ]person|face[- ]to[- ]face)\s+(?:meetings?|talks)\b/gi, channel: "in-person", nominal: true },
  { re: /\b(?:meetings?|talks|negotiations|summits?)\b/gi, nominal: true, face: true },
  // A conversation or consultations are as often by phone as not: no default channel.
  { re: /\b(?:conversations?|phone calls?|consultations|dialogue\s+between)\b/gi, nominal: true },
  { re: /\b(?:held|hold|holds|holding|had|has|have)\s+(?:a\s+|an\s+)?(?:bilateral\s+|lengthy\s+|brief\s+|working\s+)?(?:talks|negotiations|meetings?)\b/gi, nominal: false, face: true },
  { re: /\b(?:held|hold|holds|holding|had|has|have)\s+(?:a\s+|an\s+)?(?:bilateral\s+|lengthy\s+|brief\s+|working\s+)?conversations?\b/gi, nominal: false },
  { re: /\b(?:discussed|discuss|discussing|conferred|negotiated)\b/gi, nominal: false },
];

/** Cues implying a remote channel even when the main cue is "met" or "talks". */
const CHANNEL_HINTS: { re: RegExp; channel: Channel }[] = [
  { re: new RegExp(`\\b(?:by|via|over the|on the)\\s+${PHONE}\\b|\\b${PHONE}\\s+(?:call|conversation)`, "i"), channel: "phone" },
  { re: new RegExp(`\\b(?:via|by|through|over)\\s+(?:a\\s+)?${VIDEO}|\\bvirtual(?:ly)?\\b|\\bvideo\\s?(?:call|conference|link)|\\bvideoconference`, "i"), channel: "video" },
  // Read after the remote hints: "talks in the Kremlin" is in person, "said in the Kremlin ... by phone" is not.
  { re: /\b(?:in|at) the Kremlin\b|\b(?:on|during) (?:an?|his|her|their) (?:official |working |state |brief working |first )?visit\b|\bface[- ]to[- ]face\b|\bin person\b/i, channel: "in-person" },
];

// Each finder needs every match of each of its patterns, as a global scan of that pattern finds
// them. One scan of the patterns' union does it: a pattern can only start where the union matches,
// and is tried there (sticky) unless its own last match covers the spot, as its global scan would.
// Most sentences naming an actor hold no cue at all and cost that one scan instead of one per pattern.
interface PatternSet {
  /** The union, \b taken out of the alternation (the scan runs twice as fast). */
  any: RegExp;
  sticky: RegExp[];
  /** matchEach's scratch: where each pattern's last match ends, and the matches found. */
  free: Int32Array;
  hits: number[];
}

function patternSet(res: RegExp[]): PatternSet {
  const rest = res.map((re) => {
    // "\ba|b" would not survive the factoring: its "b" alternative has no \b of its own.
    if (!re.source.startsWith("\\b") || re.flags !== "gi" || hasTopLevelAlternation(re.source)) {
      throw new Error(`a cue pattern must be /gi, start with \\b and have no top-level "|": ${re.source}`);
    }
    return `(?:${re.source.slice(2)})`;
  });
  return { any: new RegExp(`\\b(?:${rest.join("|")})`, "gi"), sticky: res.map((re) => new RegExp(re.source, "iy")), free: new Int32Array(res.length), hits: [] };
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/**
 * The matches of every pattern of the set, in text order (in pattern order where two start at one
 * spot), as (pattern, start, end) triples in one array the next call reuses: a sentence is read
 * for cues many times per article, and arrays per pattern made much of the stage's garbage.
 */
function matchEach(set: PatternSet, text: string): number[] {
  const out = set.hits;
  out.length = 0;
  const any = set.any;
  any.lastIndex = 0;
  let m = any.exec(text);
  if (!m) return out;
  const free = set.free.fill(0);
  for (; m; m = any.exec(text)) {
    const at = m.index;
    for (let k = 0; k < set.sticky.length; k++) {
      if (at < free[k]!) continue;
      const re = set.sticky[k]!;
      re.lastIndex = at;
      if (!re.test(text)) continue;
      out.push(k, at, re.lastIndex);
      free[k] = re.lastIndex;
    }
    any.lastIndex = at + 1;
  }
  return out;
}

const MEETING_SET = patternSet(MEETING_PATTERNS.map((p) => p.re));

export function findMeetingCues(text: string): MeetingCue[] {
  const hits = matchEach(MEETING_SET, text);
  if (hits.length === 0) return [];
  const found: MeetingCue[] = [];
  for (let h = 0; h < hits.length; h += 3) {
    const p = MEETING_PATTERNS[hits[h]!]!;
    const cue: MeetingCue = { start: hits[h + 1]!, end: hits[h + 2]!, nominal: p.nominal };
    if (p.channel) cue.channel = p.channel;
    if (p.face) cue.face = true;
    found.push(cue);
  }
  return keepLongest(text, found);
}

/** Every pattern scanned on its own: the plain reading `findMeetingCues` must equal. */
export function findMeetingCuesEach(text: string): MeetingCue[] {
  const found: MeetingCue[] = [];
  for (const p of MEETING_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, nominal: p.nominal, ...(p.channel ? { channel: p.channel } : {}), ...(p.face ? { face: true } : {}) });
    }
  }
  return keepLongest(text, found);
}

function keepLongest(text: string, found: MeetingCue[]): MeetingCue[] {
  // Keep the longest of overlapping matches ("held talks" over "talks").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MeetingCue[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (!last.channel && c.channel) last.channel = c.channel;
      if (c.face && !last.channel) last.face = true;
      continue;
    }
    // Each cue is new (made by the finder), so it is kept, not copied.
    out.push(c);
  }
  let kept = 0;
  for (const c of out) if (!isFalseMeeting(text, c)) out[kept++] = c;
  out.length = kept;
  return out;
}

// Up to four words between the verb and the summit: "the G20", "this year's OSCE".
const ATTENDING =
  /\b(?:expected (?:at|to attend)|attend(?:s|ed|ing)?|(?:take|takes|took|taking) part in|participat(?:e|es|ed|ing) in)\s+(?:[\w'’-]+\s+){0,4}$/i;

// "met" and "talks" are frequent in other senses: "met the demands", "talks about".
function isFalseMeeting(text: string, c: MeetingCue): boolean {
  const word = text.slice(c.start, c.end).toLowerCase();
  const after = text.slice(c.end, c.end + 30).toLowerCase();
  const before = text.slice(Math.max(0, c.start - 20), c.start).toLowerCase();
  if (/^(?:received|receives)$/.test(word) && /^\s+(?:a |an |the )?(?:letter|message|call|report|information|support|aid|funding|award|weapons|proposals?|response|reply)/.test(after)) return true;
  if (/^(?:met|meets?)$/.test(word) && /^\s+(?:the |its |their |all |our |these |those |both )?(?:(?:fundamental|basic|vital|long-term|national|mutual|common) )?(?:demands?|requirements?|criteria|expectations|targets?|deadline|conditions?|interests|needs|standards|challenges|goals|obligations|commitments)/.test(after)) return true;
  // "the recent meeting of the two leaders": a past meeting named in passing, with no date of its own.
  if (c.nominal && /\b(?:recent|previous|earlier|last|past|latest|first|former)\s+(?:\w+\s+)?$/.test(before) && /^(?:meetings?|talks|summits?|negotiations)$/.test(word)) return true;
  if (word === "talks" && /\b(?:he|she|it|who)\s*$/.test(before)) return true;
  // "Both A and B are expected at the NATO summit": going to the same summit is not talking to each other.
  if (/^summits?$/.test(word) && ATTENDING.test(text.slice(Math.max(0, c.start - 80), c.start))) return true;
  if (word === "hosts" && /^\s+(?:of|a)\b/.test(after)) return true;
  return false;
}

export function channelHint(window: string): Channel | undefined {
  for (const h of CHANNEL_HINTS) if (h.re.test(window)) return h.channel;
  return undefined;
}

/** A phone or video hint only: what takes a default in-person away. */
export function remoteChannelHint(text: string): Channel | undefined {
  const c = channelHint(text);
  return c === "in-person" ? undefined : c;
}

// ---- statements ----

const SPEECH_VERBS =
  "said|says|say|stated|states|stressed|stresses|noted|notes|called|calls|accused|accuses|urged|urges|warned|warns|recalled|recalls|" +
  "emphasi[sz]ed|emphasi[sz]es|pointed out|points out|announced|announces|added|adds|claimed|claims|told|tells|declared|declares|insisted|" +
  "argued|specified|concluded|rejected|rejects|critici[sz]ed|condemned|condemns|explained|replied|responded|reiterated|confirmed|" +
  "complained|demanded|promised|assured|admitted|denied|denies|blamed|blames|praised|thanked|congratulated|accepted|wrote|tweeted|" +
  "believes|thinks|is convinced|was convinced|expressed|commented|remarked|asserted|acknowledged|suggested|proposed|agrees|agreed|spoke about|spoke of|" +
  "mentioned|clarified|answered|assessed|described";
const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, "gi");
const ACCORDING = /\b(?:according to|as per|in the words of|quoted by|quoting)\b/gi;

export interface SpeechCue extends Span {
  /** "according to X": the speaker follows the cue. */
  speakerAfter: boolean;
}

const NOT_SAID = /\b(?:(?:did|does|do|has|have|had|was|were|is|are)\s*(?:not|n[’']t)|never)\s+(?:yet\s+)?$/i;

export function findSpeechCues(text: string): SpeechCue[] {
  const out: SpeechCue[] = [];
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(text); m; m = SPEECH.exec(text)) {
    const word = m[0].toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase();
    const before = text.slice(Math.max(0, m.index - 4), m.index).toLowerCase();
    if (word === "called" && (/so-$/.test(before) || /^\s+off/.test(after))) continue; // "so-called", "called off"
    if (m[0] === "States") continue; // "the United States", "the Baltic States"
    if ((word === "accepted" || word === "agreed" || word === "proposed" || word === "agrees") && /^\s+(?:to|it|dates|the invitation|a meeting)/.test(after)) continue;
    // "Macron had not mentioned in his address that ...", "he never said": nothing was said.
    if (NOT_SAID.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, speakerAfter: false });
  }
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(text); m; m = ACCORDING.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, speakerAfter: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

// The verbs a speaker may follow ("..., said Peskov", "noted the minister"). The others take their object there:
// "he agreed with Macron", "thanked the Governor", "told Mr Zelensky" name no speaker after the verb.
const INVERTS =
  /^(?:said|says|say|stated|stressed|stresses|noted|notes|recalled|recalls|emphasi[sz]ed|emphasi[sz]es|pointed out|points out|announced|added|adds|claimed|claims|declared|insisted|argued|specified|concluded|explained|replied|responded|reiterated|confirmed|complained|admitted|wrote|tweeted|commented|remarked|asserted|acknowledged|clarified|answered|warned)$/i;

/** Whether the speaker of a speech verb may come after it: "said Peskov", or a passive "expressed by Macron". */
export function speakerMayFollow(text: string, cue: Span): boolean {
  return INVERTS.test(text.slice(cue.start, cue.end)) || /^\s+by\b/i.test(text.slice(cue.end, cue.end + 4));
}

/** Whether a speech verb opens reported content (so what follows is what was said, not what the speaker did). */
export function opensReport(text: string, cue: Span): boolean {
  const after = text.slice(cue.end, cue.end + 16);
  return !/^\s*(?:(?:at|in|on|during|after|before|while|when|following|to reporters|to journalists)\b|[,.!?]|$)/i.test(after);
}

// ---- modality ----

const MODALITY_PATTERNS: { re: RegExp; modality: Modality }[] = [
  {
    re: /\b(?:(?:did|does|do|has|have|had|was|were)\s*(?:not|n[’']t)\s+(?:yet\s+)?(?:meet|met|hold|held|conduct|conducted|talk|talked|speak|spoken|spoke|take place|taken place|happen|happened)|never\s+(?:met|spoke|held|talked)|no such (?:conversation|meeting|call|talks|contacts?)|denied (?:meeting|any meeting|that (?:the )?(?:meeting|talks|conversation))|no (?:meeting|talks|contacts?|conversation) (?:took place|has taken place|was held|were held))\b/gi,
    modality: "denied",
  },
  {
    re: /\b(?:cancel(?:l?ed|s|ling|lation)?|called off|call off|calls off|will not (?:happen|take place|go ahead)|won[’']t (?:happen|take place)|no point in (?:this|the|a|holding) (?:meeting|talks|summit)|not (?:going to|to) (?:meet|take place)|(?:will|would) not (?:meet|hold talks)|(?:won|wouldn)[’']t meet|refused to meet|scrapped|pulled out of|no (?:plans?|intention) (?:to|of) (?:meet|meeting|hold|holding|talk|talking))\b/gi,
    modality: "cancelled",
  },
  {
    re: /\b(?:scheduled|will (?:also |then |later |first )?(?:meet|hold|have|talk|speak|begin|take place|host|receive|visit|discuss|negotiate|confer|call)|(?:is|are|was|were) (?:also |still |now )?(?:due|set|expected|going|scheduled|planned) to|(?:is|are|was|were) (?:also )?to (?:meet|hold|talk|speak)|agreed to (?:meet|hold)|agreed (?:on )?(?:a|the) (?:meeting|summit|talks|call)|accept(?:ed|s|ing)?(?: it| the invitation| an invitation| invitation)?|upcoming|forthcoming|planned|plans to (?:meet|hold|talk)|to be held|will be held)\b/gi,
    modality: "planned",
  },
  {
    re: /\b(?:offer(?:ed|s)?|invit(?:ed|es|ation|ing)|ready (?:to|for)|readiness (?:to|for)|willing(?:ness)? to|propos(?:ed|es|al|ing)|suggest(?:ed|s)|call(?:ed|s)? for (?:a |an )?(?:meeting|talks|summit)|wants? to meet|want(?:s|ed)? to (?:set up|arrange|organi[sz]e|hold|have)|hopes? to meet|open to (?:a |talks|meeting))\b/gi,
    modality: "proposed",
  },
];

const MODALITY_SET = patternSet(MODALITY_PATTERNS.map((p) => p.re));

export function findModalityCues(text: string): ModalityCue[] {
  const hits = matchEach(MODALITY_SET, text);
  const out: ModalityCue[] = [];
  for (let h = 0; h < hits.length; h += 3) out.push({ start: hits[h + 1]!, end: hits[h + 2]!, modality: MODALITY_PATTERNS[hits[h]!]!.modality });
  // Already in text order (matchEach's): the sort is for the plain reading, which finds them pattern by pattern.
  return out;
}

/** Every pattern scanned on its own: the plain reading `findModalityCues` must equal. */
export function findModalityCuesEach(text: string): ModalityCue[] {
  const out: ModalityCue[] = [];
  for (const p of MODALITY_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, modality: p.modality });
  }
  return out.sort((a, b) => a.start - b.start);
}

export const MODALITY_STRENGTH: Record<Modality, number> = { occurred: 0, proposed: 1, planned: 2, cancelled: 3, denied: 4 };

export function strongest(cues: ModalityCue[]): Modality {
  let best: Modality = "occurred";
  for (const c of cues) if (MODALITY_STRENGTH[c.modality] > MODALITY_STRENGTH[best]) best = c.modality;
  return best;
}
