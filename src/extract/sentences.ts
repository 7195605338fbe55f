// Splits normalised article text into sentences. Rules, in the order they apply:
// - a blank line always ends a sentence; a single line break does too, unless
//   the line before ends mid-sentence (lower-case letter, comma, hyphen) and the
//   next one starts in lower case (hard-wrapped text);
// - an asterism ('* * *', '***') ends a sentence, full stop or not, and begins the next;
// - so does a transcript's cut ('<…>') before a speaker's label ('<…> Vladimir Putin: Thank you');
// - '.', '!' or '?' (with any closing quotes or brackets after them) then a space
//   then something that can start a sentence (capital, digit, opening quote);
//   a single '.' after an abbreviation or an initial does not end a sentence
//   unless a common sentence-starting word follows ('in the U.S. The talks'), or,
//   after an abbreviation that is no title, a transcript's speaker label does
//   ('... George Bush Sr. Vladimir Putin: Precisely.');
// - a space the normaliser put back between glued words ('Zhelensky Therefore')
//   ends a sentence: the lost space usually hid a lost full stop. When that
//   leaves a bare name between a stray full stop and the glue ('...President of
//   Ukraine. Volodymyr Zhelensky'), the name goes back to the sentence it belongs to.
import type { NormalisedText, Sentence } from "../shared/types.js";
import { isStarterWord } from "./starter-words.js";

/** Never end a sentence ('Mr. Biden', 'St. Petersburg', 'Dec. 7'). */
const TITLES = new Set(
  (
    "mr mrs ms messrs dr prof st gen lt col maj capt cpt sgt adm gov sen rep rev hon pres amb vs v cf approx dept fig mt ft " +
    "jan feb mar apr jun jul aug sep sept oct nov dec brig cmdr gen ave blvd mme mlle e.g i.e viz al"
  ).split(" "),
);
/** Come after a name, so end a sentence only before a speaker label ('George Bush Sr. Vladimir Putin: Precisely'). */
const AFTER_NAMES = new Set(["sr", "jr"]);
/** End a sentence only before a common sentence-starting word ('at 10 a.m. The', 'Apple Inc. It'). */
const AMBIGUOUS = new Set("etc inc ltd co corp llc plc no nos a.m p.m u.s u.k u.n e.u approx".split(" "));

/** The longest word in TITLES, AFTER_NAMES and AMBIGUOUS. */
const LONGEST_LISTED = Math.max(...[...TITLES, ...AFTER_NAMES, ...AMBIGUOUS].map((w) => w.length));

/**
 * A transcript's speaker label at i: one to four capitalised words, then a colon and a space or a transcriber's
 * note ('Vladimir Putin: No.', 'Vladimir Putin:(replying to a question) ...'), as the Kremlin's transcripts run on
 * without line breaks.
 */
const SPEAKER_LABEL = /\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3}:[ (]/uy;

function speakerLabelAt(s: string, i: number): boolean {
  SPEAKER_LABEL.lastIndex = i;
  return SPEAKER_LABEL.test(s);
}

type Kind = "paragraph" | "line" | "stop" | "asterism" | "glue" | "end";

interface Boundary {
  /** Offset where the sentence ends (exclusive) and the next may start. */
  at: number;
  kind: Kind;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
const UPPER = /^\p{Lu}$/u;
const LETTER = /^\p{L}$/u;

function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? isUpper(c) : UPPER.test(s[i]!);
}

/** Whether the text at i can start a sentence: a capital, a digit, or an opening quote or bracket before one. */
function startsSentence(s: string, i: number): boolean {
  let k = i;
  while (k < s.length && k < i + 3 && (s[k] === '"' || s[k] === "'" || s[k] === "(" || s[k] === "[")) k++;
  if (k >= s.length) return false;
  return isUpperAt(s, k) || isDigit(s.charCodeAt(k));
}

/** The word at i, lower-cased (letters only). */
function wordAt(s: string, i: number): string {
  let k = i;
  while (k < s.length && (s[k] === '"' || s[k] === "'" || s[k] === "(")) k++;
  let e = k;
  while (e < s.length && isLetterCode(s, e)) e++;
  return s.slice(k, e).toLowerCase();
}

function isLetterCode(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? isLower(c) || isUpper(c) : LETTER.test(s[i]!);
}

function hasStop(s: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (s.charCodeAt(k) === 46) return true;
  return false;
}

/** Whether a single '.' at `dot` ends a sentence, given the sentence-like start at `next`. */
function fullStopEnds(s: string, dot: number, next: number): boolean {
  let a = dot;
  while (a > 0 && (isLetterCode(s, a - 1) || (s[a - 1] === "." && a - 1 > 0 && isLetterCode(s, a - 2)))) a--;
  // Most words before a stop are longer than any title or abbreviation below and hold no inner stop:
  // they end the sentence, and need no lower-cased copy to say so (a corpus has millions of stops).
  if (dot - a > LONGEST_LISTED && !hasStop(s, a, dot)) return true;
  const token = s.slice(a, dot).toLowerCase();
  if (!token) return true;
  if (TITLES.has(token)) return false;
  if (AFTER_NAMES.has(token)) return speakerLabelAt(s, next);
  const starter = isStarterWord(wordAt(s, next));
  if (token === "no" || token === "nos") return !isDigit(s.charCodeAt(next)) && (starter || speakerLabelAt(s, next));
  if (AMBIGUOUS.has(token)) return starter || speakerLabelAt(s, next);
  // Other dotted words ('kremlin.ru', 'J.R.R.'): only a starter word ends them, as initials may begin a label ('J.R.R. Tolkien: ...').
  if (token.includes(".")) return starter;
  // An initial: 'J. Biden', 'George W. Bush', 'J.R.R. Tolkien'.
  if (dot - a === 1 && isUpperAt(s, a)) return starter;
  return true;
}

/**
 * An asterism ("* * *", "***"): a press release's break between its summary and its transcript, so
 * the sentence before it ends there, full stop or not, and the next begins with it ("* * * President
 * of Russia Vladimir Putin: Good afternoon"), which says a transcript follows.
 */
const ASTERISM = /\* ?\* ?\*/y;

// What the loop below acts on: a line break, a stop, an asterism, or a space between a lower-case and an upper-case
// letter (where the normaliser may have put one back). Everything between is passed over, so it jumps there.
const NEXT_EVENT = /[\n.!?*>]|(?<=[a-z]) (?=[A-Z])/g;
// A text equal to its original has no space put back (a space put back stands where the original has another
// character, so the two would differ there): only line breaks and stops are looked for.
const NEXT_BREAK = /[\n.!?*>]/g;

function findBoundaries(norm: NormalisedText, original: string, jump: boolean): Boundary[] {
  const s = norm.text;
  const n = s.length;
  const out: Boundary[] = [];
  const next = s === original ? NEXT_BREAK : NEXT_EVENT;
  for (let i = 0; i < n; i++) {
    if (jump) {
      next.lastIndex = i;
      const m = next.exec(s);
      if (m === null) break;
      i = m.index;
    }
    const c = s.charCodeAt(i);
    if (c === 10) {
      // A run of line breaks (with spaces between them).
      let j = i;
      let breaks = 0;
      while (j < n && isSpace(s.charCodeAt(j))) {
        if (s.charCodeAt(j) === 10) breaks++;
        j++;
      }
      if (breaks >= 2) out.push({ at: i, kind: "paragraph" });
      else {
        let p = i - 1;
        while (p >= 0 && isSpace(s.charCodeAt(p))) p--;
        const before = p >= 0 ? s.charCodeAt(p) : 10;
        const after = j < n ? s.charCodeAt(j) : 10;
        const wrapped = (isLower(before) || before === 44 || before === 45) && isLower(after);
        if (!wrapped) out.push({ at: i, kind: "line" });
      }
      i = j - 1;
    } else if (c === 46 || c === 33 || c === 63) {
      let j = i;
      while (j < n && (s[j] === "." || s[j] === "!" || s[j] === "?")) j++;
      const stops = j - i;
      while (j < n && (s[j] === '"' || s[j] === "'" || s[j] === ")" || s[j] === "]")) j++;
      if (j >= n) {
        out.push({ at: j, kind: "end" });
        break;
      }
      if (s.charCodeAt(j) === 32) {
        let k = j;
        while (k < n && s.charCodeAt(k) === 32) k++;
        // A line break after the stop is left to the line-break rule.
        if (k < n && s.charCodeAt(k) !== 10 && startsSentence(s, k)) {
          if (c !== 46 || stops > 1 || fullStopEnds(s, i, k)) out.push({ at: j, kind: "stop" });
        }
      }
      i = j - 1;
    } else if (c === 62 && i > 1 && (s[i - 1] === "…" || s[i - 1] === ".") && i + 2 < n && s.charCodeAt(i + 1) === 32 && speakerLabelAt(s, i + 2)) {
      // "<…> Vladimir Putin: Let us now turn to Mr Kozlov": a cut in a transcript, then the next speaker's label.
      out.push({ at: i + 1, kind: "stop" });
    } else if (c === 42) {
      ASTERISM.lastIndex = i;
      if (ASTERISM.test(s)) {
        out.push({ at: i, kind: "asterism" });
        i = ASTERISM.lastIndex - 1;
      }
    } else if (c === 32 && i > 0 && isLower(s.charCodeAt(i - 1)) && i + 1 < n && isUpper(s.charCodeAt(i + 1))) {
      // A space the normaliser inserted stands for an original letter.
      const o = original.charCodeAt(norm.toOriginal(i));
      if (isUpper(o) || isLower(o)) out.push({ at: i, kind: "glue" });
    }
  }
  return out;
}

const NAME_WORD = /^\p{Lu}[\p{L}'-]*$/u;

/** A bare name of one to four capitalised words: what a stray full stop cuts from its sentence. */
function isBareName(text: string): boolean {
  const words = text.split(" ");
  return words.length <= 4 && words.every((w) => NAME_WORD.test(w));
}

export function splitSentences(norm: NormalisedText, original: string): Sentence[] {
  return splitWith(norm, original, true);
}

/** The same split, reading every character: the plain path `splitSentences` must equal. */
export function splitSentencesCharByChar(norm: NormalisedText, original: string): Sentence[] {
  return splitWith(norm, original, false);
}

function splitWith(norm: NormalisedText, original: string, jump: boolean): Sentence[] {
  const s = norm.text;
  const spans: { start: number; end: number; endKind: Kind }[] = [];
  let from = 0;
  const take = (at: number, kind: Kind): void => {
    let a = from;
    let b = at;
    while (a < b && isSpace(s.charCodeAt(a))) a++;
    while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
    if (b > a) {
      const prev = spans[spans.length - 1];
      if (kind === "glue" && prev && prev.endKind === "stop" && isBareName(s.slice(a, b))) {
        prev.end = b;
        prev.endKind = kind;
      } else spans.push({ start: a, end: b, endKind: kind });
    }
    from = at;
  };
  for (const b of findBoundaries(norm, original, jump)) take(b.at, b.kind);
  take(s.length, "end");

  return spans.map((sp, index) => ({
    index,
    start: sp.start,
    end: sp.end,
    text: s.slice(sp.start, sp.end),
    original: original.slice(norm.toOriginal(sp.start), norm.toOriginal(sp.end)).trim(),
  }));
}
