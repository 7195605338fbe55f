// The corpus-wide stages fed one article at a time, in any order: a run folds each
// article's digest in as it arrives and keeps only what the graph needs (per actor:
// counts, dates and name surfaces; per article: its reference and its interactions
// with their evidence sentences), never the mentions. The graph is the one
// assembleGraph builds from the same articles: collectActors reads articles in
// (id, source) order, so whatever depends on that order (an actor's label and
// known-ness come from the first article that mentions it, its affiliation from the
// first that gives one) is kept with the article it came from and settled at the end.
// Articles must have distinct (id, source) pairs, as the CLI guarantees.
import type { ArticleRef, GraphFile, NodeAttributes, RawInteraction, Skipped } from "../../shared/types.js";
import { collectActors, type ActorIndex } from "../actors/index.js";
import type { AssembleOptions } from "../pipeline.js";
import { buildGraph } from "./build.js";
import { digestInteractions, type ArticleDigest } from "./digest.js";
import { cmp } from "../events/merge.js";

interface ActorState {
  /** The first article, in (id, source) order, that mentions the actor, and the label it discovered for it. */
  first: ArticleRef;
  firstLabel: string | null;
  mentions: number;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
  surfaces: Set<string>;
}

/** One discovered-actor entry of one article; it counts only if that article comes at or after the actor's first mention. */
interface Finding {
  article: ArticleRef;
  position: number;
  affiliation: string | null;
  role: string | null;
  surfaces: string[];
}

/** What the graph needs of one article beyond its actors: its reference and its interactions with their sentences. */
export type KeptArticle = Pick<ArticleDigest, "article" | "sentences" | "interactions">;

export class GraphAccumulator {
  private readonly actors = new Map<string, ActorState>();
  private readonly findings = new Map<string, Finding[]>();
  private readonly kept: KeptArticle[] = [];
  // A digest that crossed from a worker holds its own copy of every string: the actor keys,
  // types and dates of a run's interactions are few and repeated, so they are kept once.
  private readonly strings = new Map<string, string>();

  /**
   * `keep`, when given, takes each article's reference and interactions instead of the accumulator
   * (the CLI writes them to disk); `finish` then cannot make the graph, and `nodes` gives the actors.
   */
  constructor(
    private readonly index: ActorIndex,
    private readonly keep?: (k: KeptArticle) => void,
  ) {}

  get size(): number {
    return this.kept.length;
  }

  add(d: ArticleDigest): void {
    const { article } = d;
    const labels = new Map(d.discovered.map((x) => [x.key, x.label]));
    for (const t of d.actors) {
      let a = this.actors.get(t.key);
      if (!a) {
        a = { first: article, firstLabel: labels.get(t.key) ?? null, mentions: 0, articles: 0, firstSeen: null, lastSeen: null, surfaces: new Set() };
        this.actors.set(t.key, a);
      } else if (compareArticles(article, a.first) < 0) {
        a.first = article;
        a.firstLabel = labels.get(t.key) ?? null;
      }
      a.mentions += t.mentions;
      a.articles++;
      if (article.date) {
        if (a.firstSeen === null || article.date < a.firstSeen) a.firstSeen = article.date;
        if (a.lastSeen === null || article.date > a.lastSeen) a.lastSeen = article.date;
      }
      for (const s of t.surfaces) a.surfaces.add(s);
    }
    d.discovered.forEach((x, position) => {
      const list = this.findings.get(x.key);
      const f: Finding = { article, position, affiliation: x.affiliation, role: x.role, surfaces: x.surfaces };
      if (list) list.push(f);
      else this.findings.set(x.key, [f]);
    });
    if (article.date) article.date = this.intern(article.date);
    const kept = { article, sentences: d.sentences, interactions: d.interactions };
    // Kept elsewhere (on disk), the interactions' strings are not held here: nothing to intern.
    if (this.keep) {
      this.keep(kept);
      return;
    }
    for (const x of d.interactions) {
      x.a = this.intern(x.a);
      x.b = this.intern(x.b);
      x.type = this.intern(x.type);
      if (x.modality) x.modality = this.intern(x.modality);
      if (x.channel) x.channel = this.intern(x.channel);
      if (x.speaker) x.speaker = this.intern(x.speaker);
      if (x.date) x.date = this.intern(x.date);
    }
    this.kept.push(kept);
  }

  private intern<T extends string>(s: T): T {
    const known = this.strings.get(s);
    if (known !== undefined) return known as T;
    this.strings.set(s, s);
    return s;
  }

  nodes(): Map<string, NodeAttributes> {
    const known = [...this.actors].filter(([key, a]) => a.firstLabel === null && this.index.byKey.has(key)).map(([key]) => key);
    // Known actors' labels, gazetteer aliases and roles come from collectActors itself, over one article that mentions each once.
    const base = collectActors(
      [
        {
          article: { id: "", title: "", date: null, url: null, source: "" },
          mentions: known.map((actor) => ({ actor, sentence: 0, start: 0, end: 0, surface: "", via: "role" as const })),
          discovered: [],
          interactions: [],
        },
      ],
      this.index,
    );
    const out = new Map<string, NodeAttributes>();
    for (const key of [...this.actors.keys()].sort(cmp)) {
      const a = this.actors.get(key)!;
      const b = base.get(key);
      const surfaces = new Set([...(b?.aliases ?? []), ...a.surfaces]);
      let label = b?.label ?? a.firstLabel ?? key;
      let affiliation = b?.affiliation ?? null;
      let roles = b?.roles ?? [];
      if (!b) {
        const counted = (this.findings.get(key) ?? []).filter((f) => compareArticles(f.article, a.first) >= 0).sort(compareFindings);
        affiliation = counted.find((f) => f.affiliation !== null)?.affiliation ?? null;
        const titles = new Set<string>();
        for (const f of counted) {
          if (f.role) titles.add(f.role);
          for (const s of f.surfaces) surfaces.add(s);
        }
        roles = [...titles].sort(cmp).map((title) => ({ title }));
        label = a.firstLabel ?? key;
      }
      out.set(key, {
        label,
        aliases: [...surfaces].filter((s) => s !== label).sort(cmp),
        affiliation,
        roles,
        known: !!b,
        mentions: a.mentions,
        articles: a.articles,
        firstSeen: a.firstSeen,
        lastSeen: a.lastSeen,
      });
    }
    return out;
  }

  /**
   * The graph of every article added so far: the bytes assembleGraph gives for the same articles.
   * It empties the accumulator of articles: the digests are let go as soon as their interactions
   * are read out, so a run's largest moment does not hold both (on 100,000 generated articles, live heap
   * once the graph is made 239 -> 185 MB).
   */
  finish(skipped: Skipped[], options: AssembleOptions): GraphFile {
    if (this.keep) throw new Error("GraphAccumulator.finish: the articles were kept elsewhere");
    const { articles, interactions } = this.drain();
    return buildGraph({ articles, skipped, nodes: this.nodes(), interactions, weights: options.weights, corpus: options.corpus });
  }

  private drain(): { articles: ArticleRef[]; interactions: RawInteraction[] } {
    const ordered = this.kept.splice(0).sort((x, y) => compareArticles(x.article, y.article));
    return { articles: ordered.map((k) => k.article), interactions: ordered.flatMap(digestInteractions) };
  }
}

function compareArticles(x: ArticleRef, y: ArticleRef): number {
  return cmp(x.id, y.id) || cmp(x.source, y.source);
}

function compareFindings(x: Finding, y: Finding): number {
  return compareArticles(x.article, y.article) || x.position - y.position;
}
