// Stop's disc separation for graphs too big to separate on the page's thread (see separate-nodes.ts).
import { separate, type Discs } from "./separate-nodes.js";

export type SeparateRequest = { job: number } & Omit<Discs, "keys">;
export interface SeparateAnswer {
  job: number;
  xs: Float64Array;
  ys: Float64Array;
  sweeps: number;
}

/** What the worker does with one request: the answer and the buffers it hands back. */
export function answer(request: SeparateRequest): SeparateAnswer {
  const sweeps = separate(request);
  return { job: request.job, xs: request.xs, ys: request.ys, sweeps };
}

// The page's tsconfig knows the DOM, not a worker's global scope.
const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<SeparateRequest>) => void) | null;
  postMessage(message: SeparateAnswer, transfer: Transferable[]): void;
  document?: unknown;
};
if (typeof scope.document === "undefined" && typeof scope.postMessage === "function") {
  scope.onmessage = (e) => {
    const out = answer(e.data);
    scope.postMessage(out, [out.xs.buffer, out.ys.buffer]);
  };
}
