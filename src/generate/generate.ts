// Generates realistic news articles about the gazetteer's actors, and records
// what each article truly reports (meetings, statements, co-mentions) so the
// extractor's output can be checked against it. Pure and seeded: the same
// gazetteer, seed and count give the same articles.
import type { Article, Channel, Gazetteer, GazetteerPerson, Modality } from "../shared/types.js";
import type { TruthFact } from "../eval/truth.js";
import { Random } from "./random.js";
import { addDays, monthDay, toDays, fromDays, weekday, within } from "./dates.js";
import { ACCUSATIONS, BACKGROUND, CITIES, HOSTS, PLACES, QUOTES, SUMMITS, TOPICS } from "./phrases.js";

/** How an article is laid out on disk: the three plain-text layouts of the seed corpus, or a record in JSONL / CSV. */
export const LAYOUTS = ["dated", "header", "footer", "jsonl", "csv"] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface GeneratedArticle extends Article {
  date: string;
  layout: Layout;
  /** Paragraphs of the body, in order (layouts join them their own way). */
  paragraphs: string[];
  /** CSV records carry a separate summary, as the Kremlin corpus does. */
  summary: string;
}

export interface CorpusOptions {
  seed: number;
  count: number;
  /** Layouts to draw from, uniformly. */
  layouts: readonly Layout[];
  /** Article dates are drawn from [from, to]. */
  from?: string;
  to?: string;
}

export interface GeneratedItem {
  article: GeneratedArticle;
  truth: TruthFact[];
}

interface Actor {
  person: GazetteerPerson;
  /** Sentences so far that named this actor in full (later ones may use the surname). */
  named: boolean;
}

/** Yields `count` articles one at a time, so a caller can stream a corpus far larger than memory. */
export function* generateArticles(gazetteer: Gazetteer, options: CorpusOptions): Generator<GeneratedItem> {
  if (gazetteer.people.length < 2) throw new Error("the gazetteer needs at least two people to generate interactions");
  if (options.layouts.length === 0) throw new Error("no layouts to generate");
  const rng = new Random(options.seed);
  // The gazetteer lists the most prominent people first; news coverage is as skewed. People of history (dead before
  // the first day) act in no article; one who dies within the range acts only before (see pickCast).
  const from = options.from ?? "2021-01-01";
  const people = gazetteer.people.filter((p) => p.died === undefined || p.died >= from);
  if (people.length < 2) throw new Error("the gazetteer needs at least two people alive in the date range to generate interactions");
  const adjectives = new Map(gazetteer.countries.map((c) => [c.code, c.adjectives[0] ?? c.names[0] ?? c.code]));
  const first = toDays(from);
  const last = toDays(options.to ?? "2022-12-31");
  for (let i = 0; i < options.count; i++) {
    const date = fromDays(rng.int(first, last));
    const id = `gen-${String(i).padStart(6, "0")}-${rng.hex(8)}`;
    yield writeArticle(rng, people, adjectives, id, date, rng.pick(options.layouts));
  }
}

function writeArticle(
  rng: Random,
  people: GazetteerPerson[],
  adjectives: Map<string, string>,
  id: string,
  date: string,
  layout: Layout,
): GeneratedItem {
  const cast = pickCast(rng, people, rng.int(2, Math.min(5, people.length)), date);
  const truth: TruthFact[] = [];
  const topic = rng.pick(TOPICS);
  const city = rng.pick(CITIES);
  const lead = cast[0]!;
  const title = rng.pick([
    `${surname(lead.person)} discusses ${topic} in ${city}`,
    `${lead.person.name} on ${topic}: "${capitalise(rng.pick(QUOTES))}"`,
    `Talks on ${topic} continue in ${city}`,
    `${capitalise(topic)}: what we know so far`,
  ]);
  const long = rng.chance(0.02); // a few transcript-sized releases, as in the Kremlin corpus
  const paragraphCount = long ? rng.int(30, 60) : rng.int(4, 8);
  const eventCount = rng.int(1, 4);
  const eventSlots = new Set<number>([0]);
  while (eventSlots.size < Math.min(eventCount, paragraphCount)) eventSlots.add(rng.int(0, paragraphCount - 1));
  const paragraphs: string[] = [];
  for (let p = 0; p < paragraphCount; p++) {
    const sentences: string[] = [];
    if (eventSlots.has(p)) {
      const [x, y] = pickPair(rng, cast);
      const event = interactionSentence(rng, x, y, date, adjectives, city, topic);
      sentences.push(event.sentence);
      truth.push({ article: id, ...event });
    }
    const fill = rng.int(2, 5);
    const start = rng.int(0, BACKGROUND.length - 1);
    for (let s = 0; s < fill; s++) sentences.push(BACKGROUND[(start + s * 7) % BACKGROUND.length]!);
    if (rng.chance(0.3)) {
      const speaker = rng.pick(cast);
      sentences.push(`"${capitalise(rng.pick(QUOTES))}," ${reference(rng, speaker, date, adjectives)} told reporters.`);
    }
    paragraphs.push(sentences.join(" "));
  }
  const url = `https://${rng.pick(HOSTS)}/news/${id}`;
  const summary = `The talks focused on ${topic} and ${rng.pick(TOPICS)}.`;
  const article: GeneratedArticle = {
    id,
    title,
    date,
    url,
    source: "",
    text: paragraphs.join("\n\n"),
    layout,
    paragraphs,
    summary,
  };
  return { article, truth };
}

/** A few leaders appear in most reports: draw people with a skew towards the top of the gazetteer, alive on the day. */
function pickCast(rng: Random, people: GazetteerPerson[], wanted: number, date: string): Actor[] {
  let alive = 0;
  for (const p of people) if (p.died === undefined || p.died >= date) alive++;
  if (alive < 2) throw new Error(`fewer than two people of the gazetteer are alive on ${date}`);
  const size = Math.min(wanted, alive);
  const chosen = new Set<number>();
  while (chosen.size < size) {
    const i = Math.floor(people.length * rng.next() ** 2.5);
    const died = people[i]!.died;
    if (died === undefined || died >= date) chosen.add(i);
  }
  return [...chosen].map((i) => ({ person: people[i]!, named: false }));
}

function pickPair(rng: Random, cast: Actor[]): [Actor, Actor] {
  const i = rng.int(0, cast.length - 1);
  let j = rng.int(0, cast.length - 2);
  if (j >= i) j++;
  return [cast[i]!, cast[j]!];
}

type Event = Omit<TruthFact, "article">;

function interactionSentence(
  rng: Random,
  x: Actor,
  y: Actor,
  articleDate: string,
  adjectives: Map<string, string>,
  city: string,
  topic: string,
): Event {
  const [a, b] = x.person.key < y.person.key ? [x.person.key, y.person.key] : [y.person.key, x.person.key];
  const roll = rng.next();
  if (roll < 0.5) {
    const modality = pickWeighted<Modality>(rng, [["occurred", 70], ["planned", 12], ["proposed", 6], ["cancelled", 7], ["denied", 5]]);
    if (modality === "occurred") {
      const { when, date } = pastWhen(rng, articleDate);
      const channel = pickWeighted<Channel>(rng, [["in-person", 60], ["phone", 30], ["video", 10]]);
      const X = reference(rng, x, date, adjectives);
      const Y = reference(rng, y, date, adjectives);
      const sentence =
        channel === "phone"
          ? rng.pick([`${X} had a telephone conversation with ${Y}${when}.`, `${X} spoke by phone with ${Y}${when} to discuss ${topic}.`])
          : channel === "video"
            ? `${X} and ${Y} held talks via videoconference${when}, focusing on ${topic}.`
            : rng.pick([
                `${X} met with ${Y} in ${city}${when}.`,
                `${X} and ${Y} held talks in ${city}${when} on ${topic}.`,
                `${X} received ${Y} at ${rng.pick(PLACES)}${when}.`,
              ]);
      return { type: "meeting", a, b, modality, channel, date, sentence };
    }
    // Plans and cancellations look ahead; a denial is about a meeting said to have happened.
    const date = modality === "denied" ? addDays(articleDate, -rng.int(1, 20)) : addDays(articleDate, rng.int(3, 30));
    const X = reference(rng, x, articleDate, adjectives);
    const Y = reference(rng, y, articleDate, adjectives);
    const on = ` on ${weekday(date)}, ${monthDay(date)}`;
    const sentence = {
      planned: `${X} will meet ${Y} in ${city}${on}, the press service said.`,
      proposed: `${X} proposed a meeting with ${Y} to discuss ${topic}${on}.`,
      cancelled: `${X} cancelled the meeting with ${Y} that had been scheduled for ${weekday(date)}, ${monthDay(date)}.`,
      denied: `${X} did not meet ${Y} in ${city}${on}, contrary to earlier reports, a spokesperson said.`,
    }[modality];
    return { type: "meeting", a, b, modality, date, sentence };
  }
  if (roll < 0.8) {
    const X = reference(rng, x, articleDate, adjectives);
    const Y = reference(rng, y, articleDate, adjectives);
    const sentence = rng.pick([
      `${X} said that ${Y} had been wrong about ${topic}.`,
      `${X} urged ${Y} to return to the negotiating table.`,
      `${X} accused ${Y} of ${rng.pick(ACCUSATIONS)}.`,
      `${X} criticised ${Y} over ${topic}, saying that ${rng.pick(QUOTES)}.`,
    ]);
    return { type: "statement", a, b, speaker: x.person.key, date: articleDate, sentence };
  }
  const X = reference(rng, x, articleDate, adjectives);
  const Y = reference(rng, y, articleDate, adjectives);
  const sentence = rng.pick([
    `The positions of ${X} and ${Y} on ${topic} remain far apart.`,
    `Analysts compared the approaches of ${X} and ${Y} to ${topic}.`,
    `Both ${X} and ${Y} are expected at the ${rng.pick(SUMMITS)} later this year.`,
  ]);
  return { type: "comention", a, b, date: articleDate, sentence };
}

/** A past event date and the words that say it ("" means the article's own date). */
function pastWhen(rng: Random, articleDate: string): { when: string; date: string } {
  const form = rng.int(0, 2);
  if (form === 0) return { when: "", date: articleDate };
  if (form === 1) {
    const date = addDays(articleDate, -rng.int(1, 6));
    return { when: ` on ${weekday(date)}`, date };
  }
  const date = addDays(articleDate, -rng.int(7, 40));
  return { when: ` on ${monthDay(date)}`, date };
}

/** How the text names an actor: role and name, name, alias, or (once named) the surname. */
function reference(rng: Random, actor: Actor, date: string, adjectives: Map<string, string>): string {
  const { person } = actor;
  if (actor.named && rng.chance(0.4)) return surname(person);
  actor.named = true;
  const office = person.offices.find((o) => within(date, o.from, o.to));
  if (office && rng.chance(0.6)) {
    const adjective = adjectives.get(office.country);
    return adjective && rng.chance(0.7) ? `${adjective} ${office.title} ${person.name}` : `${office.title} ${person.name}`;
  }
  if (person.aliases.length > 0 && rng.chance(0.15)) return rng.pick(person.aliases);
  return person.name;
}

// Chinese and Korean names put the family name first: Xi Jinping is "Xi", Moon Jae-in "Moon".
const FAMILY_NAME_FIRST = new Set(["CN", "HK", "TW", "KR", "KP", "SG"]);
// "Bruno Le Maire" is "Le Maire", "Ursula von der Leyen" "von der Leyen".
const PARTICLE = /^(?:le|la|de|da|di|du|van|von|der|den|al|el|bin|ibn)$/i;

/** The name a report uses for someone already named in full. */
export function surname(person: GazetteerPerson): string {
  const parts = person.name.split(" ");
  if (parts.length > 1 && person.affiliation && FAMILY_NAME_FIRST.has(person.affiliation)) return parts[0]!;
  // "Queen Elizabeth II" is never "II": a regnal name is written in full.
  if (parts.length > 1 && /^[IVXL]+$/.test(parts[parts.length - 1]!)) return person.name;
  let first = parts.length - 1;
  while (first > 1 && PARTICLE.test(parts[first - 1]!)) first--;
  return parts.slice(first).join(" ");
}

function pickWeighted<T>(rng: Random, options: [T, number][]): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [value, w] of options) {
    roll -= w;
    if (roll < 0) return value;
  }
  return options[options.length - 1]![0];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
