// Command-line options of `npm run extract`.
import { DEFAULT_WEIGHTS, type Weights } from "../shared/types.js";
import { MB_PER_THREAD } from "./threads.js";
import { nonNegativeNumber, parseCommandLine, wholeNumber } from "./command-line.js";

export interface ExtractOptions {
  inputs: string[];
  out: string;
  actors: string;
  /** Whether --actors was given (a missing default gazetteer is only a warning). */
  actorsGiven: boolean;
  workers: number;
  /** Input each thread beyond the first needs, in MB; 0 starts every thread --workers asks for. */
  mbPerThread: number;
  strict: boolean;
  weights: Weights;
  corpus?: string;
}

export const USAGE = `Usage: npm run extract -- [paths...] [options]

Reads news articles (files, or folders searched recursively) and writes the actor graph.
Inputs: .txt articles, .jsonl / .json / .csv record files. Default: graph-data/articles

Options:
  --out FILE          graph file to write (default graph-data/graph.json)
  --actors FILE       gazetteer of known actors (default graph-data/gazetteer.yaml)
  --workers N         threads for the per-article stages (default 1)
  --mb-per-thread MB  with no core to spare beside the N threads, input each thread beyond the first
                      needs (default ${MB_PER_THREAD}); a smaller corpus runs on fewer, as a thread
                      costs more than it saves there, and no run on more threads than cores;
                      0 starts all N
  --strict            exit 1 (and leave the graph file alone) if any record was skipped
  --w-meeting W       edge weight of a meeting (default ${DEFAULT_WEIGHTS.meeting})
  --w-statement W     edge weight of a statement about the other actor (default ${DEFAULT_WEIGHTS.statement})
  --w-comention W     edge weight of a co-mention in one sentence (default ${DEFAULT_WEIGHTS.comention})
  --corpus TEXT       credit line for the corpus, shown by the explorer
  -h, --help          show this help`;

export function parseExtractArgs(argv: string[]): ExtractOptions {
  // --help throws HelpRequested, which the caller answers with the usage.
  const parsed = parseCommandLine(
    argv,
    {
      out: { type: "string" },
      actors: { type: "string" },
      workers: { type: "string" },
      "mb-per-thread": { type: "string" },
      strict: { type: "boolean" },
      "w-meeting": { type: "string" },
      "w-statement": { type: "string" },
      "w-comention": { type: "string" },
      corpus: { type: "string" },
    },
    { positionals: true },
  );
  const v = parsed.values;
  const workers = wholeNumber("workers", v.workers, 1, { min: 1, max: 256 });
  return {
    inputs: parsed.positionals.length ? parsed.positionals : ["graph-data/articles"],
    out: v.out ?? "graph-data/graph.json",
    actors: v.actors ?? "graph-data/gazetteer.yaml",
    actorsGiven: v.actors !== undefined,
    workers,
    mbPerThread: nonNegativeNumber("mb-per-thread", v["mb-per-thread"], MB_PER_THREAD),
    strict: v.strict ?? false,
    weights: {
      meeting: nonNegativeNumber("w-meeting", v["w-meeting"], DEFAULT_WEIGHTS.meeting),
      statement: nonNegativeNumber("w-statement", v["w-statement"], DEFAULT_WEIGHTS.statement),
      comention: nonNegativeNumber("w-comention", v["w-comention"], DEFAULT_WEIGHTS.comention),
    },
    corpus: v.corpus,
  };
}
