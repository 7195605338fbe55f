// Builds, once per run, everything the actor finder looks up: one token trie
// over every name, alias, derived surname, office title, country word and
// institution in the gazetteer, plus per-office lists of holders.
import type { Gazetteer, GazetteerCountry, GazetteerPerson, OfficeHolding } from "../../shared/types.js";
import { FAMILY_FIRST, FIRST_NAMES, NON_NAME_WORDS, PARTICLES, type Gender } from "./lexicon.js";
import { tokenizeString } from "./tokens.js";
import { TokenTrie } from "./trie.js";
import { holdingOffice } from "./offices.js";

export type Lex =
  | { kind: "name"; person: number }
  | { kind: "surname"; persons: number[] }
  | { kind: "title"; offices: string[] }
  | { kind: "country"; code: string; adjective: boolean }
  | { kind: "institution"; code: string; office: string };

export interface PersonInfo {
  person: GazetteerPerson;
  gender: Gender | null;
  /** Lower-cased first names seen in the name and aliases. */
  firstNames: string[];
  /** Lower-cased surnames (last token, or first token of family-name-first names). */
  surnames: string[];
}

export interface Holding {
  person: number;
  holding: OfficeHolding;
}

export interface ActorIndex {
  gazetteer: Gazetteer;
  trie: TokenTrie<Lex>;
  people: PersonInfo[];
  byKey: Map<string, number>;
  countries: Map<string, GazetteerCountry>;
  /** Office key → every holding of it, any country, any time. */
  holders: Map<string, Holding[]>;
  /** Lower-cased surname → the people who bear it: for a surname misspelt in the text. */
  surnames: Map<string, number[]>;
  /** Lower-cased first name → the people who bear it: for a surname misspelt after it. */
  firstNames: Map<string, number[]>;
  /** Surnames known only from a name that a title opens ("Patriarch Kirill", "King Salman"): see TITLE_BEFORE_NAME. */
  titledSurnames: Set<string>;
}

const REGNAL_NUMBER = /^[IVXL]+$/;
const PATRONYMIC = /^(?:bin|ibn|bint|ben)$/;
// A title before a given name ("Patriarch Kirill", "Pope Francis", "King Salman"): the name is theirs after the title,
// or once an article has named them; alone it is anyone's ("You raised a very important question, Kirill", said to a
// journalist at a news conference, had been the Patriarch).
const TITLE_BEFORE_NAME = new Set(["patriarch", "pope", "queen", "king", "prince", "princess", "sheikh", "emir", "sultan", "cardinal", "metropolitan", "archbishop", "ayatollah"]);

export function buildActorIndex(gazetteer: Gazetteer): ActorIndex {
  const trie = new TokenTrie<Lex>();
  const people: PersonInfo[] = [];
  const byKey = new Map<string, number>();
  const holders = new Map<string, Holding[]>();
  const surnameOwners = new Map<string, { cased: string; persons: number[]; untitled: boolean }>();

  gazetteer.people.forEach((person, n) => {
    byKey.set(person.key, n);
    const forms = unique([person.name, ...(person.aliases ?? [])]);
    const firstNames: string[] = [];
    const surnames: string[] = [];
    for (const form of forms) {
      const words = tokenizeString(form).filter((t) => t.word);
      trie.add(
        tokenizeString(form).map((t) => t.text),
        { kind: "name", person: n },
        true,
      );
      if (words.length < 2) continue;
      const first = words[0]!;
      const familyFirst = FAMILY_FIRST.has(first.lower) && !FIRST_NAMES.has(first.lower);
      const surname = familyFirst ? first : words[words.length - 1]!;
      if (!familyFirst) firstNames.push(first.lower);
      // "Queen Elizabeth II", "Pope Benedict XVI": a regnal number is no surname ("World War II"); nor is a father's
      // name ("Tamim bin Hamad": "King Hamad bin Isa Al Khalifa" of Bahrain is someone else).
      if (!familyFirst && REGNAL_NUMBER.test(surname.text)) continue;
      if (!familyFirst && words.length > 2 && PATRONYMIC.test(words[words.length - 2]!.lower)) continue;
      // "Moon Jae In" must not make "In" a surname: common words never stand alone for a person.
      if (surname.lower.length < 2 || NON_NAME_WORDS.has(surname.lower) || PARTICLES.has(surname.lower)) continue;
      if (!surnames.includes(surname.lower)) surnames.push(surname.lower);
      const owner = surnameOwners.get(surname.lower) ?? { cased: surname.text, persons: [], untitled: false };
      if (!owner.persons.includes(n)) owner.persons.push(n);
      if (familyFirst || !TITLE_BEFORE_NAME.has(first.lower)) owner.untitled = true;
      surnameOwners.set(surname.lower, owner);
    }
    const gender = firstNames.map((f) => FIRST_NAMES.get(f)).find((g) => g !== undefined) ?? null;
    people.push({ person, gender, firstNames: unique(firstNames), surnames });
    for (const holding of person.offices ?? []) {
      const office = holdingOffice(holding);
      const list = holders.get(office) ?? [];
      list.push({ person: n, holding });
      holders.set(office, list);
    }
  });
  for (const { cased, persons } of surnameOwners.values()) trie.add([cased], { kind: "surname", persons }, true);

  const countries = new Map<string, GazetteerCountry>();
  for (const c of gazetteer.countries) {
    countries.set(c.code, c);
    for (const name of c.names ?? []) trie.add(casedTokens(name), { kind: "country", code: c.code, adjective: false }, true);
    for (const adj of c.adjectives ?? []) trie.add(casedTokens(adj), { kind: "country", code: c.code, adjective: true }, true);
    for (const [inst, office] of Object.entries(c.institutions ?? {})) {
      trie.add(casedTokens(inst), { kind: "institution", code: c.code, office }, true);
    }
  }
  const titleOffices = new Map<string, { tokens: string[]; offices: string[] }>();
  for (const office of gazetteer.offices) {
    for (const title of office.titles ?? []) {
      const tokens = casedTokens(title);
      const key = tokens.join(" ").toLowerCase();
      const entry = titleOffices.get(key) ?? { tokens, offices: [] };
      if (!entry.offices.includes(office.key)) entry.offices.push(office.key);
      titleOffices.set(key, entry);
    }
  }
  // Titles as people write them in holdings ("Secretary of State") name their office too.
  for (const [officeKey, list] of holders) {
    for (const { holding } of list) {
      if (!holding.title) continue;
      const tokens = casedTokens(holding.title);
      const key = tokens.join(" ").toLowerCase();
      const entry = titleOffices.get(key) ?? { tokens, offices: [] };
      if (!entry.offices.includes(officeKey)) entry.offices.push(officeKey);
      titleOffices.set(key, entry);
    }
  }
  for (const { tokens, offices } of titleOffices.values()) trie.add(tokens, { kind: "title", offices }, false);

  const surnames = new Map([...surnameOwners].map(([lower, { persons }]) => [lower, persons]));
  const firstNames = new Map<string, number[]>();
  people.forEach((info, n) => {
    for (const f of info.firstNames) {
      const list = firstNames.get(f);
      if (list) list.push(n);
      else firstNames.set(f, [n]);
    }
  });
  const titledSurnames = new Set([...surnameOwners].filter(([, owner]) => !owner.untitled).map(([lower]) => lower));
  return { gazetteer, trie, people, byKey, countries, holders, surnames, firstNames, titledSurnames };
}

function casedTokens(text: string): string[] {
  return tokenizeString(text).map((t) => t.text);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
