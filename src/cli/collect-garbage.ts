// A full garbage collection, asked for between the phases of a run. V8 collects its old
// generation only when it has grown to about twice what survived the last full collection, and
// the end of a run (grouping a corpus's interactions by pair, merging them, the layout) makes tens
// of MB of garbage on top of what the reading left: that garbage, not anything live, was a run's
// peak memory (100,000 generated articles, one worker: 40 MB live when the graph is begun,
// peak RSS 245-265 MB; with a collection before the graph and one before the layout, 190 MB).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    const given = (globalThis as { gc?: () => void }).gc;
    if (given) gc = given;
    else {
      // V8 gives new contexts a gc function while the flag is set; this process's own global is left as it was.
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
      setFlagsFromString("--no-expose-gc");
    }
  }
  gc();
}
