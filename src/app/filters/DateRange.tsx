import { useId } from "react";
import { binLabel, type Bin, type BinUnit } from "../data/histogram.js";

interface Props {
  /** Bins over the whole corpus span: the slider's steps. */
  bins: Bin[];
  unit: BinUnit;
  /** Counts per bin under the other filters (same length as bins). */
  counts: number[];
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

function indexOfDate(bins: Bin[], date: string | null, fallback: number): number {
  if (date === null) return fallback;
  const i = bins.findIndex((b) => b.end >= date);
  return i === -1 ? bins.length - 1 : i;
}

/** Two-handle range over months/weeks with a histogram; each handle is a native range input, so arrows, Home/End work. */
export function DateRange({ bins, unit, counts, from, to, onChange }: Props) {
  const id = useId();
  if (bins.length === 0) {
    return (
      <div className="date-range" data-testid="filter-date">
        <p className="muted">No dated interactions.</p>
      </div>
    );
  }
  const last = bins.length - 1;
  const lo = indexOfDate(bins, from, 0);
  const hi = Math.max(lo, indexOfDate(bins, to, last));
  const max = Math.max(1, ...counts);
  const set = (a: number, b: number) => onChange(a <= 0 ? null : bins[a]!.start, b >= last ? null : bins[b]!.end);
  const fromText = bins[lo]!.start;
  const toText = bins[hi]!.end;

  return (
    <div className="date-range" data-testid="filter-date" role="group" aria-labelledby={`${id}-label`}>
      <div className="filter-label" id={`${id}-label`}>
        Dates{" "}
        <span className="muted" data-testid="filter-date-value">
          {fromText} – {toText}
        </span>
      </div>
      <div className="histogram" aria-hidden="true">
        {bins.map((b, i) => (
          <span
            key={b.start}
            className={i >= lo && i <= hi ? "bar in" : "bar"}
            style={{ height: `${counts[i] ? Math.max(6, (100 * counts[i]!) / max) : 0}%` }}
            title={`${binLabel(b, unit)}: ${counts[i] ?? 0}`}
          />
        ))}
      </div>
      <div className="dual-range">
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={lo}
          aria-label="From"
          aria-valuetext={fromText}
          data-testid="filter-date-from"
          onChange={(e) => set(Math.min(Number(e.target.value), hi), hi)}
        />
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={hi}
          aria-label="To"
          aria-valuetext={toText}
          data-testid="filter-date-to"
          onChange={(e) => set(lo, Math.max(Number(e.target.value), lo))}
        />
      </div>
      <div className="range-ends muted" aria-hidden="true">
        <span>{binLabel(bins[0]!, unit)}</span>
        <span>{binLabel(bins[last]!, unit)}</span>
      </div>
    </div>
  );
}
