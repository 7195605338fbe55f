// Types passed between the pipeline stages:
// corpus → articles → mentions → interactions → events → graph → view.
// Every stage is a pure function over these values, so each one runs in Node,
// a worker thread or the browser. The graph file types live in graph-schema.ts.
export * from "./graph-schema.js";
import type { ArticleRef, Channel, InteractionType, Modality, Skipped } from "./graph-schema.js";

/** One article as read from the corpus, before any cleaning. */
export interface Article {
  id: string;
  title: string;
  /** ISO date YYYY-MM-DD, or null when the article gives none (a warning is recorded). */
  date: string | null;
  url: string | null;
  /** The input path, with `:n` (1-based record number) for multi-record files. */
  source: string;
  /** Body text exactly as read (summary first when the record has one). */
  text: string;
}

/** What reading one input (a file's content) produced. */
export interface ReadResult {
  articles: Article[];
  skipped: Skipped[];
  /** Non-fatal problems (e.g. an article with no date): one human-readable line each. */
  warnings: string[];
  /** Records seen in the input: articles.length + skipped.length. */
  records: number;
}

/** Text after normalisation, with a map back to the original for evidence. */
export interface NormalisedText {
  text: string;
  /** The offset in the original of normalised offset i, for 0 <= i <= text.length (text.length maps to the original's length). */
  toOriginal: (i: number) => number;
}

export interface Sentence {
  index: number;
  /** Offsets in the normalised text [start, end). */
  start: number;
  end: number;
  /** Normalised sentence text (what matchers read). */
  text: string;
  /** The same sentence as written in the article (what users read as evidence). */
  original: string;
}

/**
 * An article ready for matching. The matched text is the title, a blank line,
 * then the body (the title is a sentence of its own), normalised.
 */
export interface PreparedArticle {
  article: Article;
  original: string;
  norm: NormalisedText;
  sentences: Sentence[];
}

// ---- Gazetteer (graph-data/gazetteer.yaml, see docs/gazetteer-format.md) ----

export interface OfficeHolding {
  /** Office kind from the gazetteer's `offices` section, e.g. "foreign-minister". */
  office: string;
  /** ISO country code or organisation code (NATO, EU, UN, OSCE...). */
  country: string;
  /** The title as a person would write it: "Secretary of State". */
  title: string;
  from?: string;
  to?: string;
}

export interface GazetteerPerson {
  key: string;
  name: string;
  aliases: string[];
  affiliation: string;
  offices: OfficeHolding[];
  /** ISO date of death: in an article dated after it the person is history, named but no actor. */
  died?: string;
}

export interface GazetteerCountry {
  code: string;
  /** Nouns: "United States", "USA", "U.S.". */
  names: string[];
  /** Adjectives: "American", "US". */
  adjectives: string[];
  /** Institutions that stand for an office of this country: { Pentagon: "defence-minister" }. */
  institutions: Record<string, string>;
}

export interface GazetteerOffice {
  key: string;
  /** Title forms that refer to the office: "Foreign Minister", "Minister of Foreign Affairs", "top diplomat". */
  titles: string[];
  /** One holder at a time per country or organisation (president, foreign minister); absent for shared offices. */
  single?: boolean;
}

export interface Gazetteer {
  countries: GazetteerCountry[];
  offices: GazetteerOffice[];
  people: GazetteerPerson[];
}

// ---- Actors ----

export type MentionVia =
  | "name" // full name or known alias
  | "surname" // surname alone after an earlier mention
  | "role" // a role reference resolved against offices on the article date
  | "anaphor" // he/she/the minister/the diplomat resolved to an earlier actor
  | "discovered"; // a person not in the gazetteer

export interface Mention {
  /** Actor key (gazetteer key, or the slug of a discovered person). */
  actor: string;
  sentence: number;
  /** Offsets in the normalised article text [start, end). */
  start: number;
  end: number;
  /** The matched text, normalised. */
  surface: string;
  via: MentionVia;
}

/** A person found in an article who is not in the gazetteer. */
export interface DiscoveredActor {
  key: string;
  label: string;
  /** Role text seen before the name, e.g. "Deputy Foreign Minister"; null if none. */
  role: string | null;
  affiliation: string | null;
  surfaces: string[];
}

export interface ArticleActors {
  mentions: Mention[];
  discovered: DiscoveredActor[];
}

// ---- Interactions and events ----

/** One interaction as read from one sentence (or a pair of adjacent sentences). */
export interface RawInteraction {
  type: InteractionType;
  /** Actor keys, a < b. */
  a: string;
  b: string;
  modality?: Modality;
  channel?: Channel;
  /** The channel is a default ("met", "talks": in-person) rather than stated; a stated one wins when events merge. Not in the graph file. */
  channelDefault?: boolean;
  speaker?: string;
  /** A statement read from its speaker's own turn in a transcript (everyone the turn names), not reported speech. */
  transcript?: true;
  /**
   * A meeting dated on its article's own day. Two such reports of a pair from articles a day apart are two meetings
   * (a daily press release's), where otherwise a day apart is one meeting whose date one report read a day off. Not in the graph file.
   */
  onArticleDay?: true;
  /**
   * A meeting told of as a past one and dated only by its article's day ("his recent videoconference meeting with ...",
   * "the previous telephone conversation between A and B", "as agreed during A's telephone conversations with B"): it
   * joins the pair's last meeting before it, if any within two weeks. Not in the graph file.
   */
  recalled?: true;
  /** Event date resolved from the text, else the article date. */
  date: string | null;
  article: string;
  /** Original sentence text (evidence). */
  sentence: string;
}

/**
 * Per-article output of the parallelisable stages; plain data so it crosses
 * worker boundaries. Holds no article text, so a run's memory grows with what
 * was found, not with the corpus.
 */
export interface ArticleResult {
  article: ArticleRef;
  mentions: Mention[];
  discovered: DiscoveredActor[];
  interactions: RawInteraction[];
}
