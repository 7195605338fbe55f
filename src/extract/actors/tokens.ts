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

import { flatString } from "../flat-string.js";

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

/**
 * Word lists asked about the tokens of a table, each list one bit: the
 * filter, then an open-addressed table by hash, then the text compared in
 * place, so asking about a token does not make its strings. A table of
 * typed arrays, not a Map: the finder asks about every token, and the
 * commonest words ("the", "of", titles, first names) pass the filter.
 */
export class WordClasses {
  private readonly filter = new WordFilter();
  private readonly words: string[] = [];
  private readonly bits: number[] = [];
  private mask = 15;
  private hashes = new Int32Array(16);
  /** Index into words and bits, -1 for an empty slot. */
  private entries = new Int32Array(16).fill(-1);

  add(words: Iterable<string>, bit: number): this {
    for (const word of words) {
      const h = hashLower(word);
      this.filter.add(word);
      const found = this.find(h, word);
      if (found >= 0) {
        this.bits[found]! |= bit;
        continue;
      }
      this.words.push(word);
      this.bits.push(bit);
      if (this.words.length * 2 > this.mask + 1) this.rehash();
      else this.place(h, this.words.length - 1);
    }
    return this;
  }

  /** The bits of every list holding token i's lower-case form (0 outside the table). */
  of(table: TokenTable, i: number): number {
    if (!(i >= 0 && i < table.length)) return 0;
    const h = table.hash[i]!;
    if (!this.filter.mayHave(h)) return 0;
    for (let s = spread(h) & this.mask; ; s = (s + 1) & this.mask) {
      const e = this.entries[s]!;
      if (e === -1) return 0;
      if (this.hashes[s] === h && table.lowerIs(i, this.words[e]!)) return this.bits[e]!;
    }
  }

  private find(h: number, word: string): number {
    for (let s = spread(h) & this.mask; ; s = (s + 1) & this.mask) {
      const e = this.entries[s]!;
      if (e === -1) return -1;
      if (this.hashes[s] === h && this.words[e] === word) return e;
    }
  }

  private place(h: number, e: number): void {
    let s = spread(h) & this.mask;
    while (this.entries[s] !== -1) s = (s + 1) & this.mask;
    this.hashes[s] = h;
    this.entries[s] = e;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.entries = new Int32Array(size).fill(-1);
    this.words.forEach((w, e) => this.place(hashLower(w), e));
  }
}

/** Mixes a token hash's bits, so that a table slot depends on all of them. */
export function spread(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return x ^ (x >>> 13);
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

/** ASCII characters by kind, for the scan's fast path over plain ASCII words. */
const A_LOWER = 1;
const A_UPPER = 2;
const A_DIGIT = 4;
const A_SPACE = 8;
const ASCII_KIND = new Uint8Array(128).map((_, c) =>
  classOfUnit(c) === SPACE ? A_SPACE : classOfUnit(c) !== WORD ? 0 : c >= 97 && c <= 122 ? A_LOWER : c >= 65 && c <= 90 ? A_UPPER : A_DIGIT,
);

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Token flags in a TokenTable. */
export const IS_WORD = 1;
export const IS_CAP = 2;
export const IS_ALL_CAPS = 4;
export const IS_INITIAL = 8;
/** An ASCII token with an upper-case letter: its lower-case form needs toLowerCase. */
const HAS_UPPER = 16;

/** What the trie and the name readers index: a Token[] or a TokenTable. */
export interface TokenSeq {
  readonly length: number;
  /** The token at i, undefined outside [0, length). */
  at(i: number): Token | undefined;
}

/**
 * The tokens of one article as parallel typed arrays (offsets, sentence,
 * flags, hash of the lower-case form): the finder decides most tokens from
 * these numbers alone, so a Token object (two strings and ten fields) is made
 * only for the few tokens something reads, on first use.
 */
export class TokenTable implements TokenSeq {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  hash: Int32Array;
  flags: Uint8Array;
  /** Made tokens; non-ASCII and cut tokens are made while scanning (their flags need the strings anyway). */
  private readonly made: (Token | null)[];

  constructor(
    public text: string,
    capacity = 16,
  ) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.sentence = new Int32Array(capacity);
    this.hash = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    // Filled, not sparse, and kept at the arrays' size: a holey or growing array here is slow.
    this.made = new Array<Token | null>(capacity).fill(null);
  }

  /** A table over the given tokens (made elsewhere). */
  static of(tokens: Token[]): TokenTable {
    const table = new TokenTable("", tokens.length + 1);
    for (const t of tokens) pushMade(table, t);
    return table;
  }

  /** Empties the table for another text, keeping its arrays (one table serves article after article). */
  reset(text: string): void {
    this.text = text;
    this.made.fill(null, 0, this.length);
    this.length = 0;
  }

  at(i: number): Token | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    return this.made[i] ?? this.make(i);
  }

  /** The token's text is `text` exactly (false outside the table), read without making the token. */
  textIs(i: number, text: string): boolean {
    if (!(i >= 0 && i < this.length)) return false;
    const made = this.made[i];
    if (made) return made.text === text;
    const s = this.start[i]!;
    return this.end[i]! - s === text.length && this.text.startsWith(text, s);
  }

  /** The token's lower-case form is `word` (false outside the table), read off the text without making the token. */
  lowerIs(i: number, word: string): boolean {
    if (!(i >= 0 && i < this.length)) return false;
    const made = this.made[i];
    if (made) return made.lower === word;
    // An unmade token is all ASCII, where lower-casing is adding 32 to A-Z.
    const s = this.start[i]!;
    if (this.end[i]! - s !== word.length) return false;
    for (let k = 0; k < word.length; k++) {
      let c = this.text.charCodeAt(s + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== word.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Tokens of the range [start, end) of the text, read as one sentence. */
  scan(start: number, end: number, sentence: number): void {
    scanRange(this, start, end, sentence);
  }

  push(start: number, end: number, sentence: number, flags: number, hash: number, tok: Token | null): void {
    const n = this.length;
    if (n === this.flags.length) this.grow();
    this.start[n] = start;
    this.end[n] = end;
    this.sentence[n] = sentence;
    this.flags[n] = flags;
    this.hash[n] = hash;
    this.made[n] = tok;
    this.length = n + 1;
  }

  private grow(): void {
    const size = this.flags.length * 2;
    this.start = widen(this.start, size);
    this.end = widen(this.end, size);
    this.sentence = widen(this.sentence, size);
    this.hash = widen(this.hash, size);
    const f = new Uint8Array(size);
    f.set(this.flags);
    this.flags = f;
    while (this.made.length < size) this.made.push(null);
  }

  /** An ASCII token, as the scanner saw it. */
  private make(i: number): Token {
    const s = this.start[i]!;
    const f = this.flags[i]!;
    const text = this.text.slice(s, this.end[i]!);
    const tok: Token = {
      text,
      lower: f & HAS_UPPER ? text.toLowerCase() : text,
      start: s,
      end: this.end[i]!,
      sentence: this.sentence[i]!,
      word: (f & IS_WORD) !== 0,
      cap: (f & IS_CAP) !== 0,
      allCaps: (f & IS_ALL_CAPS) !== 0,
      initial: (f & IS_INITIAL) !== 0,
      hash: this.hash[i]!,
    };
    this.made[i] = tok;
    return tok;
  }
}

function widen(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function flagsOf(t: Token): number {
  return (t.word ? IS_WORD : 0) | (t.cap ? IS_CAP : 0) | (t.allCaps ? IS_ALL_CAPS : 0) | (t.initial ? IS_INITIAL : 0);
}

function pushMade(table: TokenTable, tok: Token): void {
  table.push(tok.start, tok.end, tok.sentence, flagsOf(tok), tok.hash, tok);
}

export function tokenizeRange(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  // A flat copy: the gazetteer's aliases come parsed from YAML or written in code, string kinds an
  // article's text never is, and once the scan had read them it read every article at half speed (see scanOther).
  const table = new TokenTable(flatString(text));
  scanRange(table, start, end, sentence);
  for (let i = 0; i < table.length; i++) out.push(table.at(i)!);
}

function scanRange(table: TokenTable, start: number, end: number, sentence: number): void {
  const text = table.text;
  const n = text.length;
  let initial = true;
  let i = start;
  // As the pattern did: a start inside a surrogate pair reads the whole pair.
  if (i > 0 && i < n && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const k = ASCII_KIND[c]!;
      if (k === A_SPACE) {
        i++;
        continue;
      }
      if (k !== 0) {
        // Most tokens are ASCII letters and digits up to an ASCII space or punctuation: read them here.
        let j = i + 1;
        let kinds = k;
        let hash = k === A_UPPER ? c + 32 : c;
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          const kd = d < 128 ? ASCII_KIND[d]! : 0;
          if (!(kd & (A_LOWER | A_UPPER | A_DIGIT))) break;
          kinds |= kd;
          hash = (Math.imul(hash, 31) + (kd === A_UPPER ? d + 32 : d)) | 0;
        }
        const stop = j < n ? text.charCodeAt(j) : 32;
        // A hyphen may join a run or make "ex-"; a non-ASCII character may continue the word; a cut token is shortened: all read below.
        if (j <= end && stop < 128 && stop !== 45) {
          const cap = k === A_UPPER;
          table.push(
            i,
            j,
            sentence,
            IS_WORD | (cap ? IS_CAP : 0) | (cap && j - i > 1 && !(kinds & A_LOWER) ? IS_ALL_CAPS : 0) | (initial ? IS_INITIAL : 0) | (kinds & A_UPPER ? HAS_UPPER : 0),
            hash,
            null,
          );
          initial = false;
          i = j;
          continue;
        }
      }
    }
    const next = scanOther(table, i, end, sentence, initial);
    initial = (next & 1) === 1;
    i = next >>> 1;
  }
}

/**
 * The token (or space) at i that the ASCII path above does not take: a hyphen, a
 * character outside ASCII, a token cut by the range's end. Returns where the scan
 * goes on, times two, plus 1 while no word has been read in the sentence yet.
 * A function of its own because V8 optimises scanRange as a whole: with this code
 * inside it, the ASCII loop ran at half speed once the gazetteer's aliases (with
 * their hyphens, stops and accents) had been tokenised, as they are before any
 * article. Tokenising 10,000 generated articles after building the actor index
 * took 0.57 s a pass; split, and with tokenizeRange's copy, 0.28 s (either alone
 * did not help).
 */
function scanOther(table: TokenTable, i: number, end: number, sentence: number, initial: boolean): number {
  const text = table.text;
  const n = text.length;
  const c = text.charCodeAt(i);
  let cls: number;
  let w = 1;
  if (c < 128) cls = classOfUnit(c);
  else {
    const p = codePointAt(text, i);
    cls = p >> 2;
    w = p & 3;
  }
  if (cls === SPACE) return (i + w) * 2 + (initial ? 1 : 0);
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
  const cut = j > end;
  // the case flags saw characters past a cut
  if (cut) ascii = false;
  const e = cut ? end : j;
  // "ex-Minister" is a title with a prefix, not one word.
  if (e - s > 3 && text.charCodeAt(s + 2) === 45 && (c === 101 || c === 69) && (text.charCodeAt(s + 1) | 32) === 120) {
    pushMade(table, make("ex", s, sentence, initial));
    initial = false;
    const tok = make(text.slice(s + 3, e), s + 3, sentence, initial);
    if (tok.word) initial = false;
    pushMade(table, tok);
  } else if (ascii) {
    // The ASCII token's flags come from the scan: its strings are made only if someone reads it.
    const len = e - s;
    const word = len > 1 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    const cap = c >= 65 && c <= 90;
    const flags =
      (word ? IS_WORD : 0) | (cap ? IS_CAP : 0) | (cap && len > 1 && !lower ? IS_ALL_CAPS : 0) | (word && initial ? IS_INITIAL : 0) | (upper ? HAS_UPPER : 0);
    if (word) initial = false;
    table.push(s, e, sentence, flags, hash, null);
  } else {
    const tok = make(text.slice(s, e), s, sentence, initial);
    if (tok.word) initial = false;
    pushMade(table, tok);
  }
  // The pattern's next match would start past the truncated one, so past the range (j > end ends the scan).
  return j * 2 + (initial ? 1 : 0);
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
