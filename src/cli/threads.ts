// How many threads a run extracts with. --workers N asks for N. On a machine with no core to spare
// beside them, a run gets no more threads than cores, and a thread beyond the first only for each
// full --mb-per-thread of input.
// Such a thread pays for its own start (the bundle compiled again, the gazetteer's index built
// again, its code cold) and takes the core that V8's compiler and garbage-collector threads use
// beside a lone main thread: one thread keeps about 1.4 cores busy on a small corpus. On 2 cores,
// --workers 2 against 1 in alternated runs: 3.7 MB (Kremlin) 0.84x, 5 and 12 MB 0.89x, 26 MB 0.92-1.09x,
// 53 MB 1.08-1.25x, 102-107 MB 1.27-1.42x, 267 MB 1.48-1.6x, at about 1.3 times the memory; and
// 4 threads on 107 MB took 9.3-9.5 s against 7.2-7.4 s for 2, with 340 MB against 214.
// With a core to spare the start would not compete, so --workers is taken as given there
// (not measured: these machines have 2 cores).

/** Default input, in MB (10^6 bytes), that each thread beyond the first needs. */
export const MB_PER_THREAD = 40;

export interface ThreadPlan {
  /** Threads to extract with, the main thread among them. */
  threads: number;
  /** Why the run uses fewer threads than --workers asked for; null when it uses them all. */
  note: string | null;
}

/**
 * The threads for --workers, the input's size in bytes, --mb-per-thread (0: every thread asked
 * for) and the machine's cores (os.availableParallelism()).
 */
export function planThreads(requested: number, bytes: number, mbPerThread: number, cores: number): ThreadPlan {
  if (!(mbPerThread > 0) || cores > requested) return { threads: requested, note: null };
  const byInput = 1 + Math.floor(bytes / (mbPerThread * 1e6));
  const cap = Math.min(requested, cores);
  const threads = Math.max(1, Math.min(cap, byInput));
  if (threads >= requested) return { threads, note: null };
  const why = byInput < cap ? `a thread beyond the first for each ${mbPerThread} MB: on less it costs more than it saves` : "no more threads than cores: more would only share them";
  const note =
    `--workers ${requested}: ${threads === 1 ? "1 thread" : `${threads} threads`} for ${(bytes / 1e6).toFixed(1)} MB of input on ${cores} core${cores === 1 ? "" : "s"} ` +
    `(${why}); --mb-per-thread 0 starts all ${requested}`;
  return { threads, note };
}
