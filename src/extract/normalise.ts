// Cleans article text for matching in one pass, keeping a map back to the
// original so evidence can quote what the article actually says.
//
// What it does: NFKC (per character cluster, so offsets stay exact), Cyrillic and
// Greek look-alike letters folded to Latin inside Latin words, curly quotes and
// dashes made plain, odd spaces and control characters made ' ' (runs collapsed),
// zero-width and bidi marks dropped, CR/CRLF made '\n', and a space put back
// between two words glued by a lost space ('ZhelenskyTherefore').
import type { NormalisedText } from "../shared/types.js";
import { isStarterWord } from "./starter-words.js";

/** Characters replaced by a fixed string ("" drops them). */
const REPLACE = new Map<number, string>();
for (const c of [0x00a0, 0x1680, 0x180e, 0x202f, 0x205f, 0x3000, 0x2028, 0x2029, 0x0085]) REPLACE.set(c, " ");
for (let c = 0x2000; c <= 0x200a; c++) REPLACE.set(c, " ");
for (const c of [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x200e, 0x200f, 0x061c]) REPLACE.set(c, "");
for (let c = 0x202a; c <= 0x202e; c++) REPLACE.set(c, "");
for (let c = 0x2066; c <= 0x2069; c++) REPLACE.set(c, "");
// The acute accent stands in for an apostrophe in much typed text ("Putin\u00b4s"); NFKC would make it a
// space and a combining mark, which splits the word.
for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035, 0x02bc, 0xff07, 0x00b4]) REPLACE.set(c, "'");
for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0x2036, 0x301d, 0x301e, 0xff02]) REPLACE.set(c, '"');
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2e3a, 0x2e3b]) REPLACE.set(c, "-");
REPLACE.set(0x2026, "...");
for (let c = 0x80; c <= 0x9f; c++) if (c !== 0x85) REPLACE.set(c, " ");

/** Cyrillic and Greek letters drawn like a Latin letter. */
const LOOKALIKE = new Map<number, string>();
const pairs =
  // Cyrillic
  "АAВBЕEКKМMНHОOРPСCТTХXУYЅSІIЈJаaеeоoрpсcуyхxѕsіiјjԁdһhԛqԝwӏl" +
  // Greek
  "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνvικαa";
for (let i = 0; i < pairs.length; i += 2) LOOKALIKE.set(pairs.charCodeAt(i), pairs[i + 1]!);

const COMBINING = /^\p{M}$/u;
const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}$/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A letter of any script, for finding word bounds around a look-alike (marks that are dropped count as inside). */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(s[i]!) || COMBINING.test(s[i]!) || REPLACE.get(c) === "";
}

/**
 * Whether the word around position i is a Latin word written with some
 * look-alike letters: it has at least one ASCII letter, and every other letter
 * is a look-alike. 'Сancelled' qualifies; 'Сергей' and 'Путинa' do not.
 */
function isLatinWordWithLookalikes(s: string, i: number): boolean {
  let a = i;
  while (a > 0 && isLetterAt(s, a - 1)) a--;
  let b = i + 1;
  while (b < s.length && isLetterAt(s, b)) b++;
  let latin = false;
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k);
    if (isAsciiLetter(c) || (c >= 128 && LATIN.test(s[k]!))) latin = true;
    else if (!LOOKALIKE.has(c) && !COMBINING.test(s[k]!) && REPLACE.get(c) !== "") return false;
  }
  return latin;
}

/**
 * Whether a space was lost before position i, an upper-case ASCII letter after
 * a lower-case one: the left word has ≥3 letters and the right one is a
 * capitalised common word of ≥3 letters ('ZhelenskyTherefore'). Names such as
 * McDonald, MacFarlane, iPhone, DeSantis, LeBron or YouTube stay whole.
 */
function isGlued(s: string, i: number): boolean {
  let a = i;
  while (a > 0 && isAsciiLetter(s.charCodeAt(a - 1))) a--;
  if (i - a < 3) return false;
  let b = i + 1;
  while (b < s.length) {
    const c = s.charCodeAt(b);
    if (c >= 97 && c <= 122) b++;
    else if (c >= 65 && c <= 90) return false; // 'PowerPC': not a plain capitalised word
    else break;
  }
  if (b - i < 3) return false;
  if (b < s.length && isLetterAt(s, b)) return false;
  return isStarterWord(s.slice(i, b).toLowerCase());
}

/**
 * The text being built, and where each of its offsets comes from, kept as the pieces it is made of:
 * a run copied unchanged maps offset for offset, a replacement maps all its characters to the one
 * original offset it stands for. The splitter reads the map only at sentence bounds and at the few
 * spaces it checks for a lost one; a table of one offset per character cost 8 bytes a character
 * (built, then trimmed), 400 MB for a 50 MB article.
 */
class Builder {
  parts: string[] = [];
  length = 0;
  // Piece k starts at normalised offset starts[k], at original offset origins[k]; copied[k] for a copy.
  private readonly starts: number[] = [];
  private readonly origins: number[] = [];
  private readonly copied: boolean[] = [];

  private piece(origin: number, copy: boolean): void {
    this.starts.push(this.length);
    this.origins.push(origin);
    this.copied.push(copy);
  }
  /** Copies s[a, b) unchanged. */
  copy(s: string, a: number, b: number): void {
    if (b <= a) return;
    this.piece(a, true);
    this.parts.push(a === 0 && b === s.length ? s : s.slice(a, b));
    this.length += b - a;
  }
  /** Emits a replacement whose characters all stand for the original offset `at`. */
  emit(text: string, at: number): void {
    if (!text) return;
    this.piece(at, false);
    this.parts.push(text);
    this.length += text.length;
  }
  finish(originalLength: number): NormalisedText {
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
    const { length, starts, origins, copied } = this;
    const count = starts.length;
    if (count === 1 && copied[0] && length === originalLength) return { text, toOriginal: sameOffset };
    const toOriginal = (i: number): number => {
      if (i >= length) return originalLength;
      // The last piece that starts at or before i.
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      return copied[lo] ? origins[lo]! + (i - starts[lo]!) : origins[lo]!;
    };
    return { text, toOriginal };
  }
}

/** The map of a text normalise left as it was. */
const sameOffset = (i: number): number => i;

/** Applies the fixed replacements to an NFKC result (which may bring new quotes or spaces). */
function replaceAll(s: string): string {
  let out = "";
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const r = REPLACE.get(c);
    out += r ?? (c < 0x20 && c !== 10 ? " " : s[k]);
  }
  return out;
}

// What the loop below must look at one by one: a character other than a printable ASCII one, a space
// or '\n'; a second space in a row; an upper-case letter after a lower-case one (a glued word).
// Between two of them the loop only copies, so it jumps there.
const NEXT_EVENT = /[^\n -~]| {2}|[a-z][A-Z]/g;

export function normalise(original: string): NormalisedText {
  return normaliseWith(original, true);
}

/** The same reading, one character at a time: the plain path `normalise` must equal. */
export function normaliseCharByChar(original: string): NormalisedText {
  return normaliseWith(original, false);
}

function normaliseWith(original: string, jump: boolean): NormalisedText {
  const s = original;
  const n = s.length;
  const out = new Builder();
  let run = 0; // start of the pending run of characters copied unchanged
  let last = 10; // last output character code; '\n' at the start so leading spaces collapse with nothing special

  // Emits a replacement for s[a, b), keeping runs of spaces to one: NFKC writes a spacing accent
  // ('¨', '˘') as a space and a combining mark, and that space can follow one.
  const put = (text: string, a: number, b: number): void => {
    out.copy(s, run, a);
    if (last === 32 && text.charCodeAt(0) === 32) text = text.slice(1);
    if (!text) {
      run = b;
      return;
    }
    out.emit(text, a);
    last = text.charCodeAt(text.length - 1);
    run = b;
  };

  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 33 && c < 127) {
        if (c >= 65 && c <= 90 && last >= 97 && last <= 122 && isGlued(s, i)) {
          out.copy(s, run, i);
          out.emit(" ", i);
          run = i;
        }
        last = c;
      } else if (c === 32) {
        if (last === 32) {
          out.copy(s, run, i);
          run = i + 1;
        }
        last = 32;
      } else if (c === 10) {
        last = 10;
      }
      if (c === 10 || (c >= 32 && c < 127)) {
        if (jump) {
          // `last` is s[i] now, so the characters up to the next event are copied as they are.
          NEXT_EVENT.lastIndex = i;
          const m = NEXT_EVENT.exec(s);
          const next = m ? m.index + m[0].length - 1 : n;
          if (next > i + 1) {
            i = next - 1;
            last = s.charCodeAt(i);
          }
        }
        continue;
      }
      if (c === 13) {
        if (s.charCodeAt(i + 1) === 10) {
          out.copy(s, run, i);
          run = i + 1; // the '\n' that follows is copied as is
        } else put("\n", i, i + 1);
      } else put(" ", i, i + 1); // tab, NUL, other controls, DEL
      continue;
    }

    const replacement = REPLACE.get(c);
    if (replacement !== undefined) {
      put(replacement, i, i + 1);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = s.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        i = cluster(i, 2);
      } else put("\ufffd", i, i + 1); // a lone surrogate
      continue;
    }
    const latin = LOOKALIKE.get(c);
    if (latin !== undefined && isLatinWordWithLookalikes(s, i)) {
      // Marks after the letter compose with its Latin twin.
      let b = i + 1;
      while (b < n && s.charCodeAt(b) >= 0x300 && COMBINING.test(s[b]!)) b++;
      put(b > i + 1 ? replaceAll((latin + s.slice(i + 1, b)).normalize("NFKC")) : latin, i, b);
      i = b - 1;
      continue;
    }
    i = cluster(i, 1);
  }
  out.copy(s, run, n);
  return out.finish(n);

  // NFKC-normalises the character at i (width w) with the combining marks after
  // it (and the ASCII letter before it when i is itself a mark). Returns the last index consumed.
  function cluster(i: number, w: number): number {
    let a = i;
    if (a > run && COMBINING.test(s[i]!) && isAsciiLetter(s.charCodeAt(a - 1))) a--;
    let b = i + w;
    while (b < n && s.charCodeAt(b) >= 0x300 && COMBINING.test(s[b]!)) b++;
    const piece = s.slice(a, b);
    const folded = piece.normalize("NFKC");
    if (folded === piece) {
      last = piece.charCodeAt(piece.length - 1);
      return b - 1;
    }
    put(replaceAll(folded), a, b);
    return b - 1;
  }
}
