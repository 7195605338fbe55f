// A tinypool worker: builds its own actor index once from the gazetteer the
// main thread parsed (parsing the YAML again in every worker cost each one
// as long as reading the Kremlin corpus), then runs the per-article stages on
// each batch it is given.
import { threadId, workerData } from "node:worker_threads";
import type { Article, Gazetteer } from "../shared/types.js";
import { buildActorIndex, type ActorIndex } from "../extract/actors/index.js";
import { processBatch, type BatchOutcome } from "./extract-batch.js";

export interface WorkerData {
  gazetteer: Gazetteer;
}

/** A batch's outcome and the worker thread that extracted it. */
export interface WorkerOutcome extends BatchOutcome {
  thread: number;
}

let index: ActorIndex | null = null;

export default function run(articles: Article[]): WorkerOutcome {
  if (!index) {
    // tinypool passes [its own data, the pool's workerData].
    const own = (workerData as [unknown, WorkerData])[1];
    index = buildActorIndex(own.gazetteer);
  }
  return { ...processBatch(articles, index), thread: threadId };
}
