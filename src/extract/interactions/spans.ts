// Range look-ups over spans sorted by start (the cue finders return them so): a sentence
// with thousands of mentions must not scan every cue for every gap between two of them.

interface Span {
  start: number;
  end: number;
}

/** Index of the first span starting at or after `at` (the length when none). */
export function firstStartingAt<T extends Span>(sorted: readonly T[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans lying wholly within [from, to], in their order. */
export function spansWithin<T extends Span>(sorted: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(sorted, from); i < sorted.length && sorted[i]!.start <= to; i++) {
    if (sorted[i]!.end <= to) out.push(sorted[i]!);
  }
  return out;
}
