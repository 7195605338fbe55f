// `npm run extract`: reads a corpus and writes the actor graph. See README.md,
// "Extracting a corpus". Exit codes: 0 done, 1 records skipped under --strict,
// 2 bad usage, a missing path, an unreadable gazetteer, no article read, or a temporary folder or
// output that cannot be written.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { setFlagsFromString } from "node:v8";
import Tinypool from "tinypool";
import type { Article, Gazetteer, Skipped } from "../shared/types.js";
import { GraphAccumulator } from "../extract/graph/accumulate.js";
import { buildActorIndex, type ActorIndex } from "../extract/actors/index.js";
import { parseGazetteerCached } from "./gazetteer-cache.js";
import { parseExtractArgs, USAGE, type ExtractOptions } from "./extract-args.js";
import { HelpRequested, UsageError } from "./command-line.js";
import { walkInputs } from "./walk-inputs.js";
import { readInput } from "./read-inputs.js";
import { processBatch, type BatchOutcome } from "./extract-batch.js";
import { Reporter, summary } from "./extract-report.js";
import { temporaryPathFor } from "./write-atomic.js";
import { SpilledArticles } from "./spilled-articles.js";
import { SpillError } from "./spill-file.js";
import { collectGarbage } from "./collect-garbage.js";
import { planThreads } from "./threads.js";
import type { WorkerData, WorkerOutcome } from "./extract-worker.js";

const HEAP_GROWING_PERCENT = 100;
const BATCH_ARTICLES = 32;
const BATCH_CHARS = 2_000_000;
// Batches queued per worker thread: enough to keep it busy while the main thread extracts one.
// It still runs dry now and then (0.6 s of a 14 s two-thread run on 100,000 articles, in a CPU
// profile) while the main thread reads, folds results in or collects garbage. 8 removed those waits
// but cost 15-30 MB of peak memory for no wall time measurable here (alternated pairs and a bench run).
const QUEUED_PER_WORKER = 3;

class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function loadIndex(options: ExtractOptions, reporter: Reporter): { index: ActorIndex; gazetteer: Gazetteer } {
  let text = "";
  if (existsSync(options.actors)) {
    try {
      text = readFileSync(options.actors, "utf8");
    } catch (e) {
      throw new Exit(2, `cannot read the gazetteer ${options.actors}: ${e instanceof Error ? e.message : String(e)}`);
    }
  } else if (options.actorsGiven) {
    throw new Exit(2, `no such gazetteer: ${options.actors}`);
  } else {
    reporter.warn(`no gazetteer at ${options.actors}; only actors discovered in the text will be found`);
  }
  try {
    const gazetteer = parseGazetteerCached(text, options.actors);
    return { index: buildActorIndex(gazetteer), gazetteer };
  } catch (e) {
    throw new Exit(2, `cannot use the gazetteer ${options.actors}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function runExtract(argv: string[]): Promise<number> {
  let spilled: SpilledArticles | undefined;
  try {
    return await extract(argv, () => (spilled = new SpilledArticles()));
  } catch (e) {
    if (e instanceof SpillError) throw new Exit(2, `${e.message} (set TMPDIR to a folder with more room than ${tmpdir()})`);
    throw e;
  } finally {
    spilled?.dispose();
  }
}

async function extract(argv: string[], spill: () => SpilledArticles): Promise<number> {
  const started = performance.now();
  let options: ExtractOptions;
  try {
    options = parseExtractArgs(argv);
  } catch (e) {
    if (e instanceof HelpRequested) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (e instanceof UsageError) throw new Exit(2, `${e.message}\n\n${USAGE}`);
    throw e;
  }

  const walk = walkInputs(options.inputs);
  if (walk.missing.length) throw new Exit(2, `no such file or folder: ${walk.missing.join(", ")}`);
  const totalBytes = walk.files.reduce((sum, f) => sum + f.size, 0);
  const reporter = new Reporter(totalBytes);
  const { index, gazetteer } = loadIndex(options, reporter);

  let records = 0;
  let articles = 0;
  const skipped: Skipped[] = [];
  const failures: Skipped[] = [];
  // Each article is folded in as it comes back: a run holds what the graph needs, never the corpus,
  // and keeps each article's reference and evidence on disk until the graph is written.
  let spilled: SpilledArticles;
  try {
    spilled = spill();
  } catch (e) {
    throw new Exit(2, `cannot make temporary files in ${tmpdir()} (set TMPDIR to a writable folder): ${e instanceof Error ? e.message : String(e)}`);
  }
  const accumulator = new GraphAccumulator(index, spilled.add);
  const skip = (s: Skipped): void => {
    records++;
    skipped.push(s);
    reporter.warn(`${s.source}: skipped: ${s.reason}`);
  };
  for (const message of walk.warnings) reporter.warn(message);
  for (const s of walk.skipped) skip(s);
  if (walk.ignored) reporter.warn(`${walk.ignored} file(s) in the input folders were not read (not .txt, .json, .jsonl or .csv)`);

  // --workers N: up to N threads extract (fewer on a small input or few cores, see threads.ts), and the main
  // thread is one of them. Between reading records it takes a batch itself whenever the worker
  // threads have enough queued; a pool of N threads beside it made N + 1 busy threads on N cores.
  const { threads, note } = planThreads(options.workers, totalBytes, options.mbPerThread, availableParallelism());
  if (note) reporter.note(note);
  const workerData: WorkerData = { gazetteer };
  const pool =
    threads > 1
      ? new Tinypool({
          filename: new URL("./extract-worker-boot.mjs", import.meta.url).href,
          minThreads: threads - 1,
          maxThreads: threads - 1,
          // Queued in the worker itself: tinypool otherwise hands a thread its next batch only when
          // the main thread gets back to its event loop, and the main thread is busy extracting
          // or reading most of the time, so the worker threads sat idle for a third of a run.
          concurrentTasksPerWorker: QUEUED_PER_WORKER,
          workerData,
        })
      : null;
  // One batch only until a worker has answered, so a small corpus is not left waiting on a thread still starting.
  const queued = (threads - 1) * QUEUED_PER_WORKER;
  let warm = false;
  const inFlight = new Set<Promise<void>>();
  // Articles extracted by the main thread, and by each worker thread (by thread id): the summary says how the
  // work was shared. Counted on both sides, not the main thread's as the rest, so that their sum checks the count.
  let onMain = 0;
  const onWorker = new Map<number, number>();
  const take = (outcome: BatchOutcome): void => {
    for (const d of outcome.digests) accumulator.add(d);
    failures.push(...outcome.failures);
  };
  let batch: Article[] = [];
  let batchChars = 0;
  const submit = async (): Promise<void> => {
    if (!batch.length) return;
    const job = batch;
    batch = [];
    batchChars = 0;
    if (pool && inFlight.size < (warm ? queued : 1)) {
      const p: Promise<void> = pool.run(job).then((o: WorkerOutcome) => {
        warm = true;
        onWorker.set(o.thread, (onWorker.get(o.thread) ?? 0) + o.digests.length);
        take(o);
        inFlight.delete(p);
      });
      inFlight.add(p);
      return;
    }
    const outcome = processBatch(job, index);
    onMain += outcome.digests.length;
    take(outcome);
    // Let the workers' finished batches in (a read chunk holds many records, read without a turn of the event loop).
    if (pool) await new Promise<void>((resolve) => setImmediate(resolve));
  };

  const ids = new Map<string, string>();
  try {
    for (const file of walk.files) {
      const onBytes = (n: number): void => {
        reporter.bytesDone += n;
        reporter.progress();
      };
      for await (const event of readInput(file, onBytes)) {
        if (event.type === "warning") reporter.warn(event.message);
        else if (event.type === "skipped") skip(event.skipped);
        else {
          const article = event.article;
          const first = ids.get(article.id);
          if (first !== undefined) {
            let k = 2;
            while (ids.has(`${article.id}~${k}`)) k++;
            reporter.warn(`${article.source}: article id "${article.id}" is already used by ${first}; this one is "${article.id}~${k}"`);
            article.id = `${article.id}~${k}`;
          }
          ids.set(article.id, article.source);
          records++;
          articles++;
          reporter.articles = articles;
          reporter.progress();
          batch.push(article);
          batchChars += article.text.length;
          if (!pool || batch.length >= BATCH_ARTICLES || batchChars >= BATCH_CHARS) await submit();
        }
      }
    }
    await submit();
    await Promise.all(inFlight);
  } finally {
    await pool?.destroy();
    reporter.clear();
  }

  // Failures arrive in any order from workers: sorted, they keep the output byte-identical.
  failures.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  for (const f of failures) {
    articles--;
    records--;
    skip(f);
  }
  if (articles === 0) {
    throw new Exit(2, `no article read from ${options.inputs.join(", ")}${skipped.length ? ` (${skipped.length} skipped)` : ""}`);
  }

  // What the reading left behind goes before the graph makes garbage of its own (see collect-garbage.ts).
  collectGarbage();
  const graph = spilled.graph(accumulator.nodes(), skipped, { weights: options.weights, corpus: options.corpus });
  const counts = {
    records,
    articles,
    undated: spilled.undated,
    skipped: skipped.length,
    known: graph.known,
    discovered: graph.nodes - graph.known,
    bytes: reporter.bytesDone,
    seconds: (performance.now() - started) / 1000,
    threads,
    perThread: [onMain, ...workerShares(onWorker, threads - 1)],
  };
  if (options.strict && skipped.length) {
    process.stderr.write(`${summary(counts)}\n`);
    throw new Exit(1, `--strict: ${skipped.length} record(s) skipped; ${options.out} was not written`);
  }
  try {
    graph.write(options.out);
  } catch (e) {
    if (e instanceof SpillError) throw e;
    throw new Exit(2, `cannot write ${options.out}: ${e instanceof Error ? e.message : String(e)}`);
  }
  counts.seconds = (performance.now() - started) / 1000;
  process.stderr.write(`${summary(counts)}\nwrote ${options.out} (${graph.nodes} nodes, ${graph.edges} edges)\n`);
  return 0;
}

/** Each worker thread's count, in the order the threads were started; those that got no batch as 0. */
function workerShares(byThread: Map<number, number>, workers: number): number[] {
  const shares = [...byThread.keys()].sort((a, b) => a - b).map((t) => byThread.get(t)!);
  while (shares.length < workers) shares.push(0);
  return shares;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("src/cli/extract.ts")) {
  // V8 lets the heap grow to several times what survived the last full collection before the next
  // one; a run's live heap grows steadily (the graph being built), so a run sat at three times it.
  // Twice instead. On 100,000 articles, alternated runs: peak RSS 854-856 MB against 590-610 MB with
  // one worker and 728-756 against 535-545 MB with two, time within the machine's noise (medians
  // 42.3 and 41.9 s; 27.4 and 26.3 s). Half again (50) saved another 50 MB but cost two workers
  // about 9% (30.8 against 33.7 s): its extra collections take the core the worker thread needs.
  // The flag is process-wide, so worker threads get it too; one given to node by the user wins.
  const given = process.execArgv.some((a) => a.includes("heap-growing-percent"));
  if (!given) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // A run stopped by Ctrl+C or a kill leaves the previous graph in place and no temporary file.
  const tidy = (): void => {
    try {
      rmSync(temporaryPathFor(parseExtractArgs(process.argv.slice(2)).out), { force: true });
    } catch {
      // nothing to tidy
    }
    process.exit(130);
  };
  process.once("SIGINT", tidy);
  process.once("SIGTERM", tidy);
  runExtract(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof Exit) {
        process.stderr.write(`extract: ${e.message}\n`);
        process.exitCode = e.code;
      } else {
        process.stderr.write(`extract: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exitCode = 2;
      }
    },
  );
}
