// Splits normalised text into word and punctuation tokens, sentence by
// sentence, so no match can cross a sentence boundary and every token knows
// its sentence. Aliases go through the same function, so the trie and the
// text agree on what a token is ("U.S." is U . S . in both).
//
// A token is a run of letters, marks and digits (joined by single hyphens:
// "Kassym-Jomart"), or any other single non-space character: what
// /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*|\S/gu matches. The scan below
// reads the text by hand because this runs on every character of the corpus:
// ASCII is classified by arithmetic, and other characters once each per run.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  sentence: number;
  word: boolean;
  /** First letter is upper case. */
  cap: boolean;
  /** Two or more letters, all upper case (AFP, TASS, NATO). */
  allCaps: boolean;
  /** First word token of its sentence (after any opening quotes). */
  initial: boolean;
  /** hashLower(lower), for WordFilter: most tokens are ruled out of a word list without a hash-table lookup. */
  hash: number;
}

/** A 32-bit hash of a lower-cased token (the tokenizer computes the same while it scans). */
export function hashLower(lower: string): number {
  let h = 0;
  for (let k = 0; k < lower.length; k++) h = (Math.imul(h, 31) + lower.charCodeAt(k)) | 0;
  return h;
}

/**
 * A 64-kbit Bloom filter over token hashes: `mayHave` is false for most words
 * not added and never false for a word added, so a false answer can skip
 * the Map or Set lookup it stands in front of (8 KB: stays in cache).
 */
export class WordFilter {
  private readonly bits = new Uint32Array(2048);
  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }
  add(lower: string): void {
    const b = bitOf(hashLower(lower));
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }
  mayHave(hash: number): boolean {
    const b = bitOf(hash);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

function bitOf(h: number): number {
  return (h ^ (h >>> 16)) & 0xffff;
}

const UPPER = /\p{Lu}/u;
const WORD_START = /[\p{L}\p{M}\p{N}]/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

const SPACE = 1;
const WORD = 2;
const OTHER = 3;
/** Class of each BMP character, filled as characters are first seen (0: not yet known). */
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classify(ch: string): number {
  return WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

/** Class of the code unit c (not the start of a surrogate pair). */
function classOfUnit(c: number): number {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return WORD;
    return c === 32 || (c >= 9 && c <= 13) ? SPACE : OTHER;
  }
  let k = bmpClass[c]!;
  if (k === 0) {
    // A lone surrogate is a code point of its own for the u flag: never a letter, never a space.
    k = c >= 0xd800 && c <= 0xdfff ? OTHER : classify(String.fromCharCode(c));
    bmpClass[c] = k;
  }
  return k;
}

/** Class and width (1 or 2 code units) of the code point at i, packed as class * 4 + width. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = astralClass.get(cp);
      if (k === undefined) {
        k = classify(String.fromCodePoint(cp));
        astralClass.set(cp, k);
      }
      return k * 4 + 2;
    }
  }
  return classOfUnit(c) * 4 + 1;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

export function tokenizeRange(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  const n = text.length;
  let initial = true;
  let i = start;
  // As the pattern did: a start inside a surrogate pair reads the whole pair.
  if (i > 0 && i < n && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  while (i < end) {
    const c = text.charCodeAt(i);
    let cls: number;
    let w = 1;
    if (c < 128) cls = classOfUnit(c);
    else {
      const p = codePointAt(text, i);
      cls = p >> 2;
      w = p & 3;
    }
    if (cls === SPACE) {
      i += w;
      continue;
    }
    const s = i;
    let j = i + w;
    // While scanning ASCII, note the cases seen: most tokens then need no regex and no lower-casing.
    let ascii = c < 128;
    let upper = c >= 65 && c <= 90;
    let lower = c >= 97 && c <= 122;
    let hash = upper ? c + 32 : c;
    if (cls === WORD) {
      for (;;) {
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d < 128) {
            if (d >= 97 && d <= 122) lower = true;
            else if (d >= 65 && d <= 90) upper = true;
            else if (!(d >= 48 && d <= 57)) break;
            hash = (Math.imul(hash, 31) + (d >= 65 && d <= 90 ? d + 32 : d)) | 0;
            j++;
          } else {
            const p = codePointAt(text, j);
            if (p >> 2 !== WORD) break;
            ascii = false;
            j += p & 3;
          }
        }
        // "-" joins two runs only when a letter, mark or digit follows it.
        if (j + 1 < n && isHyphen(text.charCodeAt(j)) && codePointAt(text, j + 1) >> 2 === WORD) {
          if (text.charCodeAt(j) !== 45) ascii = false;
          hash = (Math.imul(hash, 31) + 45) | 0;
          j++;
          continue;
        }
        break;
      }
    }
    let t = text.slice(s, j);
    const cut = j > end;
    if (cut) {
      t = t.slice(0, end - s);
      ascii = false; // the case flags saw characters past the cut
    }
    // "ex-Minister" is a title with a prefix, not one word.
    if (t.length > 3 && t[2] === "-" && (t[0] === "e" || t[0] === "E") && (t[1] === "x" || t[1] === "X")) {
      out.push(make("ex", s, sentence, initial));
      initial = false;
      const tok = make(t.slice(3), s + 3, sentence, initial);
      if (tok.word) initial = false;
      out.push(tok);
    } else {
      const tok = ascii ? makeAscii(t, s, sentence, initial, upper, lower, hash) : make(t, s, sentence, initial);
      if (tok.word) initial = false;
      out.push(tok);
    }
    // The pattern's next match would start past the truncated one, so past the range.
    if (cut) break;
    i = j;
  }
}

/** make() for an all-ASCII token whose cases are known. */
function makeAscii(t: string, s: number, sentence: number, initial: boolean, upper: boolean, lower: boolean, hash: number): Token {
  const f = t.charCodeAt(0);
  const word = t.length > 1 || (f >= 97 && f <= 122) || (f >= 65 && f <= 90) || (f >= 48 && f <= 57);
  const cap = f >= 65 && f <= 90;
  return {
    text: t,
    lower: upper ? t.toLowerCase() : t,
    start: s,
    end: s + t.length,
    sentence,
    word,
    cap,
    allCaps: cap && t.length > 1 && !lower,
    initial: word && initial,
    hash,
  };
}

function make(t: string, s: number, sentence: number, initial: boolean): Token {
  const first = t[0] ?? "";
  const lower = t.toLowerCase();
  // A token is a word when its first character has a case or is a letter/digit; punctuation is one character.
  const word = t.length > 1 || first !== lower || WORD_START.test(first);
  const cap = word && first !== lower[0] && UPPER.test(first);
  const allCaps = cap && t.length > 1 && lower !== t && t === t.toUpperCase();
  return { text: t, lower, start: s, end: s + t.length, sentence, word, cap, allCaps, initial: word && initial, hash: hashLower(lower) };
}

/** Tokens of a whole string, as one sentence (for aliases and titles). */
export function tokenizeString(text: string): Token[] {
  const out: Token[] = [];
  tokenizeRange(text, 0, text.length, 0, out);
  return out;
}
