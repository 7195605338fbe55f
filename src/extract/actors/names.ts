// Reading a person's name off the token stream when the gazetteer does not
// know it, and telling a person's name from a picture credit or an eponym.
import type { Token } from "./tokens.js";
import { FAMILY_FIRST, FIRST_NAMES, NON_NAME_WORDS, PARTICLES, ROLE_HEADS } from "./lexicon.js";

/** Words after which a capitalised name is a thing named after a person, not the person ("Alexander Garden"). */
const EPONYM_AFTER = new Set(
  `garden park street square avenue prospekt prize award medal order cup tournament festival museum theatre theater cathedral
  bridge university institute academy school college hospital centre center foundation fund plant factory station airport
  stadium arena library memorial readings lecture lectures competition`
    .split(/\s+/)
    .filter(Boolean),
);
const EPONYM_BEFORE = new Set(["order", "medal", "prize", "cup", "museum", "named", "street", "avenue", "square", "institute"]);
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
 * or a token `stop` rejects (a known name, country or title).
 */
export function readName(tokens: Token[], k: number, stop: (j: number) => boolean): number {
  const sentence = tokens[k]?.sentence;
  let j = k;
  let count = 0;
  const seen = new Set<string>();
  while (j < tokens.length && count < 5) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) break;
    // A repeated word starts something else ("Tokayev Tokayev Kassym-Jomart..." in scraped transcripts).
    if (seen.has(t.lower)) break;
    if (j > k && stop(j) && !PARTICLES.has(tokens[j - 1]!.lower)) break;
    if (nameable(t)) {
      seen.add(t.lower);
      j++;
      count++;
      continue;
    }
    if (j > k && PARTICLES.has(t.lower) && nameable(tokens[j + 1]) && tokens[j + 1]!.sentence === sentence) {
      // "bin Zayed", "von der Leyen", and capitalised "Al Nahyan", "Al Saud".
      j++;
      continue;
    }
    break;
  }
  while (j > k + 1 && PARTICLES.has(tokens[j - 1]!.lower)) j--;
  return j;
}

/** A name starting with a known first name, or family-name-first; returns its end or -1. */
export function nameFromFirstName(tokens: Token[], k: number, stop: (j: number) => boolean): number {
  const t = tokens[k];
  if (!t || !t.cap || t.allCaps) return -1;
  const next = tokens[k + 1];
  if (!nameable(next) || next!.sentence !== t.sentence) return -1;
  if (FIRST_NAMES.has(t.lower)) {
    const end = readName(tokens, k, stop);
    return end - k >= 2 ? end : -1;
  }
  if (FAMILY_FIRST.has(t.lower)) {
    // "Xi Jinping", "Nguyen Xuan Phuc": the given name follows, one or two tokens.
    let end = k + 2;
    if (nameable(tokens[end]) && tokens[end]!.sentence === t.sentence && !stop(end) && !FIRST_NAMES.has(tokens[end]!.lower)) end++;
    return end;
  }
  return -1;
}

/** A picture credit ("AFP / Anatoly Stepanov –", "Name/Reuters"), a byline, or a thing named after someone. */
export function notAPerson(tokens: Token[], start: number, end: number): boolean {
  const sentence = tokens[start]!.sentence;
  for (let j = Math.max(0, start - 3); j < start; j++) {
    const t = tokens[j]!;
    if (t.sentence === sentence && (t.text === "/" || t.text === "|")) return true;
  }
  const after = tokens[end];
  if (after && after.sentence === sentence && (after.text === "/" || after.text === "|")) return true;
  const before = tokens[start - 1];
  const before2 = tokens[start - 2];
  if (before && before.sentence === sentence) {
    if (CREDIT_WORDS.has(before.lower) && (before.initial || before.cap)) return true;
    if (before.text === ":" && before2 && before2.sentence === sentence && CREDIT_WORDS.has(before2.lower)) return true;
    if (before.lower === "of" && before2 && EPONYM_BEFORE.has(before2.lower)) return true;
    if (before.lower === "after" && before2?.lower === "named") return true;
  }
  if (after && after.sentence === sentence && after.cap && EPONYM_AFTER.has(after.lower)) return true;
  return false;
}

/** URL-safe key of a name: "Brittany Stewart" → "brittany-stewart". */
export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
