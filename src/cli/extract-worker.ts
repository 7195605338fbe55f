// A tinypool worker: builds its own actor index once from the gazetteer the
// main thread parsed (parsing the YAML again in every worker cost each one
// as long as reading the Kremlin corpus), then runs the per-article stages on
// each batch it is given.
import { workerData } from "node:worker_threads";
import type { Article, Gazetteer } from "../shared/types.js";
import { buildActorIndex, type ActorIndex } from "../extract/actors/index.js";
import { processBatch, type BatchOutcome } from "./extract-batch.js";

export interface WorkerData {
  gazetteer: Gazetteer;
}

let index: ActorIndex | null = null;

export default function run(articles: Article[]): BatchOutcome {
  if (!index) {
    // tinypool passes [its own data, the pool's workerData].
    const own = (workerData as [unknown, WorkerData])[1];
    index = buildActorIndex(own.gazetteer);
  }
  return processBatch(articles, index);
}
