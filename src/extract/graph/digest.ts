// What the corpus-wide stages need from one article, and no more: a count and the
// name surfaces per actor instead of one object per mention, and each evidence
// sentence once however many interactions it supports. Workers send this back
// instead of the ArticleResult, so less is cloned across threads and a run keeps
// only this much per article. Node-free and graphology-free: workers load it.
import type { ArticleRef, ArticleResult, DiscoveredActor, RawInteraction } from "../../shared/types.js";

export interface ActorTally {
  key: string;
  mentions: number;
  /** Surfaces of the mentions that read a name (not roles or pronouns), first seen first. */
  surfaces: string[];
}

/** A RawInteraction without its article (the digest's) and with its sentence as an index into `sentences`. */
export type DigestInteraction = Omit<RawInteraction, "article" | "sentence"> & { sentence: number; article?: string };

export interface ArticleDigest {
  article: ArticleRef;
  /** Actors in order of their first mention. */
  actors: ActorTally[];
  discovered: DiscoveredActor[];
  sentences: string[];
  interactions: DigestInteraction[];
}

export function digestArticle(r: ArticleResult): ArticleDigest {
  const tallies = new Map<string, ActorTally & { seen: Set<string> }>();
  for (const m of r.mentions) {
    let t = tallies.get(m.actor);
    if (!t) tallies.set(m.actor, (t = { key: m.actor, mentions: 0, surfaces: [], seen: new Set() }));
    t.mentions++;
    if ((m.via === "name" || m.via === "surname" || m.via === "discovered") && !t.seen.has(m.surface)) {
      t.seen.add(m.surface);
      t.surfaces.push(m.surface);
    }
  }
  const sentenceIndex = new Map<string, number>();
  const sentences: string[] = [];
  const interactions = r.interactions.map((x): DigestInteraction => {
    let i = sentenceIndex.get(x.sentence);
    if (i === undefined) {
      i = sentences.length;
      sentenceIndex.set(x.sentence, i);
      sentences.push(x.sentence);
    }
    // Field by field: an object made by rest and spread gets a hidden class of its own, and these
    // are kept for the whole run (on 10,000 generated articles, 8 MB of classes for 23,000 objects).
    const out: DigestInteraction = { type: x.type, a: x.a, b: x.b, date: x.date, sentence: i };
    if (x.modality !== undefined) out.modality = x.modality;
    if (x.channel !== undefined) out.channel = x.channel;
    if (x.channelDefault !== undefined) out.channelDefault = x.channelDefault;
    if (x.speaker !== undefined) out.speaker = x.speaker;
    if (x.transcript) out.transcript = true;
    if (x.onArticleDay) out.onArticleDay = true;
    if (x.recalled) out.recalled = true;
    if (x.article !== r.article.id) out.article = x.article;
    return out;
  });
  return {
    article: r.article,
    actors: [...tallies.values()].map(({ key, mentions, surfaces }) => ({ key, mentions, surfaces })),
    discovered: r.discovered,
    // A copy the size of its content: an array grown by push keeps room for 17 items, and this one is kept for the whole run.
    sentences: sentences.slice(),
    interactions,
  };
}

/** The digest's interactions as RawInteractions again; one string per distinct sentence, shared. */
export function digestInteractions(d: Pick<ArticleDigest, "article" | "sentences" | "interactions">): RawInteraction[] {
  // Field by field rather than by rest and spread: this runs once per interaction of the corpus
  // in the serial end of a run, and object rest/spread goes through V8's slow generic copy.
  return d.interactions.map((x) => {
    const out: RawInteraction = { type: x.type, a: x.a, b: x.b, date: x.date, article: x.article ?? d.article.id, sentence: d.sentences[x.sentence]! };
    if (x.modality !== undefined) out.modality = x.modality;
    if (x.channel !== undefined) out.channel = x.channel;
    if (x.channelDefault !== undefined) out.channelDefault = x.channelDefault;
    if (x.speaker !== undefined) out.speaker = x.speaker;
    if (x.transcript) out.transcript = true;
    if (x.onArticleDay) out.onArticleDay = true;
    if (x.recalled) out.recalled = true;
    return out;
  });
}
