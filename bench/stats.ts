// Repeated measurement: every figure the harness reports is the median of several runs after warm-up.

export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(samples: number[]): Stat {
  if (samples.length === 0) throw new Error("no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: samples.length };
}

export interface RunPlan {
  runs: number;
  warmup: number;
}

/** Runs `fn` warmup + runs times and summarises what it returns (a duration, or any figure) over the measured runs. */
export async function repeat(plan: RunPlan, fn: (run: number) => number | Promise<number>): Promise<Stat> {
  for (let i = 0; i < plan.warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < plan.runs; i++) samples.push(await fn(i));
  return summarise(samples);
}

/** A stat of durations (ms) turned into a rate (units per second); min and max swap. */
export function rate(durationsMs: Stat, units: number): Stat {
  return { median: units / (durationsMs.median / 1000), min: units / (durationsMs.max / 1000), max: units / (durationsMs.min / 1000), runs: durationsMs.runs };
}

/** median(a) / median(b), with the spread of the extreme pairings. */
export function ratio(a: Stat, b: Stat): Stat {
  return { median: a.median / b.median, min: a.min / b.max, max: a.max / b.min, runs: Math.min(a.runs, b.runs) };
}

/** A stat multiplied by a constant k > 0. */
export function times(s: Stat, k: number): Stat {
  return { median: s.median * k, min: s.min * k, max: s.max * k, runs: s.runs };
}
