// The peer: compromise's person finder, `nlp(text).people()`, timed over a sample of a
// corpus's article texts (it reads about 0.2 MB/s: the whole of a big corpus would take hours).
import nlp from "compromise";
import type { Article } from "../../src/shared/types.js";
import { repeat, type RunPlan, type Stat } from "../stats.js";
import { peerSample } from "./peer-process.js";

export interface PeerTiming {
  articles: number;
  /** UTF-8 bytes of the sampled texts. */
  textBytes: number;
  ms: Stat;
  /** People found: evidence that it did the work. */
  people: number;
}

/** What both compromise and the pipeline read of an article. */
export function articleText(a: Article): string {
  return a.title ? `${a.title}\n\n${a.text}` : a.text;
}

/** A sample of articles spread over the corpus, up to `maxBytes` of text. */
export function sample(articles: Article[], maxBytes: number): Article[] {
  const out: Article[] = [];
  let bytes = 0;
  const step = peerSample(articles.length, maxBytes).every;
  for (let i = 0; i < articles.length && bytes < maxBytes; i += step) {
    out.push(articles[i]!);
    bytes += Buffer.byteLength(articleText(articles[i]!));
  }
  return out;
}

export async function timePeer(picked: Article[], plan: RunPlan): Promise<PeerTiming> {
  const texts = picked.map(articleText);
  let people = 0;
  const ms = await repeat({ runs: plan.runs, warmup: Math.min(plan.warmup, 1) }, () => {
    const t = performance.now();
    people = 0;
    for (const text of texts) people += nlp(text).people().length;
    return performance.now() - t;
  });
  return { articles: picked.length, textBytes: texts.reduce((s, t) => s + Buffer.byteLength(t), 0), ms, people };
}
