// A run's articles and interactions, kept on disk until the graph is made, and the graph
// file made from them pair by pair: the bytes buildGraph (and so assembleGraph) gives for
// the same articles, without ever holding the corpus's evidence in memory. Each article's
// reference is one JSON record in a temporary file and each evidence sentence its plain
// text in another, once however many interactions cite it; the heap keeps a few numbers
// per interaction, to group them by pair, put them in article order and rebuild them at
// the end. On 100,000 generated articles the kept evidence, article references and
// interactions were most of a run's memory, and grew with the corpus (peak RSS with one
// worker 464-473 MB before, 290-302 MB after; same bytes written). An interaction was
// first a JSON record with its sentence: a sentence cited by several interactions was
// written, and read back, once for each, and every record went through JSON both ways.
// The files are unlinked as soon as they are open, so nothing is left on disk however
// the process ends.
import { mkdtempSync, rmdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NodeAttributes, RawInteraction, Skipped, Weights } from "../shared/types.js";
import { channels, interactionTypes, modalities } from "../shared/graph-schema.js";
import type { KeptArticle } from "../extract/graph/accumulate.js";
import { edgeOf, edgeSketch, fallbackNode, graphFileOf, pairKey, placeNodes, type EdgeSketch } from "../extract/graph/build.js";
import { discoveredRenames, renameInteraction, renameNodes } from "../extract/graph/rekey.js";
import { cmp, mergeEvents } from "../extract/events/merge.js";
import { JsonText, writeJsonAtomic, type JsonPiece } from "./write-json.js";
import { SpillFile } from "./spill-file.js";
import { collectGarbage } from "./collect-garbage.js";

/** A growable column of numbers. */
class Column<T extends Int32Array | Float64Array | Uint16Array> {
  length = 0;
  constructor(
    public values: T,
    private readonly make: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.length === this.values.length) {
      const wider = this.make(this.values.length * 2);
      wider.set(this.values);
      this.values = wider as T;
    }
    this.values[this.length++] = v;
  }
}
const ints = (): Column<Int32Array> => new Column(new Int32Array(1024), (n) => new Int32Array(n));
const doubles = (): Column<Float64Array> => new Column(new Float64Array(1024), (n) => new Float64Array(n));
const shorts = (): Column<Uint16Array> => new Column(new Uint16Array(1024), (n) => new Uint16Array(n));

/** Strings numbered in order of first sight: a run's actor keys and dates are few and repeated. */
class StringTable {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(s, id);
      this.strings.push(s);
    }
    return id;
  }
}

// An interaction's type, modality, channel and three flags, in 16 bits: type + 3 × modality +
// 21 × channel + 105 × flag + 210 × onArticleDay + 420 × recalled, where type is its place in interactionTypes and
// modality and channel are 0 for none, else their place + 1 (3 types; 6 and 4 choices). The flag is a
// meeting's channelDefault, or a statement's transcript (a statement has no channel, a meeting no transcript).
const MODALITY_BASE = interactionTypes.length;
const CHANNEL_BASE = MODALITY_BASE * (modalities.length + 1);
const FLAG_BIT = CHANNEL_BASE * (channels.length + 1);
const ON_DAY_BIT = FLAG_BIT * 2;
const RECALLED_BIT = ON_DAY_BIT * 2;

function kindOf(x: Pick<RawInteraction, "type" | "modality" | "channel" | "channelDefault" | "transcript" | "onArticleDay" | "recalled">): number {
  const modality = x.modality === undefined ? 0 : modalities.indexOf(x.modality) + 1;
  const channel = x.channel === undefined ? 0 : channels.indexOf(x.channel) + 1;
  return interactionTypes.indexOf(x.type) + MODALITY_BASE * modality + CHANNEL_BASE * channel + (x.channelDefault || x.transcript ? FLAG_BIT : 0) + (x.onArticleDay ? ON_DAY_BIT : 0) + (x.recalled ? RECALLED_BIT : 0);
}

/** Whether kindOf added the flag worth `bit` (FLAG_BIT, ON_DAY_BIT, RECALLED_BIT: each twice the one before). */
function hasBit(kind: number, bit: number): boolean {
  return Math.floor(kind / bit) % 2 === 1;
}

/** Spills whose files still have names (they could not be unlinked while open). */
const named = new Set<SpilledArticles>();
let tidyOnExit = false;

/** The graph made, ready to be written (its edges wait on disk). */
export interface SpilledGraph {
  nodes: number;
  known: number;
  edges: number;
  write(out: string): void;
}

export class SpilledArticles {
  private readonly dir: string;
  private readonly articleFile: SpillFile;
  private readonly sentenceFile: SpillFile;
  private readonly edgeFile: SpillFile;
  private disposed = false;
  private made = false;
  // Per article, in arrival order.
  private readonly ids: string[] = [];
  private readonly sources: string[] = [];
  private readonly articleAt = doubles();
  private readonly articleBytes = ints();
  // Per interaction, in arrival order (an article's interactions together, in its order).
  private readonly at = doubles();
  private readonly bytes = ints();
  private readonly article = ints();
  private readonly a = ints();
  private readonly b = ints();
  private readonly kind = shorts();
  /** An index into `dates`, -1 for none. */
  private readonly date = ints();
  /** An actor number, -1 for none. */
  private readonly speaker = ints();
  /** The article an interaction names where it is not the one it came in (none so far: the pipeline never sets it). */
  private readonly otherArticle = new Map<number, string>();
  private readonly actors = new StringTable();
  private readonly dates = new StringTable();
  // The last sentence read back: a pair's interactions often cite one sentence in a row.
  private lastRead = -1;
  private lastBytes = -1;
  private lastText = "";
  /** Articles with no date. */
  undated = 0;

  constructor(parent = tmpdir()) {
    this.dir = mkdtempSync(join(parent, "actor-graph-"));
    // Article references are read back in id order, mostly the order they came in: read ahead, the
    // list took 24-41 ms instead of 126-176 on 100,000 articles. Evidence sentences are read pair by
    // pair from all over their file: 64 KB read ahead for each took 912 ms instead of 489, and 4 KB
    // only where one follows the one before gained nothing.
    this.articleFile = new SpillFile(join(this.dir, "articles.json"), 1 << 16);
    this.sentenceFile = new SpillFile(join(this.dir, "sentences.txt"));
    this.edgeFile = new SpillFile(join(this.dir, "edges.json"));
    if (this.articleFile.unlinked && this.sentenceFile.unlinked && this.edgeFile.unlinked) {
      rmdirSync(this.dir);
      return;
    }
    // Where open files cannot be unlinked, they are closed and removed when the process exits
    // (Ctrl+C, an error), if not before.
    named.add(this);
    if (!tidyOnExit) {
      process.once("exit", () => {
        for (const spill of named) spill.dispose();
      });
      tidyOnExit = true;
    }
  }

  get articles(): number {
    return this.ids.length;
  }

  /** Keeps one article's reference and interactions (GraphAccumulator's `keep`). */
  readonly add = (k: KeptArticle): void => {
    const slot = this.ids.length;
    const ref = k.article;
    this.ids.push(ref.id);
    this.sources.push(ref.source);
    if (ref.date === null) this.undated++;
    const from = this.articleFile.append(JSON.stringify(ref));
    this.articleAt.push(from);
    this.articleBytes.push(this.articleFile.size - from);
    // Each cited sentence once, at its first citation.
    const sentenceAt = new Float64Array(k.sentences.length).fill(-1);
    const sentenceBytes = new Int32Array(k.sentences.length);
    for (const x of k.interactions) {
      let at = sentenceAt[x.sentence]!;
      if (at < 0) {
        at = sentenceAt[x.sentence] = this.sentenceFile.append(k.sentences[x.sentence]!);
        sentenceBytes[x.sentence] = this.sentenceFile.size - at;
      }
      if (x.article !== undefined && x.article !== ref.id) this.otherArticle.set(this.at.length, x.article);
      this.at.push(at);
      this.bytes.push(sentenceBytes[x.sentence]!);
      this.article.push(slot);
      this.a.push(this.actors.id(x.a));
      this.b.push(this.actors.id(x.b));
      this.kind.push(kindOf(x));
      this.date.push(x.date === null ? -1 : this.dates.id(x.date));
      this.speaker.push(x.speaker === undefined ? -1 : this.actors.id(x.speaker));
    }
  };

  /**
   * The graph of every article kept, as buildGraph would make it from the same articles with
   * these actors (GraphAccumulator.nodes()); `write` puts it in a file.
   */
  graph(actors: Map<string, NodeAttributes>, skipped: Skipped[], options: { weights: Weights; corpus?: string }): SpilledGraph {
    // The edges go to one file, written once.
    if (this.made) throw new Error("SpilledArticles.graph: the graph is made once");
    this.made = true;
    const rename = discoveredRenames(actors);
    const nodes = renameNodes(actors, rename);
    const rank = this.articleRanks();
    // Grouped by pair as buildGraph groups them: its renamed interactions, then events, by pair.
    // First by the two actors as recorded, a number each, so that a pair's key is made once.
    const byActors = new Map<number, number[]>();
    const actorCount = this.actors.strings.length;
    for (let i = 0; i < this.at.length; i++) {
      const g = this.a.values[i]! * actorCount + this.b.values[i]!;
      const list = byActors.get(g);
      if (list) list.push(i);
      else byActors.set(g, [i]);
    }
    const byPair = new Map<string, number[]>();
    // In order of each group's first interaction: any fallback node is added where buildGraph adds it.
    for (const members of byActors.values()) {
      const i = members[0]!;
      // Only the actors are needed to find the pair, renamed as buildGraph renames them (a < b: the speaker changes neither).
      const { a: x, b: y } = renameInteraction({ a: this.actors.strings[this.a.values[i]!]!, b: this.actors.strings[this.b.values[i]!]! } as RawInteraction, rename);
      if (!nodes.has(x)) nodes.set(x, fallbackNode(x));
      if (!nodes.has(y)) nodes.set(y, fallbackNode(y));
      if (x === y) continue;
      const key = pairKey(x, y);
      const list = byPair.get(key);
      if (!list) byPair.set(key, members);
      else for (const m of members) list.push(m);
    }
    const edgeFile = this.edgeFile;
    const sketches: EdgeSketch[] = [];
    const ids = { next: 1 };
    for (const key of [...byPair.keys()].sort(cmp)) {
      // In article order, each article's interactions in its own order: the order assembleGraph reads them in.
      const members = byPair.get(key)!.sort((i, j) => rank[this.article.values[i]!]! - rank[this.article.values[j]!]! || i - j);
      const raw = members.map((i) => renameInteraction(this.interaction(i), rename));
      const edge = edgeOf(key, mergeEvents(raw), ids, options.weights);
      edgeFile.append(`${sketches.length ? "," : ""}${JSON.stringify(edge)}`);
      sketches.push(edgeSketch(edge));
    }
    // The merging's garbage goes before the layout makes its own (see collect-garbage.ts).
    collectGarbage();
    const file = graphFileOf({
      articles: new JsonText(() => this.articleList(rank)),
      skipped,
      weights: options.weights,
      corpus: options.corpus,
      nodes: placeNodes(nodes, sketches),
      edges: new JsonText(() => bracketed(edgeFile.chunks())),
    });
    return {
      nodes: file.nodes.length,
      known: file.nodes.filter((x) => x.attributes.known).length,
      edges: sketches.length,
      write: (out) => writeJsonAtomic(out, file),
    };
  }

  /** Closes and removes the temporary files. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const steps = [() => this.edgeFile.close(), () => this.articleFile.close(), () => this.sentenceFile.close()];
    if (named.delete(this)) steps.push(() => rmSync(this.dir, { recursive: true, force: true }));
    let failed: unknown = null;
    for (const step of steps) {
      try {
        step();
      } catch (e) {
        failed ??= e;
      }
    }
    // The run's work is done by now; what is left is only disk to free by hand.
    if (failed) process.stderr.write(`warning: cannot remove the temporary files in ${this.dir}: ${failed instanceof Error ? failed.message : String(failed)}\n`);
  }

  /** Each article's place in (id, source) order, by arrival slot. */
  private articleRanks(): Int32Array {
    const order = this.ids.map((_, i) => i).sort((x, y) => cmp(this.ids[x]!, this.ids[y]!) || cmp(this.sources[x]!, this.sources[y]!));
    const rank = new Int32Array(order.length);
    order.forEach((slot, r) => (rank[slot] = r));
    return rank;
  }

  private *articleList(rank: Int32Array): Generator<string> {
    const bySlot = new Int32Array(rank.length);
    rank.forEach((r, slot) => (bySlot[r] = slot));
    yield "[";
    for (let r = 0; r < bySlot.length; r++) {
      const slot = bySlot[r]!;
      yield `${r ? "," : ""}${this.articleFile.read(this.articleAt.values[slot]!, this.articleBytes.values[slot]!)}`;
    }
    yield "]";
  }

  private interaction(i: number): RawInteraction {
    const at = this.at.values[i]!;
    const bytes = this.bytes.values[i]!;
    // Offset and length: an empty sentence shares its offset with the next one.
    if (at !== this.lastRead || bytes !== this.lastBytes) {
      this.lastText = this.sentenceFile.read(at, bytes);
      this.lastRead = at;
      this.lastBytes = bytes;
    }
    const slot = this.article.values[i]!;
    const date = this.date.values[i]!;
    // Field by field, in the order digestInteractions gives them: the same objects as the in-memory path.
    const x: RawInteraction = {
      type: interactionTypes[this.kind.values[i]! % MODALITY_BASE]!,
      a: this.actors.strings[this.a.values[i]!]!,
      b: this.actors.strings[this.b.values[i]!]!,
      date: date < 0 ? null : this.dates.strings[date]!,
      article: this.otherArticle.get(i) ?? this.ids[slot]!,
      sentence: this.lastText,
    };
    const kind = this.kind.values[i]!;
    const modality = Math.floor(kind / MODALITY_BASE) % (modalities.length + 1);
    const channel = Math.floor(kind / CHANNEL_BASE) % (channels.length + 1);
    if (modality) x.modality = modalities[modality - 1];
    if (channel) x.channel = channels[channel - 1];
    if (hasBit(kind, FLAG_BIT)) {
      if (x.type === "statement") x.transcript = true;
      else x.channelDefault = true;
    }
    if (hasBit(kind, ON_DAY_BIT)) x.onArticleDay = true;
    if (hasBit(kind, RECALLED_BIT)) x.recalled = true;
    const speaker = this.speaker.values[i]!;
    if (speaker >= 0) x.speaker = this.actors.strings[speaker];
    return x;
  }
}

function* bracketed(pieces: Iterable<JsonPiece>): Generator<JsonPiece> {
  yield "[";
  yield* pieces;
  yield "]";
}
