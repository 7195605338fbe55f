// Transcript turns: "President of Russia Vladimir Putin: Good afternoon, colleagues ... Mr Mishustin, please."
// Everything said in a turn is said by the one its label names, so an actor the turn names is one the speaker
// speaks of or to: a statement, by the annotation's rule, however it is phrased.
import type { LocalMention } from "./sentence.js";
import { afterLastAsterism, endsLabel } from "../transcript-marks.js";

export interface TurnLabel {
  /** Who speaks, or null for a label that names no actor ("Question:", "Remark:"). */
  actor: string | null;
  /** Where the turn's words begin in the sentence: just after the colon. */
  from: number;
}

// A heading may stand between a release's asterism and its first label: "* * * The President's opening remarks at
// the meeting on economic issues President of Russia Vladimir Putin: Colleagues".
const AFTER_ASTERISM = 160;
// "Presidential Plenipotentiary Envoy to the Central Federal District Igor Shchegolev Shchegolev IgorPresidential
// Plenipotentiary Envoy to the Central Federal District :": the Kremlin's labels may hold the title twice.
const LABEL_LONGEST = 200;
const LABEL_WORDS = 30;
// The lower-case words of a title or a name: "President of the Republic of Belarus", "Deputy Prime Minister – Chief of
// the Government Staff", "Mohammed bin Salman".
// So are a journalist's or a guest's description: "Kommersant newspaper correspondent Andrei Kolesnikov".
const TITLE_WORD =
  /^(?:\p{Lu}[\p{L}\p{M}’'.-]*|of|the|and|for|on|in|at|to|de|da|del|der|von|van|bin|al|el|ibn|–|—|-|&|newspaper|correspondent|journalist|reporter|editor|editor-in-chief|host|presenter|moderator|member|student|teacher|worker|head|chairman|director|deputy|governor|minister|president|chief|representative)$/u;
const PARENTHESIS = /\([^)]*\)/g;

/** The speaker's label a sentence opens with (after an asterism, if it has one), if it opens a turn. */
export function turnLabel(text: string, mentions: readonly LocalMention[]): TurnLabel | undefined {
  const firstColon = text.indexOf(":");
  if (firstColon < 0) return undefined;
  const from = afterLastAsterism(text);
  const colon = from === 0 ? firstColon : text.indexOf(":", from);
  if (colon < 0 || colon - from > (from > 0 ? AFTER_ASTERISM : LABEL_LONGEST)) return undefined;
  // "09:30" opens no turn: a colon that ends a label is followed by a space, the ellipsis of words left out
  // ("Alexander Lukashenko:…but they do not need it") or a transcriber's note ("Vladimir Putin:(replying to ...)").
  if (!/^(?:\s|…|\.\.\.|\()/.test(text.slice(colon + 1, colon + 4))) return undefined;
  const adjacent = mentions.find((m) => m.start >= from && m.end <= colon && endsLabel(text.slice(0, colon + 1), m.end));
  // After an asterism a heading may come first; elsewhere the whole label must read as a title and a name.
  const label = text.slice(adjacent && from > 0 ? adjacent.start : from, colon);
  if (!isLabel(label)) return undefined;
  // A label that repeats the name and the title after the name ("Igor Shchegolev Shchegolev IgorPresidential ..."),
  // not a headline's "Ned Price on the Black Sea:".
  const speaker = adjacent ?? mentions.find((m) => m.start >= from && m.end <= colon && repeatsName(text, m));
  return { actor: speaker?.actor ?? null, from: colon + 1 };
}

function repeatsName(text: string, m: LocalMention): boolean {
  const last = text.slice(m.start, m.end).split(/\s+/).pop()!;
  return last.length > 1 && text.slice(m.end).trimStart().startsWith(last);
}

function isLabel(label: string): boolean {
  const words = label.replace(PARENTHESIS, " ").trim().split(/\s+/);
  if (words.length === 0 || words[0] === "" || words.length > LABEL_WORDS) return false;
  return /^\p{Lu}/u.test(words[0]!) && words.every((w) => TITLE_WORD.test(w));
}
