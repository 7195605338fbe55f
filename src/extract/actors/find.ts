// Finds the actors of one article in one left-to-right pass over its tokens.
// Each token is looked up once in the gazetteer trie (longest match); the pass
// then reads roles, names, surnames and anaphors off that segmentation, keeping
// a little state about who was mentioned last, with which role and as subject.
import type { ArticleActors, DiscoveredActor, Mention, MentionVia, PreparedArticle } from "../../shared/types.js";
import type { ActorIndex, Lex } from "./actor-index.js";
import {
  AFTER_AUXILIARY,
  ANAPHOR_NOUNS,
  AMBIGUOUS_SURNAMES,
  AUXILIARIES,
  CONTACT_NOUNS,
  FAMILY_FIRST,
  FIRST_NAMES,
  NON_NAME_WORDS,
  PERSON_VERBS,
  REGNAL,
  ROLE_HEADS,
  type Gender,
} from "./lexicon.js";
import { commemorated, discoveredKey, EPONYM_AFTER, HISTORIC_YEARS, nameable, nameFromFirstName, notAPerson, readName, slug } from "./names.js";
import { holdingOffice, isLeaderOffice, leaderOf, officesOn, preferInstitution, uniqueHolder } from "./offices.js";
import { isStarterWord } from "../starter-words.js";
import { endsLabel } from "../transcript-marks.js";
import { IS_CAP, IS_INITIAL, IS_WORD, TokenTable, WordClasses, hashLower, type Token } from "./tokens.js";
import type { TrieMatch } from "./trie.js";

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "my"]);
const MODIFIERS = new Set(
  "deputy first vice military presidential press prime special senior top chief foreign defence defense interior finance acting permanent executive federal national security regional".split(
    " ",
  ),
);
const COMPLEMENT = new Set(["of", "in", "to", "at", "for"]);
// "of the Republic of ", "of the Islamic Republic of ": a state's formal name before its short one.
const STATE_NAME = /^of (?:the )?(?:[A-Z][\p{L}'’-]* )*?(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate|Confederation|Duchy) of (?:the )?$/u;
// A post defined by another's: "Special Representative of", "Aide to", "Head of the Executive Office of" (the role after).
const SUBORDINATE_POST =
  /\b(?:representative|envoy|aide|adviser|advisor|assistant|office|administration|staff|plenipotentiary|spokes(?:man|woman|person)|press secretary|counsell?or|commissioner|chancellery|executive office)\s+(?:of|to|for|under|at)\s+$/i;
// The same after a possessive: "the President's press secretary".
const POST_AFTER =
  /^(?:(?:special|senior|chief|top|deputy|personal|foreign[- ]policy)\s+)*(?:press secretary|spokes(?:man|woman|person)|aide|adviser|advisor|assistant|office|administration|envoy|representative|chief of staff|staff)\b/i;
// A role said of someone rather than naming anyone: "was elected President", "her election as President of
// Hungary", "served as Chancellor". Not a participle before its noun: "the democratically elected President of
// Ukraine" and "the serving President" are Zelensky and the incumbent.
const PREDICATIVE =
  /(?:\b(?:(?:re-?)?election|sworn in|swearing[- ]in|inauguration|appointment|nomination)\s+(?:as|for)\s+|\b(?:(?:re-?)?elected|inaugurated|appointed|nominated|named|bec[ao]me|becomes|becoming)\s+(?:as\s+)?|\b(?:term(?: of office)?|tenure|served|serving|serves)\s+as\s+)$/i;
// "the newly elected President", "a democratically elected leader": a participle used as an adjective.
const ATTRIBUTIVE = /\b(?:the|a|an|its|their|his|her|newly|democratically|legitimately|popularly|duly|recently|freshly|lawfully|legally|just)\s+(?:(?:re-?)?elected|appointed|named|nominated)\s+$/i;
const STATE_NOUN = /^(?:(?:Socialist|Democratic|Federal|Federative|Islamic|Arab|Cooperative|Co-operative|People's|People’s) )*(?:Republic|Kingdom|Federation|Confederation|Emirates?|Sultanate|Principality)$/;
const PAST_COPULA = ["was", "were", "been"];
const DEPUTY = /\b(?:deputy|vice)\b/i;
/** Verbs that may follow a bare rank as its subject: "the general said". */
const REPORTING_VERBS = new Set(["said", "says", "told", "added", "noted", "stressed", "warned", "replied", "reported", "explained", "ordered", "stated"]);
/** A capitalised word that could be a first name no list knows: "Hunter", "Gulzada", "Jean-Pierre". */
const GIVEN_NAME_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
/** Capitalised words before a surname that are no first name, and that no other list rules out. */
const NOT_A_FIRST_NAME = new Set(
  `like unlike including regarding concerning dear thanks thank congratulations welcome comrade citizen team candidate
  democrat democrats republican republicans labour tory conservative liberal socialist communist uncle aunt brother sister
  father mother son daughter wife husband herr frau monsieur madame mister senor signor former late young elder
  ask asked says said tells told meets met calls called urges warns slams hails
  tonight overnight again afterward soon once already often sometimes never always elsewhere abroad thereafter anyway
  meantime together altogether`.split(/\s+/).filter(Boolean),
);
/** Endings of the adjectives and participles that stand before a surname in a headline ("Defiant Putin", "Embattled Johnson"). */
const DESCRIBING = /(?:ed|ing|ful|ous|ive|less|ant|ent|ic|ly|ish|ist|ary|ble)$/;
/** Short words a title-cased headline leaves in lower case. */
const TITLE_CASE_LOWER = new Set(["the", "and", "for", "with", "from", "into", "over", "via", "per", "but", "nor"]);
const RANK = new Set(["army", "general", "colonel", "lieutenant", "major", "admiral", "vice", "rear", "marshal", "captain", "fleet"]);
const ADDRESS = new Set(["mr", "mrs", "ms", "madam", "madame", "sir", "dear"]);
// The word lists the finder asks about most tokens, as bits looked up once per token (see WordClasses).
/** A word that can start a role outside the gazetteer: readRole's first test. */
const ROLE_START = 1;
const DETERMINER = 2;
const MODIFIER = 4;
const ADDRESS_WORD = 8;
const ROLE_HEAD = 16;
const FIRST_NAME = 32;
const FAMILY_NAME_FIRST = 64;
const WORD_CLASSES = new WordClasses()
  .add([...DETERMINERS, ...MODIFIERS, ...ROLE_HEADS, "leaders", "ex", "former", "then", "country"], ROLE_START)
  .add(DETERMINERS, DETERMINER)
  .add(MODIFIERS, MODIFIER)
  .add(ADDRESS, ADDRESS_WORD)
  .add(ROLE_HEADS, ROLE_HEAD)
  .add(FIRST_NAMES.keys(), FIRST_NAME)
  .add(FAMILY_FIRST, FAMILY_NAME_FIRST);

interface Role {
  start: number;
  /** First token of the role text (after any determiner). */
  textStart: number;
  /** Token after the role phrase proper. */
  end: number;
  det: string | null;
  former: boolean;
  country: string | null;
  institution: { code: string; office: string } | null;
  offices: string[] | null;
  head: string;
  capitalised: boolean;
  leaders: string[] | null;
  counterpart: boolean;
  /** "of/in ... " after the head, which may end in the person's name. */
  complement: { start: number; end: number; affiliation: string | null } | null;
}

interface NameHit {
  start: number;
  end: number;
  via: MentionVia;
  person: number | null;
  discoveredKey: string | null;
  label: string | null;
  familyFirst: boolean;
}

interface ActorState {
  gender: Gender | null;
  /** Office keys and titles on the article date, or the discovered role text, lower-cased. */
  roles: string;
  offices: string[];
  /** A gazetteer person, whose offices on the date are all there is to know of their posts. */
  known: boolean;
}

/**
 * "King Salman bin Abdulaziz Al Saud": the alias "King Salman" is the longest match at "King", but the
 * person's full name starts inside it and runs further. The whole stretch is that one name, not an alias
 * followed by stray words that break the sentence's lists.
 */
function longerNameInside(trie: ActorIndex["trie"], tokens: TokenTable, i: number, m: TrieMatch<Lex>): TrieMatch<Lex> {
  for (let j = i + 1; j < m.end; j++) {
    if (!trie.mayStart(tokens.hash[j]!)) continue;
    const inner = trie.longest(tokens, j);
    if (!inner || inner.end <= m.end) continue;
    const same = inner.values.filter((v) => v.kind === "name" && m.values.some((w) => w.kind === "name" && w.person === v.person));
    if (same.length > 0) return { end: inner.end, values: same };
  }
  return m;
}

const DOMAIN_COUNTRY: Readonly<Record<string, string>> = { uk: "GB", gov: "US", mil: "US" };

export function homeCountryOf(url: string | null, index: ActorIndex): string | null {
  const host = url ? /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1] : undefined;
  if (!host) return null;
  const tld = host.slice(host.lastIndexOf(".") + 1).toLowerCase();
  const code = DOMAIN_COUNTRY[tld] ?? tld.toUpperCase();
  return tld.length === 2 || tld in DOMAIN_COUNTRY ? (index.countries.has(code) ? code : null) : null;
}

function byPosition(x: Mention, y: Mention): number {
  return x.start - y.start || x.end - y.end || (x.actor < y.actor ? -1 : x.actor > y.actor ? 1 : 0);
}

function inOrder(mentions: Mention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (byPosition(mentions[k - 1]!, mentions[k]!) > 0) return false;
  return true;
}

/** Token i's lower-case form is one of `words`, read off the text without making the token. */
function lowerIsOneOf(tokens: TokenTable, i: number, words: readonly string[]): boolean {
  for (const w of words) if (tokens.lowerIs(i, w)) return true;
  return false;
}

/** A match other than a bare surname (a closure here would be built once per match). */
function coversName(values: Lex[]): boolean {
  for (const v of values) if (v.kind !== "surname") return true;
  return false;
}

/**
 * The per-token arrays of one article, reused by the next: findActors runs to
 * the end before it is called again, and allocating them per article made
 * much of the stage's garbage.
 */
const SCRATCH = {
  tokens: new TokenTable("", 1 << 12),
  lex: [] as (Lex[] | null)[],
  lexEnd: new Int32Array(0),
  covered: new Uint8Array(0),
  classes: new Uint8Array(0),
  /** Entries the last article may have written: cleared before the next reads them. */
  used: 0,
};

/** SCRATCH ready for an article of n tokens: empty (null, 0) at every index, as new arrays would be. */
function scratchFor(n: number): typeof SCRATCH {
  const s = SCRATCH;
  if (s.lexEnd.length < n + 1) {
    const size = Math.max(n + 1, s.lexEnd.length * 2);
    s.lex = new Array<Lex[] | null>(size).fill(null);
    s.lexEnd = new Int32Array(size);
    s.covered = new Uint8Array(size);
    s.classes = new Uint8Array(size);
  } else {
    const used = Math.max(s.used, n + 1);
    s.lex.fill(null, 0, used);
    s.lexEnd.fill(0, 0, used);
    s.covered.fill(0, 0, used);
    s.classes.fill(0, 0, used);
  }
  s.used = n + 1;
  return s;
}

export function findActors(prepared: PreparedArticle, index: ActorIndex): ArticleActors {
  return new Finder(prepared, index).run();
}

class Finder {
  private readonly text: string;
  private readonly date: string | null;
  private readonly tokens: TokenTable;
  /** Longest gazetteer match starting at a segment start; undefined inside a segment or where nothing matched. */
  private readonly lex: (Lex[] | null)[];
  private readonly lexEnd: Int32Array;
  /** 1 for tokens inside a gazetteer match other than a bare surname (which may belong to an unknown namesake). */
  private readonly covered: Uint8Array;
  /** WORD_CLASSES bits of each token. */
  private readonly classes: Uint8Array;
  private readonly pastYear = new Set<number>();
  /** Sentences about a year a generation or more before the article ("In 1961, Soviet officer Yury Gagarin ..."). */
  private readonly historicYear = new Set<number>();
  private readonly mentions: Mention[] = [];
  private readonly discovered = new Map<string, DiscoveredActor>();
  /** Sentence → whether it is title-cased, worked out when a name needs it. */
  private readonly titleCase = new Map<number, boolean>();
  private readonly actors = new Map<string, ActorState>();
  /** Lower-cased surname → actor key, for people already named in this article. */
  private readonly surnames = new Map<string, string>();
  /** Hashes of the keys of `surnames`, so a capitalised word is ruled out of it without making its string. */
  private readonly surnameHashes = new Set<number>();
  private readonly bySentence = new Map<number, string[]>();
  /** Lower-cased surnames of people this article commemorates ("a monument to Lenin"): none of their mentions is an actor's. */
  private readonly remembered = new Set<string>();
  private lastCountry: string | null = null;
  private lastMentionEnd = 0;
  /** homeCountry()'s answer, read off the article's URL when first asked. */
  private home: string | null | undefined;
  /** A bare capitalised title ("The President") read as the site's own state's holder, by the title's head word. */
  private readonly ownTitle = new Map<string, string>();

  constructor(
    private readonly prepared: PreparedArticle,
    private readonly index: ActorIndex,
  ) {
    this.text = prepared.norm.text;
    this.date = prepared.article.date;
    this.tokens = SCRATCH.tokens;
    this.tokens.reset(this.text);
    for (const s of prepared.sentences) this.tokens.scan(s.start, s.end, s.index);
    const tokens = this.tokens;
    const n = tokens.length;
    // Filled, not sparse: a holey array here makes every later lookup slow.
    const scratch = scratchFor(n);
    this.lex = scratch.lex;
    this.lexEnd = scratch.lexEnd;
    this.covered = scratch.covered;
    this.classes = scratch.classes;
    const year = this.date ? Number(this.date.slice(0, 4)) : -1;
    const trie = index.trie;
    for (let i = 0, next = 0; i < n; i++) {
      // The length and first character rule out almost every word before the year pattern is tried.
      if (year >= 0 && tokens.end[i]! - tokens.start[i]! === 4) this.noteYear(i, year);
      this.classes[i] = WORD_CLASSES.of(tokens, i);
      // The longest gazetteer match from each segment start; most tokens start none, as their hash says.
      if (i < next) continue;
      let m = trie.mayStart(tokens.hash[i]!) ? trie.longest(tokens, i) : null;
      if (m && m.end - i > 1 && m.values.some((v) => v.kind === "name")) m = longerNameInside(trie, tokens, i, m);
      if (m) {
        this.lex[i] = m.values;
        this.lexEnd[i] = m.end;
        if (coversName(m.values)) this.covered.fill(1, i, m.end);
        next = m.end;
      } else {
        this.lexEnd[i] = i + 1;
      }
    }
  }

  /** Notes the sentence of token i (four characters long) when it is a year before the article's. */
  private noteYear(i: number, year: number): void {
    const c = this.text.charCodeAt(this.tokens.start[i]!);
    if (c !== 49 && c !== 50) return;
    const t = this.tokens.at(i)!;
    if (/^(19|20)\d\d$/.test(t.text) && Number(t.text) < year) {
      this.pastYear.add(t.sentence);
      if (Number(t.text) <= year - HISTORIC_YEARS) this.historicYear.add(t.sentence);
    }
  }

  run(): ArticleActors {
    const n = this.tokens.length;
    const flags = this.tokens.flags;
    let i = 0;
    while (i < n) {
      // Most tokens start no role (no gazetteer match, no role word), no name (not capitalised) and no anaphor (not first in a sentence).
      if (!this.lex[i] && !(this.classes[i]! & ROLE_START) && !(flags[i]! & (IS_CAP | IS_INITIAL))) {
        i++;
        continue;
      }
      const role = this.readRole(i);
      if (role) {
        i = this.afterRole(role);
        continue;
      }
      const hit = this.readNameAt(i, null);
      if (hit) {
        this.emitName(hit, null);
        i = hit.end;
        continue;
      }
      if (this.pronoun(i)) {
        i++;
        continue;
      }
      const country = this.kind(i, "country");
      if (country) this.lastCountry = country.code;
      const e = this.lexEnd[i]!;
      i = e > i ? e : i + 1;
    }
    return this.finish();
  }

  // ---- lookups ----

  private tok(i: number): Token | undefined {
    return this.tokens.at(i);
  }

  private lower(i: number): string {
    return this.tokens.at(i)?.lower ?? "";
  }

  private kind<K extends Lex["kind"]>(i: number, kind: K): Extract<Lex, { kind: K }> | undefined {
    const values = this.lex[i];
    if (!values) return undefined;
    for (const l of values) if (l.kind === kind) return l as Extract<Lex, { kind: K }>;
    return undefined;
  }

  /** The country whose match starts at token i, in the given form: an adjective ("French") or a name ("France"); some words are both ("US"). */
  private countryWord(i: number, adjective: boolean): Extract<Lex, { kind: "country" }> | undefined {
    const values = this.lex[i];
    if (!values) return undefined;
    for (const l of values) if (l.kind === "country" && l.adjective === adjective) return l;
    return undefined;
  }

  /** Token i is in the word list `bit` (false outside the text). */
  private is(i: number, bit: number): boolean {
    return i >= 0 && i < this.tokens.length && (this.classes[i]! & bit) !== 0;
  }

  private sameSentence(i: number, j: number): boolean {
    const n = this.tokens.length;
    return i >= 0 && i < n && j >= 0 && j < n && this.tokens.sentence[i] === this.tokens.sentence[j];
  }

  private possessive(p: number): number {
    const tokens = this.tokens;
    if ((tokens.lowerIs(p, "'") || tokens.lowerIs(p, "’")) && tokens.lowerIs(p + 1, "s")) return p + 2;
    return p;
  }

  // ---- roles ----

  private readRole(i: number): Role | null {
    const tokens = this.tokens;
    if (i >= tokens.length || !(tokens.flags[i]! & IS_WORD)) return null;
    // Most tokens cannot start a role: decide that before any parsing.
    if (!this.lex[i] && !this.is(i, ROLE_START)) return null;
    // "Good afternoon, Mr President, Alexander Yunashev": a form of address, not the title of the name that follows.
    if (this.is(i - 1, ADDRESS_WORD) && this.sameSentence(i - 1, i)) return null;
    let p = i;
    const hasDet = this.is(i, DETERMINER);
    if (hasDet) p++;
    const textStart = p;
    // "he was the German foreign minister", "was then the ...": a post someone held, not its holder now
    // (but "was the minister's idea" names the holder).
    const before = tokens.lowerIs(i - 1, "then") ? i - 2 : i - 1;
    // Read off the text: making the token before every "the" had made 70 MB of garbage a pass over 10,000 articles.
    const held = hasDet && lowerIsOneOf(tokens, before, PAST_COPULA) && this.sameSentence(before, i);
    let former = false;
    // "the then German foreign minister", "then-President Obama" (a bare "then President" may be "and then").
    const then = tokens.lowerIs(p, "then") && (hasDet || this.tokens.textIs(p + 1, "-"));
    if (tokens.lowerIs(p, "ex") || tokens.lowerIs(p, "former") || then) {
      former = true;
      p++;
      if (this.tokens.textIs(p, "-")) p++;
    }
    let country: string | null = null;
    let institution: Role["institution"] = null;
    // "the US and French leaders": each country of a list before the head, for a plural head.
    let countries: string[] | null = null;
    // "the First President of Kazakhstan" is a title of its own, not the incumbent's.
    let first = false;
    if (tokens.lowerIs(p, "country") && this.possessive(p + 1) !== p + 1) {
      country = this.lastCountry;
      p = this.possessive(p + 1);
    }
    for (let guard = 0; guard < 6 && this.sameSentence(i, p); guard++) {
      if (this.kind(p, "title")) break;
      const c = this.kind(p, "country");
      const inst = this.kind(p, "institution");
      if (inst) {
        institution = { code: inst.code, office: inst.office };
        country ??= inst.code;
        const last = this.lower(this.lexEnd[p]! - 1);
        if (ROLE_HEADS.has(last)) {
          // "the Kremlin spokesman", "the White House press secretary": the institution names the role itself.
          return this.institutionRole(i, textStart, this.determiner(i, hasDet), former || held, p, institution, last);
        }
        p = this.possessive(this.lexEnd[p]!);
        continue;
      }
      if (c) {
        const adjective = this.countryWord(p, true) !== undefined;
        country = c.code;
        if (countries !== null && !countries.includes(c.code)) countries.push(c.code);
        p = this.possessive(this.lexEnd[p]!);
        const and = tokens.textIs(p, ",") || tokens.lowerIs(p, "and") ? p + 1 : -1;
        if (and > 0 && adjective && this.countryWord(and, true) && this.sameSentence(i, and)) {
          countries ??= [c.code];
          p = and;
        }
        continue;
      }
      if (this.is(p, MODIFIER) && !this.lex[p]) {
        first = tokens.lowerIs(p, "first");
        p++;
        continue;
      }
      break;
    }
    if (!this.sameSentence(i, p)) return null;
    const headAt = p;
    let offices: string[] | null = null;
    let head: string;
    const title = this.kind(p, "title");
    if (title) {
      offices = title.offices;
      head = this.lower(this.lexEnd[p]! - 1);
      p = this.lexEnd[p]!;
    } else if (tokens.flags[p]! & IS_WORD && (this.is(p, ROLE_HEAD) || tokens.lowerIs(p, "leaders")) && !this.lex[p]) {
      head = tokens.at(p)!.lower;
      p++;
    } else {
      return null;
    }
    // "the general military-political situation", "the general public": the adjective, not the rank ("the general said").
    if (head === "general" && !(tokens.flags[headAt]! & IS_CAP) && this.sameSentence(headAt, p)) {
      const next = tokens.at(p);
      if (next?.word && !next.cap && !REPORTING_VERBS.has(next.lower)) return null;
    }
    const det = this.determiner(i, hasDet);
    const role: Role = {
      start: i,
      textStart,
      end: p,
      det,
      former: former || (held && this.possessive(p) === p) || (first && head === "president"),
      country,
      institution,
      offices,
      head,
      capitalised: (tokens.flags[headAt]! & IS_CAP) !== 0,
      leaders: head === "leaders" && countries !== null && countries.length > 1 ? countries : null,
      counterpart: head === "counterpart" && (det === "his" || det === "her" || det === "my"),
      complement: null,
    };
    if (!role.leaders) this.readRoleTail(role);
    return role;
  }

  /** The determiner starting a role, made into a string only once the role is read (most "the" start none). */
  private determiner(i: number, hasDet: boolean): string | null {
    return hasDet ? this.tokens.at(i)!.lower : null;
  }

  private institutionRole(
    i: number,
    textStart: number,
    det: string | null,
    former: boolean,
    p: number,
    institution: { code: string; office: string },
    head: string,
  ): Role {
    const role: Role = {
      start: i,
      textStart,
      end: this.lexEnd[p]!,
      det,
      former,
      country: institution.code,
      institution: null,
      offices: [institution.office],
      head,
      capitalised: this.tok(p)!.cap,
      leaders: null,
      counterpart: false,
      complement: null,
    };
    this.readRoleTail(role);
    return role;
  }

  /** What may follow the head: "of the Pentagon", "of Ukraine", "of Germany, France and Italy", "in Kiev ...". */
  private readRoleTail(role: Role): void {
    const p = role.end;
    if (!this.tokens.lowerIs(p, "of") && !COMPLEMENT.has(this.lower(p))) return;
    if (this.tokens.lowerIs(p, "of")) {
      let q = p + 1;
      // "of the Russian Federation": "the" may begin the country's own name.
      if (this.tokens.lowerIs(q, "the") && !this.countryWord(q, false)) q++;
      if ((role.head === "head" || role.head === "chief") && !role.offices) {
        const c = this.kind(q, "country");
        if (c && !this.kind(q, "institution")) q = this.lexEnd[q]!;
        const inst = this.kind(q, "institution");
        // "Head of the State Council Commission on Agriculture" heads the commission, not the State Council.
        if (inst && !this.titleGoesOn(this.lexEnd[q]!)) {
          role.institution = { code: inst.code, office: inst.office };
          role.country = inst.code;
          role.offices = [inst.office];
          role.end = this.lexEnd[q]!;
          return;
        }
      }
      if (role.head === "leaders" || role.head === "leader") {
        const list: string[] = [];
        for (;;) {
          if (this.tokens.lowerIs(q, "the") && !this.countryWord(q, false)) q++;
          // "the leaders of Russian television": an adjective after "of" qualifies something else.
          const c = this.countryWord(q, false);
          if (!c || !this.sameSentence(role.start, q)) break;
          list.push(c.code);
          q = this.lexEnd[q]!;
          role.end = q;
          if (this.tokens.textIs(q, ",")) q++;
          if (this.tokens.lowerIs(q, "and")) q++;
        }
        if (list.length > 0) {
          role.leaders = list;
          return;
        }
      }
      const c = this.countryWord(q, false);
      const after = c ? this.lexEnd[q]! : q;
      // "President of Ukraine" — but "President of Bosnia and Herzegovina Presidency ..." keeps reading below,
      // and "his French counterpart of Russia's efforts" is no counterpart of Russia.
      if (c && !this.titleGoesOn(after) && !(role.counterpart && this.possessive(after) !== after)) {
        role.country = c.code;
        role.end = after;
        return;
      }
    }
    // A complement that may run into the name: "in Kiev Brittany Stewart", "of Murmansk Region Andrei Chibis".
    const start = p;
    let q = p + 1;
    let affiliation: string | null = null;
    let any = false;
    /** The country whose name ends the complement so far, and where it ends. */
    let lastCountry: { code: string; start: number; end: number } | null = null;
    let firstAdjective: { code: string; start: number; end: number } | null = null;
    for (let guard = 0; guard < 10 && this.sameSentence(start, q); guard++) {
      const t = this.tok(q)!;
      if (this.startsName(q)) break;
      const c = this.kind(q, "country");
      if (c || this.kind(q, "institution") || this.kind(q, "title")) {
        if (c && this.tokens.lowerIs(start, "of") && affiliation === null) affiliation = c.code;
        const noun = this.countryWord(q, false);
        lastCountry = noun ? { code: noun.code, start: q, end: this.lexEnd[q]! } : null;
        const adjective = noun ? undefined : this.countryWord(q, true);
        if (adjective && !firstAdjective) firstAdjective = { code: adjective.code, start: q, end: this.lexEnd[q]! };
        q = this.lexEnd[q]!;
        any = true;
        continue;
      }
      if (t.word && t.cap) {
        q = this.possessive(q + 1);
        any = true;
        continue;
      }
      if ((t.lower === "the" || t.lower === "of" || t.lower === "and" || t.text === ",") && this.tok(q + 1)?.cap) {
        q++;
        continue;
      }
      break;
    }
    if (!any) return;
    // "President of the Republic of Armenia", "Prime Minister of the Hellenic Republic of ...": the state's formal name.
    if (lastCountry && lastCountry.end === q && this.tokens.lowerIs(start, "of")) {
      const text = this.text.slice(this.tokens.start[start]!, this.tokens.start[lastCountry.start]!);
      if (STATE_NAME.test(text)) {
        role.country = lastCountry.code;
        role.end = q;
        return;
      }
    }
    // "Prime Minister of the Hellenic Republic", "President of the Kyrgyz Republic".
    if (firstAdjective && this.tokens.lowerIs(start, "of")) {
      const lead = this.text.slice(this.tokens.end[start]!, this.tokens.start[firstAdjective.start]!);
      const tail = this.text.slice(this.tokens.start[firstAdjective.end] ?? this.text.length, this.tokens.end[q - 1]!);
      if (/^ (?:the )?$/.test(lead) && STATE_NOUN.test(tail)) {
        role.country = firstAdjective.code;
        role.end = q;
        return;
      }
    }
    role.complement = { start, end: q, affiliation };
  }

  /** The state whose country-code domain the article comes from (kremlin.ru: RU; .uk: GB; .gov: US), if the gazetteer knows it. */
  private homeCountry(): string | null {
    if (this.home === undefined) this.home = homeCountryOf(this.prepared.article.url, this.index);
    return this.home;
  }

  /** The one holder of one of `offices` in the state whose site the article comes from, if it comes from one. */
  private homeHolder(offices: string[]): number | null {
    const home = this.homeCountry();
    return home ? uniqueHolder(this.index, offices, home, this.date) : null;
  }

  /** The sentence of token i names a country other than `home` ("people in the United States- the Secretary of the Treasury"). */
  private namesOtherCountry(i: number, home: string): boolean {
    let k = i;
    while (k > 0 && this.sameSentence(k - 1, i)) k--;
    for (; k < this.tokens.length && this.sameSentence(k, i); k++) {
      const c = this.kind(k, "country");
      if (c && c.code !== home) return true;
    }
    return false;
  }

  /**
   * "the President of the Supreme Court", "the Minister of Industry": not the president or minister last named; nor
   * "the President of a country on the border of which ...", any president.
   */
  private hasOfComplement(role: Role): boolean {
    if (role.complement !== null) return this.tokens.lowerIs(role.complement.start, "of");
    return this.tokens.lowerIs(role.end, "of") && (this.tokens.lowerIs(role.end + 1, "a") || this.tokens.lowerIs(role.end + 1, "an"));
  }

  /** A capitalised word at q that starts no name carries a title on: "Head of the State Council Commission". */
  private titleGoesOn(q: number): boolean {
    const t = this.tok(q);
    return !!t && t.cap && t.word && !this.startsName(q);
  }

  /** A known name, a surname of someone named, or a first name followed by a capitalised word starts here. */
  private startsName(q: number): boolean {
    const t = this.tok(q);
    if (!t || !t.cap) return false;
    if (this.kind(q, "name") || this.kind(q, "surname")) return true;
    if (this.surnames.has(t.lower) && !this.lex[q]) return true;
    const next = this.tok(q + 1);
    return (FIRST_NAMES.has(t.lower) || FAMILY_FIRST.has(t.lower)) && !!next && nameable(next) && next.sentence === t.sentence;
  }

  private afterRole(role: Role): number {
    let q = role.complement ? role.complement.end : role.end;
    let hit = this.readNameAt(q, role);
    if (!hit && this.tokens.textIs(q, ",") && this.sameSentence(q, q + 1)) hit = this.readNameAt(q + 1, role);
    // "the Emergencies Minister, Army General Yevgeny Zinichev": a rank between the title and the name.
    if (!hit && this.tokens.textIs(q, ",")) {
      const r = this.afterRank(q + 1);
      if (r > q + 1 && this.sameSentence(q, r)) hit = this.readNameAt(r, role);
    }
    if (!hit && role.complement) hit = this.trailingName(role);
    if (hit) {
      this.emitName(hit, role);
      return hit.end;
    }
    this.emitRole(role);
    if (role.country && !role.institution) this.lastCountry = role.country;
    q = role.end;
    return q > role.start ? q : role.start + 1;
  }

  /** "President of Mongolia Ukhnaagiin Khurelsukh": the capitalised words closing the complement. */
  private trailingName(role: Role): NameHit | null {
    const { start, end } = role.complement!;
    let k = end;
    while (k > start && nameable(this.tok(k - 1)) && !this.covered[k - 1]) k--;
    const len = end - k;
    if (len < 2 || len > 4 || this.notAnActor(k, end)) return null;
    // "Head of the Interbranch Research Directorate": the complement names an organisation, not a person.
    if (["the", "of", "and", "for", "in"].includes(this.lower(k - 1))) return null;
    return this.discoveredHit(k, end, false);
  }

  private emitRole(role: Role): void {
    const sentence = this.tok(role.start)!.sentence;
    if (role.former || this.pastYear.has(sentence) || !this.namesOnePerson(role)) return;
    const date = this.date;
    const found: number[] = [];
    if (role.leaders) {
      for (const c of role.leaders) {
        const p = leaderOf(this.index, c, date);
        if (p !== null && !found.includes(p)) found.push(p);
      }
    } else if (role.counterpart) {
      // "my French counterpart" in a transcript: the one whose turn it is.
      const subject = role.det === "my" ? this.turnSpeaker() : this.recentActor(sentence, () => true);
      const state = subject ? this.actors.get(subject) : undefined;
      // A leader's counterpart is the other country's leader, whatever either is called: the German Chancellor's
      // "French counterpart" is the French President, not the French Prime Minister.
      const leader = state && role.country && state.offices.some(isLeaderOffice) ? leaderOf(this.index, role.country, date) : null;
      if (leader !== null) found.push(leader);
      else if (state && role.country) {
        for (const office of state.offices) {
          const p = uniqueHolder(this.index, [office], role.country, date);
          if (p !== null) {
            found.push(p);
            break;
          }
        }
      }
    } else {
      let offices = role.offices;
      const noun = ANAPHOR_NOUNS.get(role.head);
      if (!offices && noun) offices = [...this.index.holders.keys()].filter((o) => noun.test(o));
      if ((role.head === "leader" || role.head === "leaders") && role.country) {
        const p = leaderOf(this.index, role.country, date);
        if (p !== null) found.push(p);
      } else if (offices && offices.length > 0 && role.country) {
        const ranked = role.institution ? preferInstitution(offices, role.institution.office) : offices;
        const p = uniqueHolder(this.index, ranked, role.country, date);
        if (p !== null) found.push(p);
        if (p !== null && role.capitalised && role.country === this.homeCountry()) this.ownTitle.set(role.head, this.index.people[p]!.person.key);
      } else if (!role.country && !this.hasOfComplement(role) && role.det === "the" && (offices || noun)) {
        // "The President has arrived ..., where he will visit ... with President of Belarus Alexander Lukashenko. ...
        // On the same day, the President will hold working meetings with ...": once a site's bare title has been
        // its own state's holder, it stays so.
        const own = role.capitalised ? this.ownTitle.get(role.head) : undefined;
        const titled = role.offices !== null && !DEPUTY.test(this.text.slice(this.tok(role.start)!.start, this.tok(role.end - 1)!.end));
        const fits = (k: string): boolean => this.fits(k, offices ?? [], noun ?? null, titled);
        const key = own ?? this.otherParticipant(fits) ?? this.recentActor(null, fits);
        // A title only, capitalised: "a question for the speaker" is whoever is speaking.
        const holder = role.capitalised && offices && offices.length > 0 ? this.homeHolder(offices) : null;
        if (key) {
          if (!own && holder !== null && this.index.people[holder]!.person.key === key) this.ownTitle.set(role.head, key);
          this.push(key, role.start, role.end, "anaphor");
          return;
        }
        // Nobody named yet: on a state's own site ("The President held a meeting" on kremlin.ru) the role is that state's.
        if (holder !== null && !this.namesOtherCountry(role.start, this.homeCountry()!)) {
          found.push(holder);
          this.ownTitle.set(role.head, this.index.people[holder]!.person.key);
        }
      }
    }
    if (found.length === 0) return;
    for (const p of found) this.push(this.index.people[p]!.person.key, role.start, role.end, "role", p);
  }

  /**
   * Whether a role with no name after it refers to one person in particular (the gold's rule: a role reference
   * names exactly one person at the article's date). Not: "a Chinese leader" (any one), "Ukrainian leaders" or
   * "the leaders of Kazakhstan" (a country's leadership; "the leaders of Russia and Armenia" name one each), "the
   * Leaders of Russia contest" (a capitalised plural inside a sentence is a name), a role inside another post's
   * title ("Special Representative of the President", "the President's press secretary": the holder of that post is
   * meant), nor a role said of someone ("on her election as President of Hungary": the person named, who may be
   * the new holder the gazetteer does not know yet).
   */
  private namesOnePerson(role: Role): boolean {
    if (role.det === "a" || role.det === "an") return false;
    if (role.head === "leaders") {
      if (!role.leaders || role.leaders.length < 2) return false;
      const k = role.textStart;
      const initial = !this.sameSentence(k - 1, k) || (role.det !== null && !this.sameSentence(k - 2, k));
      if (role.capitalised && !initial) return false;
    }
    const tokens = this.tokens;
    const before = this.text.slice(Math.max(0, tokens.start[role.start]! - 48), tokens.start[role.start]!);
    if (SUBORDINATE_POST.test(before) || (PREDICATIVE.test(before) && !ATTRIBUTIVE.test(before))) return false;
    const end = this.possessive(role.end);
    if (end !== role.end && end < tokens.length) {
      const after = this.text.slice(tokens.start[end]!, tokens.start[end]! + 32);
      if (POST_AFTER.test(after)) return false;
    }
    return true;
  }

  /**
   * Whether the actor may be the one a bare role means: holding one of its offices, else with a role its head
   * noun fits ("the minister"). A titled role ("the Defence Minister") is no deputy's: not a known person's whose
   * offices are others, nor one found as "Deputy Defence Minister".
   */
  private fits(key: string, offices: string[], noun: RegExp | null, titled: boolean): boolean {
    const state = this.actors.get(key);
    if (!state) return false;
    if (offices.some((o) => state.offices.includes(o))) return true;
    if (noun === null || !noun.test(state.roles)) return false;
    return !titled || (!state.known && !DEPUTY.test(state.roles));
  }

  /** Who labels a transcript turn in sentence s ("Vladimir Putin: ..."), if anyone. */
  private labelsIn(s: number): string[] {
    const out: string[] = [];
    for (let m = this.mentions.length - 1; m >= 0 && this.mentions[m]!.sentence >= s; m--) {
      const mention = this.mentions[m]!;
      if (mention.sentence === s && endsLabel(this.text, mention.end)) out.push(mention.actor);
    }
    return out;
  }

  /** The speaker of the transcript turn under way: the latest mention that labels one ("Vladimir Putin: ..."). */
  private turnSpeaker(): string | null {
    for (let m = this.mentions.length - 1; m >= 0; m--) {
      const mention = this.mentions[m]!;
      if (endsLabel(this.text, mention.end)) return mention.actor;
    }
    return null;
  }

  /**
   * In a visitor's turn of a transcript on a state's own site, the latest actor satisfying `ok` among the others who
   * have spoken in it: at a news conference in Moscow, Scholz's "You have already heard from the President" is his
   * host, who spoke before him, not the German President Putin had named in his own turn. Not in the host's own
   * turns, where "the Prime Minister" is his own, whoever else has spoken.
   */
  private otherParticipant(ok: (key: string) => boolean): string | null {
    const speaker = this.turnSpeaker();
    const n = speaker === null ? undefined : this.index.byKey.get(speaker);
    const home = this.homeCountry();
    if (speaker === null || n === undefined || home === null || (this.index.people[n]!.person.affiliation ?? home) === home) return null;
    const spoke = new Set<string>();
    for (const mention of this.mentions) if (mention.actor !== speaker && endsLabel(this.text, mention.end)) spoke.add(mention.actor);
    return spoke.size === 0 ? null : this.recentActor(null, (key) => spoke.has(key) && ok(key));
  }

  /** Latest actor satisfying `ok`; with `sentence`, the latest in that sentence first, then before. */
  private recentActor(_sentence: number | null, ok: (key: string) => boolean): string | null {
    for (let m = this.mentions.length - 1; m >= 0; m--) {
      const key = this.mentions[m]!.actor;
      if (ok(key)) return key;
    }
    return null;
  }

  // ---- names ----

  private readNameAt(k: number, role: Role | null): NameHit | null {
    const tokens = this.tokens;
    const f = k >= 0 && k < tokens.length ? tokens.flags[k]! : 0;
    if (!(f & IS_WORD) || !(f & IS_CAP)) return null;
    const name = this.kind(k, "name");
    const firstName = this.is(k, FIRST_NAME);
    // Most capitalised words are no known name, first name or surname, and follow no role: nothing below reads them.
    if (!this.lex[k] && !role && !firstName && !this.is(k, FAMILY_NAME_FIRST) && !this.surnameHashes.has(tokens.hash[k]!)) {
      return this.lex[k + 1] ? this.unknownFirstName(k) : null;
    }
    const t = tokens.at(k)!;
    if (name) {
      const person = this.choosePerson(this.lex[k]!.filter((l) => l.kind === "name").map((l) => (l as { person: number }).person));
      return { start: k, end: this.lexEnd[k]!, via: "name", person, discoveredKey: null, label: null, familyFirst: false };
    }
    // "Andriy Taran": a first name before a known surname is that person, when the first names agree.
    const nextSurname = firstName && !this.lex[k] ? this.kind(k + 1, "surname") : undefined;
    if (nextSurname && this.sameSentence(k, k + 1)) {
      const fitting = this.withFirstName(nextSurname.persons, t.lower);
      if (fitting.length > 0) {
        const person = this.choosePerson(fitting);
        return { start: k, end: this.lexEnd[k + 1]!, via: "name", person, discoveredKey: null, label: null, familyFirst: false };
      }
    }
    const surname = this.kind(k, "surname");
    // "Kirill Kabanov", "Kirill Rudenko": a known surname that is also a first name ("Patriarch Kirill"), right before
    // a capitalised word, is someone else's first name, unless that word is a surname of a person who bears it.
    const firstOfOther =
      !!surname && !role && firstName && this.lexEnd[k] === k + 1 && this.sameSentence(k, k + 1) && nameable(this.tok(k + 1)) && this.notTheirFirstName(k);
    if (surname && !firstOfOther) {
      // "the Likhachev Russian Research Institute", "the Lomonosov Moscow State University": named after someone.
      if (!role && (notAPerson(this.tokens, k, this.lexEnd[k]!) || this.eponymAfterPlace(this.lexEnd[k]!))) return null;
      const person = this.resolveSurname(surname.persons, k, role);
      if (person !== null) {
        return { start: k, end: this.lexEnd[k]!, via: "surname", person, discoveredKey: null, label: null, familyFirst: false };
      }
      return null;
    }
    // "Sberbank CEO German Gref": a country adjective that is also a first name, right after a role.
    const firstNameAfterRole = !!role && firstName && !!this.kind(k, "country") && this.lexEnd[k] === k + 1;
    if (this.lex[k] && !firstNameAfterRole && !firstOfOther) return null;
    const known = this.surnames.get(t.lower);
    if (known && this.discovered.has(known) && !FIRST_NAMES.has(t.lower)) {
      if (notAPerson(this.tokens, k, k + 1)) return null;
      if (commemorated(this.tokens, k, k + 1)) {
        this.remembered.add(t.lower);
        return null;
      }
      return { start: k, end: k + 1, via: "surname", person: null, discoveredKey: known, label: null, familyFirst: false };
    }
    let end = nameFromFirstName(this.tokens, k, this.covered);
    if (end < 0 && role && nameable(t)) {
      end = readName(this.tokens, k, this.covered);
      // One capitalised word is a name only right after the title ("President Yanukovych", "Pope Francis").
      const adjacent = k === role.end && !role.complement && role.capitalised;
      if (end - k === 1 && !(REGNAL.has(role.head) || adjacent)) end = -1;
    }
    if (end <= k || this.notAnActor(k, end)) return null;
    const slip = this.misspeltSurname(k, end, role);
    if (slip) return slip;
    return this.discoveredHit(k, end, !FIRST_NAMES.has(t.lower) && end - k >= 2 && /^(xi|wang|li|zhang|kim|nguyen)$/.test(t.lower));
  }

  /** The token after a military rank starting at q ("Army General", "Colonel General", "Admiral"), else q. */
  private afterRank(q: number): number {
    let k = q;
    while (k < q + 3 && RANK.has(this.lower(k)) && this.tok(k)!.cap) k++;
    return k;
  }

  /** A place, then within two words an eponym's noun: "Russian Research Institute", "Moscow State University". */
  private eponymAfterPlace(q: number): boolean {
    if (!this.kind(q, "country") || !this.sameSentence(q - 1, q)) return false;
    const e = this.lexEnd[q]!;
    for (let j = e; j < e + 2 && this.sameSentence(q, j); j++) {
      const t = this.tok(j)!;
      if (!t.cap) return false;
      if (EPONYM_AFTER.has(t.lower)) return true;
    }
    return false;
  }

  /** A credit, a thing named after someone, someone commemorated (remembered for the whole article), or someone from long ago. */
  private notAnActor(k: number, end: number): boolean {
    if (commemorated(this.tokens, k, end)) {
      this.remembered.add(this.lower(end - 1));
      return true;
    }
    // Someone new to the article, named only in a sentence about long ago, is history (known people are kept: their past meetings count).
    return this.historicYear.has(this.tok(k)!.sentence) || notAPerson(this.tokens, k, end);
  }

  /**
   * "President Zelesnky": a name read after a role, or after a first name of the same person, whose
   * surname is a known one with two neighbouring letters swapped, is that person. Such slips are common
   * in news copy (the Kremlin corpus has this one); a real surname one swap from a known one is rare.
   * After the person's own first name, written out in full, a surname one letter lost, added or
   * changed is that person too ("Naftali Bennet", "Olaf Scholtz", "Vyacheslav Volodi n" with a stray
   * space, "Gurbanguly Berdymuhamedov": each a node of its own in the Kremlin graph before). Not after a
   * role alone ("President Zelinsky": Zelinsky is a surname of its own), and not a final "a" added or
   * lost: "Popova" is a woman, not Popov misspelt.
   */
  private misspeltSurname(k: number, end: number, role: Role | null): NameHit | null {
    if (end - k > 2 || (end - k === 1 && !role)) return null;
    const word = this.lower(end - 1);
    if (word.length < 5 || !/^\p{L}+$/u.test(word)) return null;
    const found = new Set<number>();
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      for (const p of this.index.surnames.get(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)) ?? []) found.add(p);
    }
    let persons = [...found];
    if (end - k === 2) {
      // As for "Andriy Taran": the first name must be the person's.
      persons = this.withFirstName(persons, this.lower(k));
      if (persons.length === 0) {
        persons = (this.index.firstNames.get(this.lower(k)) ?? []).filter((p) =>
          this.index.people[p]!.surnames.some((s) => s.length >= 5 && oneLetterApart(word, s)),
        );
      }
    }
    if (persons.length === 0) return null;
    const person = this.resolveSurname(persons, end - 1, role);
    if (person === null) return null;
    return { start: k, end, via: end - k === 1 ? "surname" : "name", person, discoveredKey: null, label: null, familyFirst: false };
  }

  /** Whether the word after k is no known word, or a known surname none of whose bearers has the first name at k. */
  private notTheirFirstName(k: number): boolean {
    if (!this.lex[k + 1]) return true;
    const next = this.loneSurname(k + 1);
    return !!next && this.withFirstName(next.persons, this.lower(k)).length === 0;
  }

  /** The known surname at i, when that is all the word is known as. */
  private loneSurname(i: number): Extract<Lex, { kind: "surname" }> | undefined {
    return this.lex[i]?.length === 1 ? this.kind(i, "surname") : undefined;
  }

  /**
   * "Hunter Biden", "Gulzada Rudenko": a capitalised word no list knows, right before a known surname, is a first name,
   * and the two name someone else, or the same person when the first names agree ("Volodimir Zelensky"). Not in a
   * title-cased headline ("Xi Welcomes Putin"), and not a word that starts sentences ("Yesterday Putin said").
   */
  private unknownFirstName(k: number): NameHit | null {
    const next = this.loneSurname(k + 1);
    if (!next) return null;
    const t = this.tok(k)!;
    const after = this.tok(k + 1)!;
    if (after.start !== t.end + 1 || this.text.charCodeAt(t.end) !== 32 || t.sentence !== after.sentence) return null;
    if (!GIVEN_NAME_SHAPE.test(t.text) || !nameable(t) || isStarterWord(t.lower) || NOT_A_FIRST_NAME.has(t.lower) || DESCRIBING.test(t.lower)) {
      return null;
    }
    // "Mr. Prime-Minister Johnson"; "the White Moon" (a surname written first has no first name before it).
    if (t.lower.split("-").some((part) => ROLE_HEADS.has(part) || NON_NAME_WORDS.has(part)) || FAMILY_FIRST.has(after.lower)) return null;
    if (this.tokens.lowerIs(k - 1, "the") || this.titleCased(k)) return null;
    const end = this.lexEnd[k + 1]!;
    if (notAPerson(this.tokens, k, end)) return null;
    const same = this.withFirstName(next.persons, t.lower);
    if (same.length > 0) {
      return { start: k, end, via: "name", person: this.choosePerson(same), discoveredKey: null, label: null, familyFirst: false };
    }
    return this.discoveredHit(k, end, false);
  }

  /** Whether the sentence of token k has every word of three letters or more capitalised, but for a few short function words. */
  private titleCased(k: number): boolean {
    const sentence = this.tokens.sentence[k]!;
    let cached = this.titleCase.get(sentence);
    if (cached === undefined) {
      cached = true;
      for (const step of [-1, 1]) {
        for (let j = k; cached && j >= 0 && j < this.tokens.length && this.tokens.sentence[j] === sentence; j += step) {
          const w = this.tok(j)!;
          if (w.word && !w.cap && w.text.length >= 3 && !TITLE_CASE_LOWER.has(w.lower)) cached = false;
        }
      }
      this.titleCase.set(sentence, cached);
    }
    return cached;
  }

  /** Those of `persons` with a first name like `first` (to its first two letters: "Andriy" is "Andrii"). */
  private withFirstName(persons: number[], first: string): number[] {
    return persons.filter((p) => this.index.people[p]!.firstNames.some((f) => f.slice(0, 2) === first.slice(0, 2)));
  }

  private discoveredHit(k: number, end: number, familyFirst: boolean): NameHit | null {
    let label = this.text.slice(this.tok(k)!.start, this.tok(end - 1)!.end);
    const role = this.tok(k - 1);
    // "Pope Francis": a regnal title is part of a one-word name.
    if (end - k === 1 && role && REGNAL.has(role.lower)) label = `${role.text} ${label}`;
    const folded = discoveredKey(label);
    // A folded key that is a gazetteer key would make this person that one: keep the plain slug then.
    const key = this.index.byKey.has(folded) ? slug(label) : folded;
    if (!key) return null;
    return { start: k, end, via: "discovered", person: null, discoveredKey: key, label, familyFirst };
  }

  private choosePerson(persons: number[]): number {
    if (persons.length === 1) return persons[0]!;
    const named = persons.find((p) => this.actors.has(this.index.people[p]!.person.key));
    if (named !== undefined) return named;
    for (const p of persons) if ((this.index.people[p]!.person.offices ?? []).length > 0 && officesOn(this.index, p, this.date).length > 0) return p;
    return persons[0]!;
  }

  private resolveSurname(persons: number[], k: number, role: Role | null): number | null {
    const t = this.tok(k)!;
    const mentioned = persons.filter((p) => this.actors.has(this.index.people[p]!.person.key));
    if (AMBIGUOUS_SURNAMES.has(t.lower)) {
      // "Austin" the city, "Price" the noun: only a person already named, and not as a sentence's first word unless they speak or act.
      if (mentioned.length === 0) return null;
      if (t.initial && !role && !this.personActsAfter(k)) return null;
    } else if (this.index.titledSurnames.has(t.lower) && !role && mentioned.length === 0) {
      // "Kirill" is the Patriarch after a title ("Patriarch of Moscow and All Russia Kirill") or once he is named.
      return null;
    }
    if (mentioned.length > 0) return this.choosePerson(mentioned);
    const holding = persons.filter((p) => officesOn(this.index, p, this.date).length > 0);
    if (holding.length === 1) return holding[0]!;
    if (holding.length === 0 && persons.length === 1) return persons[0]!;
    return null;
  }

  /**
   * A person is the subject of what follows token k: "Bolton accused", "Harris will meet", "Miller did
   * not meet", "Austin had a telephone conversation", "Burns and Kayleigh McEnany held talks".
   * No bare auxiliary: "Power had been cut", "Price will rise".
   */
  private personActsAfter(k: number): boolean {
    let q = k + 1;
    const word = this.lower(q);
    if (PERSON_VERBS.has(word)) return true;
    if (word === "and") return this.startsName(q + 1);
    if (!AUXILIARIES.has(word)) return false;
    q++;
    while (/^(?:not|also|then|later|first|again|have)$/.test(this.lower(q))) q++;
    const verb = this.lower(q);
    if (PERSON_VERBS.has(verb) || AFTER_AUXILIARY.has(verb)) return true;
    return (verb === "a" || verb === "an") && CONTACT_NOUNS.has(this.lower(q + 1));
  }

  private emitName(hit: NameHit, role: Role | null): void {
    let key: string;
    if (hit.person !== null) {
      const info = this.index.people[hit.person]!;
      key = info.person.key;
      for (const s of info.surnames) if (!this.surnames.has(s)) this.setSurname(s, key);
      // "the guards of Alexander Nevsky": someone who died before the article is history, named but no actor.
      if (info.person.died !== undefined && this.date !== null && info.person.died < this.date) return;
    } else {
      key = hit.discoveredKey!;
      const existing = this.discovered.get(key);
      const surface = this.text.slice(this.tok(hit.start)!.start, this.tok(hit.end - 1)!.end);
      const roleText = role ? this.roleText(role, hit.start) : null;
      const affiliation = role ? this.roleAffiliation(role) : null;
      if (existing) {
        if (!existing.surfaces.includes(surface)) existing.surfaces.push(surface);
        existing.role ??= roleText;
        existing.affiliation ??= affiliation;
      } else {
        this.discovered.set(key, { key, label: hit.label ?? surface, role: roleText, affiliation, surfaces: [surface] });
      }
      // Each spelling's surname: "Gergiev" alone after "Valery Gergiyev" and "Valery Gergiev".
      let surname: Token | undefined;
      for (let j = hit.start; j < hit.end; j++) {
        if (!(this.tokens.flags[j]! & IS_WORD)) continue;
        surname = this.tokens.at(j);
        if (hit.familyFirst) break;
      }
      if (surname && hit.end - hit.start >= 2 && !this.surnames.has(surname.lower)) this.setSurname(surname.lower, key);
    }
    this.push(key, hit.start, hit.end, hit.via, hit.person ?? undefined);
  }

  private setSurname(lower: string, key: string): void {
    this.surnames.set(lower, key);
    this.surnameHashes.add(hashLower(lower));
  }

  /** The role as written before the name, reaching back over capitalised words ("Murmansk Region Governor"). */
  private roleText(role: Role, nameStart: number): string | null {
    let s = role.textStart;
    while (s - 1 >= this.lastMentionEnd && this.sameSentence(s - 1, role.textStart)) {
      const t = this.tok(s - 1)!;
      if (!t.word || !t.cap || t.initial || DETERMINERS.has(t.lower)) break;
      s--;
    }
    let e = nameStart;
    // "President of the Republic of Ecuador, Mr Guillermo Lasso": the address is not part of the role.
    while (e > s && (!this.tok(e - 1)!.word || ADDRESS.has(this.lower(e - 1)))) e--;
    if (e <= s) return null;
    return this.text.slice(this.tok(s)!.start, this.tok(e - 1)!.end);
  }

  /** The role's own country ("Russian", "of Ukraine"), else a country adjective just before it ("the American delegation headed by"). */
  private roleAffiliation(role: Role): string | null {
    if (role.country) return role.country;
    if (role.complement?.affiliation) return role.complement.affiliation;
    for (let j = role.start - 1; j >= Math.max(0, role.start - 8) && this.sameSentence(j, role.start); j--) {
      const c = this.kind(j, "country");
      if (c?.adjective) return c.code;
    }
    return null;
  }

  // ---- anaphora ----

  /** Sentence-initial He/She: the first fitting actor of the previous sentence (or the one before, when that had none). */
  private pronoun(i: number): boolean {
    if (!(this.tokens.flags[i]! & IS_INITIAL) || !(this.tokens.lowerIs(i, "he") || this.tokens.lowerIs(i, "she"))) return false;
    const t = this.tok(i)!;
    if (!t.initial || (t.text !== "He" && t.text !== "She")) return false;
    const gender: Gender = t.text === "He" ? "m" : "f";
    for (let back = 1; back <= 2; back++) {
      const keys = this.bySentence.get(t.sentence - back);
      if (!keys) continue;
      // Not the speaker labelling the turn ("Vladimir Putin: ... I spoke with my French counterpart. He claims ..."),
      // who says "I" of himself.
      const labels = this.labelsIn(t.sentence - back);
      const key = keys.find((k) => {
        const g = this.actors.get(k)?.gender ?? null;
        return (g === null || g === gender) && !labels.includes(k);
      });
      if (key) {
        this.push(key, i, i + 1, "anaphor");
        return true;
      }
      return false;
    }
    return false;
  }

  // ---- output ----

  private push(key: string, startTok: number, endTok: number, via: MentionVia, person?: number): void {
    const sentence = this.tokens.sentence[startTok]!;
    const start = this.tokens.start[startTok]!;
    const end = this.tokens.end[endTok - 1]!;
    this.mentions.push({ actor: key, sentence, start, end, surface: this.text.slice(start, end), via });
    this.lastMentionEnd = Math.max(this.lastMentionEnd, endTok);
    const list = this.bySentence.get(sentence) ?? [];
    list.push(key);
    this.bySentence.set(sentence, list);
    if (!this.actors.has(key)) this.actors.set(key, this.stateOf(key, person));
  }

  private stateOf(key: string, person?: number): ActorState {
    const n = person ?? this.index.byKey.get(key);
    if (n !== undefined && this.index.people[n]?.person.key === key) {
      const holdings = officesOn(this.index, n, this.date);
      return {
        gender: this.index.people[n]!.gender,
        offices: holdings.map(holdingOffice),
        roles: holdings.map((h) => `${h.office} ${h.title}`).join(" ").toLowerCase(),
        known: true,
      };
    }
    const d = this.discovered.get(key);
    const first = d?.label.split(" ")[0]?.toLowerCase() ?? "";
    return { gender: FIRST_NAMES.get(first) ?? null, offices: [], roles: (d?.role ?? "").toLowerCase(), known: false };
  }

  private finish(): ArticleActors {
    // Someone this article commemorates is remembered in all its mentions, not only where the monument is.
    const gone = new Set<string>();
    for (const d of this.discovered.values()) {
      if (this.remembered.has(d.label.split(" ").pop()!.toLowerCase())) gone.add(d.key);
    }
    for (const key of gone) this.discovered.delete(key);
    // "Novak" after a role, "Alexander Novak" elsewhere: one person.
    const remap = new Map<string, string>();
    const multi = [...this.discovered.values()].filter((d) => d.label.includes(" "));
    for (const d of this.discovered.values()) {
      if (d.label.includes(" ")) continue;
      const owners = multi.filter((m) => m.label.split(" ").pop()!.toLowerCase() === d.label.toLowerCase());
      if (owners.length === 1) remap.set(d.key, owners[0]!.key);
    }
    for (const [from, to] of remap) {
      const src = this.discovered.get(from)!;
      const dst = this.discovered.get(to)!;
      for (const s of src.surfaces) if (!dst.surfaces.includes(s)) dst.surfaces.push(s);
      dst.role ??= src.role;
      dst.affiliation ??= src.affiliation;
      this.discovered.delete(from);
    }
    const mentions = this.mentions
      .filter((m) => !gone.has(m.actor))
      .map((m) => (remap.has(m.actor) ? { ...m, actor: remap.get(m.actor)! } : m));
    // Mentions come mostly in text order already: sorting only when they do not is the same (the sort is stable).
    if (!inOrder(mentions)) mentions.sort(byPosition);
    const discovered = [...this.discovered.values()]
      .map((d) => ({ ...d, surfaces: [...d.surfaces].sort() }))
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    return { mentions, discovered };
  }
}

/** One letter lost, added or changed between `a` and `b`, and not a final "a" (a surname's feminine form). */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a === `${b}a` || b === `${a}a`) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
