// Reading a person's name off the token stream when the gazetteer does not
// know it, and telling a person's name from a picture credit or an eponym.
import type { Token, TokenTable } from "./tokens.js";
import { FAMILY_FIRST, FIRST_NAMES, NON_NAME_WORDS, PARTICLES, ROLE_HEADS } from "./lexicon.js";

/** Words after which a capitalised name is a thing named after a person, not the person ("Alexander Garden"). */
export const EPONYM_AFTER: ReadonlySet<string> = new Set(
  `garden park street square avenue prospekt prize award medal order cup tournament festival museum theatre theater cathedral
  bridge university institute academy school college hospital centre center foundation fund plant factory station airport
  stadium arena library memorial readings lecture lectures competition research house international state academic ensemble
  formula doctrine`
    .split(/\s+/)
    .filter(Boolean),
);
/** Nouns before "of X" that make X a namesake: "the Order of", "the Battle of". */
const EPONYM_BEFORE = new Set(
  "order medal prize cup museum named street avenue square institute battle".split(" "),
);
/** Nouns before "to X" that commemorate X: "a monument to". */
const MEMORIAL_TO = new Set(["monument", "monuments", "memorial", "memorials", "statue", "statues", "bust", "plaque"]);
/** Ships named after people ("the Marshal Rokossovsky ferry"), written in lower case after the name. */
const VESSELS = new Set(["ferry", "tanker", "icebreaker", "ship", "vessel", "submarine", "cruiser", "frigate", "destroyer"]);
/** Things only an author or a commemorated person has: "X's poems", "X's 200th birth anniversary". */
const AUTHORED = new Set(["poem", "poems", "poetry", "novel", "novels", "works", "verses", "legacy", "heritage"]);
/** Nouns before "of X" that remember X: "the memory of", "the legacy of", "the works of", "condolences on the death of". */
const COMMEMORATIVE_OF = new Set(
  "memory legacy heritage works poems poetry novels monument memorial statue bust death passing".split(" "),
);
/** An age nobody alive has reached: a "125th birthday" is a commemoration. */
const COMMEMORATIVE_AGE = 110;
const CREDIT_WORDS = new Set(["photo", "photos", "picture", "credit", "credits", "source", "author", "by", "image", "video"]);

/** Can this token be part of a person's name? */
export function nameable(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  // "el-Sisi", "al-Assad": a lower-case Arabic article glued to a capitalised name.
  if (!t.cap) return ARTICLE_GLUED.test(t.text);
  return !t.allCaps && !NON_NAME_WORDS.has(t.lower) && !ROLE_HEADS.has(t.lower) && !/\d/.test(t.text);
}

const ARTICLE_GLUED = /^(al|el|ad|ash|as|at|ar|an|az|ibn|bin)-\p{Lu}/u;

/**
 * The end (exclusive) of a name starting at `k`: capitalised tokens, with
 * particles inside ("bin", "von der"), at most five, never crossing a sentence
 * or a token `stops` rejects (a known name, country or title, or a later first name).
 */
/** A name read from k stops at a token inside a gazetteer match, or at a first name after its second token. */
function stops(tokens: TokenTable, covered: Uint8Array, k: number, j: number): boolean {
  return covered[j] === 1 || (j > k + 1 && FIRST_NAMES.has(tokens.at(j)?.lower ?? ""));
}

export function readName(tokens: TokenTable, k: number, covered: Uint8Array): number {
  const sentence = tokens.at(k)?.sentence;
  let j = k;
  let count = 0;
  const seen = new Set<string>();
  while (j < tokens.length && count < 5) {
    const t = tokens.at(j)!;
    if (t.sentence !== sentence) break;
    // A repeated word starts something else ("Tokayev Tokayev Kassym-Jomart..." in scraped transcripts).
    if (seen.has(t.lower)) break;
    if (j > k && stops(tokens, covered, k, j) && !PARTICLES.has(tokens.at(j - 1)!.lower)) break;
    if (nameable(t)) {
      seen.add(t.lower);
      j++;
      count++;
      continue;
    }
    if (j > k && PARTICLES.has(t.lower) && nameable(tokens.at(j + 1)) && tokens.at(j + 1)!.sentence === sentence) {
      // "bin Zayed", "von der Leyen", and capitalised "Al Nahyan", "Al Saud".
      j++;
      continue;
    }
    if (j > k && middleInitialDot(tokens, covered, k, j)) {
      // "George W. Bush", "John F. Kennedy": the initial's full stop is inside the name.
      j++;
      continue;
    }
    break;
  }
  while (j > k + 1 && PARTICLES.has(tokens.at(j - 1)!.lower)) j--;
  return j;
}

/**
 * Token j is the full stop of a middle initial: glued to a single capital letter that follows the
 * name's first word, and followed in the same sentence by a word that can go on the name.
 */
function middleInitialDot(tokens: TokenTable, covered: Uint8Array, k: number, j: number): boolean {
  if (j < k + 2 || !tokens.textIs(j, ".")) return false;
  const initial = tokens.at(j - 1)!;
  if (initial.text.length !== 1 || !initial.cap || initial.end !== tokens.start[j]) return false;
  const next = tokens.at(j + 1);
  return nameable(next) && next!.sentence === initial.sentence && !stops(tokens, covered, k, j + 1);
}

/** A name starting with a known first name, or family-name-first; returns its end or -1. */
export function nameFromFirstName(tokens: TokenTable, k: number, covered: Uint8Array): number {
  const t = tokens.at(k);
  if (!t || !t.cap || t.allCaps) return -1;
  const next = tokens.at(k + 1);
  if (!nameable(next) || next!.sentence !== t.sentence) return -1;
  if (FIRST_NAMES.has(t.lower)) {
    const end = readName(tokens, k, covered);
    return end - k >= 2 ? end : -1;
  }
  if (FAMILY_FIRST.has(t.lower)) {
    // "Xi Jinping", "Nguyen Xuan Phuc": the given name follows, one or two tokens.
    let end = k + 2;
    if (nameable(tokens.at(end)) && tokens.at(end)!.sentence === t.sentence && !stops(tokens, covered, k, end) && !FIRST_NAMES.has(tokens.at(end)!.lower)) end++;
    return end;
  }
  return -1;
}

/** A picture credit ("AFP / Anatoly Stepanov –", "Name/Reuters"), a byline, or a thing named after someone. */
export function notAPerson(tokens: TokenTable, start: number, end: number): boolean {
  const sentence = tokens.at(start)!.sentence;
  for (let j = Math.max(0, start - 3); j < start; j++) {
    const t = tokens.at(j)!;
    if (t.sentence === sentence && (t.text === "/" || t.text === "|")) return true;
  }
  const after = tokens.at(end);
  if (after && after.sentence === sentence && (after.text === "/" || after.text === "|")) return true;
  const before = tokens.at(start - 1);
  const before2 = tokens.at(start - 2);
  if (before && before.sentence === sentence) {
    if (CREDIT_WORDS.has(before.lower) && (before.initial || before.cap)) return true;
    if (before.text === ":" && before2 && before2.sentence === sentence && CREDIT_WORDS.has(before2.lower)) return true;
    if (before.lower === "of" && before2 && EPONYM_BEFORE.has(before2.lower)) return true;
    if (before.lower === "after" && before2?.lower === "named") return true;
  }
  if (after && after.sentence === sentence && after.cap && EPONYM_AFTER.has(after.lower)) return true;
  // "the Tchaikovsky competition", "the newly established Rachmaninoff competition": after "the", a lower-case noun will do.
  if (after && after.sentence === sentence && EPONYM_AFTER.has(after.lower) && theBefore(tokens, start)) return true;
  return false;
}

/** "the" just before `start`, or up to two lower-case words before it ("the newly established"). */
function theBefore(tokens: TokenTable, start: number): boolean {
  const sentence = tokens.at(start)!.sentence;
  for (let j = start - 1; j >= Math.max(0, start - 3); j--) {
    const t = tokens.at(j)!;
    if (t.sentence !== sentence) return false;
    if (t.lower === "the") return true;
    if (t.cap || !t.word) return false;
  }
  return false;
}

/**
 * Someone remembered rather than acting now: "a monument to X", "the 125th
 * birthday of X", "X's 200th birth anniversary", "X's poems", "X wrote in his
 * poem", "the X ferry". Rules on the context, so no list of historical names.
 */
export function commemorated(tokens: TokenTable, start: number, end: number): boolean {
  const sentence = tokens.at(start)!.sentence;
  // A title before the name does not change what precedes it: "the ferry Marshal X", "in honour of General X".
  let b = start;
  while (b > start - 3 && inSentence(tokens, sentence, b - 1)?.cap && ROLE_HEADS.has(inSentence(tokens, sentence, b - 1)!.lower)) b--;
  if (inSentence(tokens, sentence, b - 1)?.cap && inSentence(tokens, sentence, b - 1)!.lower === "army" && inSentence(tokens, sentence, b)?.lower === "general") b--;
  // "the ferry Marshal X" (but "the vessel's captain X" is a person): a title must stand between.
  if (b < start && VESSELS.has(inSentence(tokens, sentence, b - 1)?.lower ?? "")) return true;
  const before = inSentence(tokens, sentence, b - 1);
  const before2 = inSentence(tokens, sentence, b - 2);
  if (before?.lower === "to" && before2 && MEMORIAL_TO.has(before2.lower)) return true;
  // "we remember X who ...".
  if (before?.lower === "remember" && b === start) return true;
  if (before?.lower === "of" && before2 && COMMEMORATIVE_OF.has(before2.lower)) return true;
  // "named in honour of X" (but not "a reception in honour of X", who is there).
  if (before?.lower === "of" && /^honou?r$/.test(before2?.lower ?? "") && inSentence(tokens, sentence, b - 3)?.lower === "in" && inSentence(tokens, sentence, b - 4)?.lower === "named") return true;
  // "the 125th birthday of X", "the 200th birth anniversary of X".
  if (before?.lower === "of" && before2 && (before2.lower === "birthday" || before2.lower === "anniversary")) {
    if (inSentence(tokens, sentence, start - 3)?.lower === "birth") return true;
    const age = ordinal(inSentence(tokens, sentence, start - 3)) ?? ordinal(inSentence(tokens, sentence, start - 4));
    if (age !== null && age >= COMMEMORATIVE_AGE) return true;
  }
  const after = inSentence(tokens, sentence, end);
  if (after && VESSELS.has(after.lower)) return true;
  let k = end;
  if (after && (after.text === "'" || after.text === "’") && inSentence(tokens, sentence, end + 1)?.lower === "s") k = end + 2;
  if (k > end) {
    // "X's poems", "X's 200 birth anniversary", "X's 125th birthday".
    let j = k;
    const age = ordinal(inSentence(tokens, sentence, j));
    if (age !== null) j++;
    const noun = inSentence(tokens, sentence, j)?.lower;
    if (noun && AUTHORED.has(noun)) return true;
    if (noun === "birth" && inSentence(tokens, sentence, j + 1)?.lower === "anniversary") return true;
    if (age !== null && age >= COMMEMORATIVE_AGE && (noun === "birthday" || noun === "anniversary")) return true;
  }
  // "As X wrote, ...": an author quoted.
  if (after?.lower === "wrote" && inSentence(tokens, sentence, start - 1)?.lower === "as") return true;
  // "X wrote in his poem".
  if (after?.lower === "wrote") {
    for (let j = end + 1; j <= end + 4; j++) {
      const t = inSentence(tokens, sentence, j);
      if (t && AUTHORED.has(t.lower)) return true;
    }
  }
  return inPastCentury(tokens, start);
}

/** The token at j when it is in the sentence, else undefined. */
function inSentence(tokens: TokenTable, sentence: number, j: number): Token | undefined {
  const t = tokens.at(j);
  return t && t.sentence === sentence ? t : undefined;
}

/** How long ago a sentence's time makes the people it newly names history rather than current actors. */
export const HISTORIC_YEARS = 30;

/** The sentence speaks of a century before the 20th ("the 18th century military commander X"), or of 30+ years ago. */
function inPastCentury(tokens: TokenTable, k: number): boolean {
  // Read in place (lowerIs): this runs over the whole sentence for every new name.
  const sentence = tokens.sentence[k]!;
  let a = k;
  while (a > 0 && tokens.sentence[a - 1] === sentence) a--;
  for (let j = a; j + 1 < tokens.length && tokens.sentence[j] === sentence; j++) {
    // "the first flight, by X, 61 years ago": as historic as a year that long ago.
    if (tokens.lowerIs(j + 1, "years") && tokens.lowerIs(j + 2, "ago") && (ordinal(tokens.at(j)) ?? 0) >= HISTORIC_YEARS) return true;
    if (!tokens.lowerIs(j + 1, "century")) continue;
    const n = ordinal(tokens.at(j));
    if (n !== null && n < 20 && /\D$/.test(tokens.at(j)!.text)) return true;
  }
  return false;
}

/** 125 for "125th" or "125", else null. */
function ordinal(t: Token | undefined): number | null {
  const m = t ? /^(\d{1,4})(st|nd|rd|th)?$/.exec(t.lower) : null;
  return m ? Number(m[1]) : null;
}

/**
 * Key of a person found in the text: the slug of the name with common romanisation
 * variants folded, so one person spelt two ways ("Valery Gergiyev" / "Valery Gergiev",
 * "Yury" / "Yuri" / "Yuriy", "Alyoshin" / "Aleshin", "Natalya" / "Natalia",
 * "Aleksei" / "Alexey") is one key in one article and across a corpus:
 * ks → x, yo and ye → e, ya → ia, a final y → i, then ii → i.
 */
export function discoveredKey(name: string): string {
  const folded = stripMarks(name)
    .toLowerCase()
    .replace(/ks/g, "x")
    .replace(/y[oe]/g, "e")
    .replace(/ya/g, "ia")
    .replace(/y\b/g, "i")
    .replace(/ii/g, "i");
  return slug(folded);
}

function stripMarks(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "");
}

/** URL-safe key of a name: "Brittany Stewart" → "brittany-stewart". */
export function slug(name: string): string {
  return stripMarks(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
