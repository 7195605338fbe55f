// Writes a generated corpus to a folder, streaming, so 100,000 articles never sit in memory at once.
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import type { Gazetteer } from "../shared/types.js";
import { generateArticles, type CorpusOptions, type Layout } from "./generate.js";
import { CSV_HEADER, renderCsv, renderDated, renderFooter, renderHeader, renderJsonl } from "./layouts.js";

export interface WriteOptions extends CorpusOptions {
  /** Records per JSONL/CSV file before a new one starts. */
  shardSize?: number;
  /**
   * Where the truth sidecar goes; default `<dir>/truth.json`. Benchmarks put it
   * outside the corpus folder, or the extractor would read it as one more input.
   */
  truthPath?: string;
}

export interface CorpusSummary {
  seed: number;
  articles: number;
  /** Bytes of article files written (the truth sidecar excluded): the MB in MB/s. */
  bytes: number;
  files: number;
  interactions: number;
  layouts: Record<Layout, number>;
}

/** The sidecar that records what the generated articles state. */
export const TRUTH_FILE = "truth.json";

class Sink {
  bytes = 0;
  constructor(private readonly stream: WriteStream) {}
  async write(text: string): Promise<void> {
    this.bytes += Buffer.byteLength(text);
    if (!this.stream.write(text)) await once(this.stream, "drain");
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
  }
}

/** Multi-record files are split into shards, as large real corpora are. */
class Shards {
  private sink: Sink | null = null;
  private inShard = 0;
  private shard = -1;
  bytes = 0;
  files = 0;
  constructor(
    private readonly dir: string,
    private readonly ext: "jsonl" | "csv",
    private readonly size: number,
    private readonly header: string,
  ) {}
  /** Writes one record; returns its source (path:record) as the reader names it. */
  async write(record: string): Promise<string> {
    if (!this.sink || this.inShard >= this.size) {
      await this.finishShard();
      this.shard++;
      this.inShard = 0;
      this.files++;
      this.sink = new Sink(createWriteStream(join(this.dir, this.name())));
      if (this.header) await this.sink.write(this.header);
    }
    this.inShard++;
    await this.sink.write(record);
    return `${this.name()}:${this.inShard}`;
  }
  private name(): string {
    return `articles-${String(this.shard).padStart(3, "0")}.${this.ext}`;
  }
  private async finishShard(): Promise<void> {
    if (!this.sink) return;
    this.bytes += this.sink.bytes;
    await this.sink.close();
    this.sink = null;
  }
  async close(): Promise<void> {
    await this.finishShard();
  }
}

export async function writeCorpus(dir: string, gazetteer: Gazetteer, options: WriteOptions): Promise<CorpusSummary> {
  mkdirSync(dir, { recursive: true });
  const shardSize = options.shardSize ?? 10_000;
  const jsonl = new Shards(dir, "jsonl", shardSize, "");
  const csv = new Shards(dir, "csv", shardSize, CSV_HEADER);
  const truth = new Sink(createWriteStream(options.truthPath ?? join(dir, TRUTH_FILE)));
  const layouts: Record<Layout, number> = { dated: 0, header: 0, footer: 0, jsonl: 0, csv: 0 };
  let txtBytes = 0;
  let txtFiles = 0;
  let interactions = 0;
  await truth.write(`{"seed":${options.seed},"articles":${options.count},"interactions":[`);
  for (const { article, truth: facts } of generateArticles(gazetteer, options)) {
    layouts[article.layout]++;
    let source: string;
    if (article.layout === "jsonl") source = await jsonl.write(renderJsonl(article));
    else if (article.layout === "csv") source = await csv.write(renderCsv(article));
    else {
      if (txtFiles === 0) mkdirSync(join(dir, "articles"), { recursive: true });
      const render = { dated: renderDated, header: renderHeader, footer: renderFooter }[article.layout];
      const text = render(article);
      source = `articles/${article.id}.txt`;
      writeFileSync(join(dir, source), text);
      txtBytes += Buffer.byteLength(text);
      txtFiles++;
    }
    for (const fact of facts) {
      await truth.write(`${interactions === 0 ? "\n" : ",\n"}${JSON.stringify({ ...fact, source })}`);
      interactions++;
    }
  }
  await truth.write("\n]}\n");
  await Promise.all([jsonl.close(), csv.close(), truth.close()]);
  return {
    seed: options.seed,
    articles: options.count,
    bytes: txtBytes + jsonl.bytes + csv.bytes,
    files: txtFiles + jsonl.files + csv.files,
    interactions,
    layouts,
  };
}
