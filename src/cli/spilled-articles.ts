// A run's articles and interactions, kept on disk until the graph is made, and the graph
// file made from them pair by pair: the bytes buildGraph (and so assembleGraph) gives for
// the same articles, without ever holding the corpus's evidence in memory. Each article's
// reference and each interaction (with its sentence) is one JSON record in a temporary
// file; the heap keeps a few numbers per interaction, to group them by pair and put them
// in article order at the end. On 100,000 generated articles the kept evidence, article
// references and interactions were most of a run's memory, and grew with the corpus
// (peak RSS with one worker 464-473 MB before, 290-302 MB after; same bytes written).
// The files are unlinked as soon as they are open, so nothing is left on disk however
// the process ends.
import { mkdtempSync, rmdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NodeAttributes, RawInteraction, Skipped, Weights } from "../shared/types.js";
import type { KeptArticle } from "../extract/graph/accumulate.js";
import { edgeOf, edgeSketch, fallbackNode, graphFileOf, pairKey, placeNodes, type EdgeSketch } from "../extract/graph/build.js";
import { discoveredRenames, renameInteraction, renameNodes } from "../extract/graph/rekey.js";
import { cmp, mergeEvents } from "../extract/events/merge.js";
import { JsonText, writeJsonAtomic, type JsonPiece } from "./write-json.js";
import { SpillFile } from "./spill-file.js";
import { collectGarbage } from "./collect-garbage.js";

/** [type, date, article, sentence, modality, channel, channelDefault, speaker]: an interaction on disk. */
type InteractionRecord = [RawInteraction["type"], string | null, string, string, RawInteraction["modality"] | null, RawInteraction["channel"] | null, 0 | 1, string | null];

/** A growable column of numbers. */
class Column<T extends Int32Array | Float64Array> {
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
  private readonly interactionFile: SpillFile;
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
  private readonly actorIds = new Map<string, number>();
  private readonly actorKeys: string[] = [];
  /** Articles with no date. */
  undated = 0;

  constructor(parent = tmpdir()) {
    this.dir = mkdtempSync(join(parent, "actor-graph-"));
    this.articleFile = new SpillFile(join(this.dir, "articles.json"));
    this.interactionFile = new SpillFile(join(this.dir, "interactions.json"));
    this.edgeFile = new SpillFile(join(this.dir, "edges.json"));
    if (this.articleFile.unlinked && this.interactionFile.unlinked && this.edgeFile.unlinked) {
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
    for (const x of k.interactions) {
      const record: InteractionRecord = [
        x.type,
        x.date,
        x.article ?? ref.id,
        k.sentences[x.sentence]!,
        x.modality ?? null,
        x.channel ?? null,
        x.channelDefault ? 1 : 0,
        x.speaker ?? null,
      ];
      const at = this.interactionFile.append(JSON.stringify(record));
      this.at.push(at);
      this.bytes.push(this.interactionFile.size - at);
      this.article.push(slot);
      this.a.push(this.actor(x.a));
      this.b.push(this.actor(x.b));
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
    const actorCount = this.actorKeys.length;
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
      const { a: x, b: y } = renameInteraction({ a: this.actorKeys[this.a.values[i]!]!, b: this.actorKeys[this.b.values[i]!]! } as RawInteraction, rename);
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
    const steps = [() => this.edgeFile.close(), () => this.articleFile.close(), () => this.interactionFile.close()];
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

  private actor(key: string): number {
    let id = this.actorIds.get(key);
    if (id === undefined) {
      id = this.actorKeys.length;
      this.actorIds.set(key, id);
      this.actorKeys.push(key);
    }
    return id;
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
    const [type, date, article, sentence, modality, channel, channelDefault, speaker] = JSON.parse(
      this.interactionFile.read(this.at.values[i]!, this.bytes.values[i]!),
    ) as InteractionRecord;
    const x: RawInteraction = { type, a: this.actorKeys[this.a.values[i]!]!, b: this.actorKeys[this.b.values[i]!]!, date, article, sentence };
    if (modality !== null) x.modality = modality;
    if (channel !== null) x.channel = channel;
    if (channelDefault) x.channelDefault = true;
    if (speaker !== null) x.speaker = speaker;
    return x;
  }
}

function* bracketed(pieces: Iterable<JsonPiece>): Generator<JsonPiece> {
  yield "[";
  yield* pieces;
  yield "]";
}
