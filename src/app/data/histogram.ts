// Interactions per month (or per week for short spans) for the date filter's
// histogram; the bins are also the steps of the date slider. UTC throughout so
// the result does not depend on the viewer's time zone.

export type BinUnit = "month" | "week";

export interface Bin {
  /** First day of the bin, ISO. */
  start: string;
  /** Last day of the bin, ISO. */
  end: string;
  count: number;
}

const DAY = 86_400_000;

function parse(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Months when the span is longer than about six months, else ISO weeks (Monday first). */
export function chooseUnit(first: string, last: string): BinUnit {
  return (parse(last) - parse(first)) / DAY > 183 ? "month" : "week";
}

function binStart(t: number, unit: BinUnit): number {
  const d = new Date(t);
  if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const weekday = (d.getUTCDay() + 6) % 7;
  return t - weekday * DAY;
}

function nextStart(start: number, unit: BinUnit): number {
  if (unit === "week") return start + 7 * DAY;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** Contiguous bins (empty ones included) covering [first, last], and which bin a date falls in (-1 outside). */
export function makeBins(first: string, last: string, unit: BinUnit): { bins: Bin[]; binOf: (date: string) => number } {
  const bins: Bin[] = [];
  const index = new Map<number, number>();
  for (let s = binStart(parse(first), unit); s <= parse(last); s = nextStart(s, unit)) {
    index.set(s, bins.length);
    bins.push({ start: iso(s), end: iso(nextStart(s, unit) - DAY), count: 0 });
  }
  return { bins, binOf: (d) => index.get(binStart(parse(d), unit)) ?? -1 };
}

/** Contiguous bins (empty ones included) covering [first, last]; counts the given dates in them. */
export function binDates(dates: Iterable<string>, first: string, last: string, unit: BinUnit): Bin[] {
  const { bins, binOf } = makeBins(first, last, unit);
  for (const d of dates) {
    const i = binOf(d);
    if (i >= 0) bins[i]!.count++;
  }
  return bins;
}

/** Earliest and latest of some ISO dates, or null when there are none. */
export function dateSpan(dates: Iterable<string>): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const d of dates) {
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  return first !== null && last !== null ? { first, last } : null;
}

export function binLabel(bin: Bin, unit: BinUnit): string {
  if (unit === "month") return bin.start.slice(0, 7);
  return bin.start;
}
