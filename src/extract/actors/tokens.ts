// Splits normalised text into word and punctuation tokens, sentence by
// sentence, so no match can cross a sentence boundary and every token knows
// its sentence. Aliases go through the same function, so the trie and the
// text agree on what a token is ("U.S." is U . S . in both).

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
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER = /\p{Lu}/u;
const WORD_START = /[\p{L}\p{M}\p{N}]/u;

export function tokenizeRange(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  TOKEN.lastIndex = start;
  let initial = true;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    let s = m.index;
    let t = m[0];
    if (s + t.length > end) t = t.slice(0, end - s);
    // "ex-Minister" is a title with a prefix, not one word.
    if (t.length > 3 && t[2] === "-" && (t[0] === "e" || t[0] === "E") && (t[1] === "x" || t[1] === "X")) {
      out.push(make("ex", s, sentence, initial));
      initial = false;
      s += 3;
      t = t.slice(3);
    }
    const tok = make(t, s, sentence, initial);
    if (tok.word) initial = false;
    out.push(tok);
  }
}

function make(t: string, s: number, sentence: number, initial: boolean): Token {
  const first = t[0] ?? "";
  const lower = t.toLowerCase();
  // A token is a word when its first character has a case or is a letter/digit; punctuation is one character.
  const word = t.length > 1 || first !== lower || WORD_START.test(first);
  const cap = word && first !== lower[0] && UPPER.test(first);
  const allCaps = cap && t.length > 1 && lower !== t && t === t.toUpperCase();
  return { text: t, lower, start: s, end: s + t.length, sentence, word, cap, allCaps, initial: word && initial };
}

/** Tokens of a whole string, as one sentence (for aliases and titles). */
export function tokenizeString(text: string): Token[] {
  const out: Token[] = [];
  tokenizeRange(text, 0, text.length, 0, out);
  return out;
}
