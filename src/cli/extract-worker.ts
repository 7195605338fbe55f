// A tinypool worker: builds its own actor index from the gazetteer text once,
// then runs the per-article stages on each batch it is given.
import { workerData } from "node:worker_threads";
import type { Article } from "../shared/types.js";
import type { ActorIndex } from "../extract/actors/index.js";
import { indexFromGazetteer, processBatch, type BatchOutcome } from "./extract-batch.js";

export interface WorkerData {
  gazetteer: string;
  gazetteerSource: string;
}

let index: ActorIndex | null = null;

export default function run(articles: Article[]): BatchOutcome {
  if (!index) {
    // tinypool passes [its own data, the pool's workerData].
    const own = (workerData as [unknown, WorkerData])[1];
    index = indexFromGazetteer(own.gazetteer, own.gazetteerSource);
  }
  return processBatch(articles, index);
}
