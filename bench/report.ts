// Result rows, the printed table and the JSON record of a run.
import type { Stat } from "./stats.js";

export interface Row {
  group: string;
  corpus: string;
  metric: string;
  unit: string;
  stat: Stat;
  /** What the figure is held against, e.g. ">= 50" (same unit). */
  target?: { op: ">=" | "<="; value: number };
}

export function met(row: Row): boolean | null {
  if (!row.target) return null;
  return row.target.op === ">=" ? row.stat.median >= row.target.value : row.stat.median <= row.target.value;
}

function fmt(n: number): string {
  const a = Math.abs(n);
  return a >= 1000 ? n.toFixed(0) : a >= 100 ? n.toFixed(1) : a >= 1 ? n.toFixed(2) : n.toFixed(3);
}

export function table(rows: Row[]): string {
  const head = ["group", "corpus", "metric", "median", "min", "max", "unit", "runs", "target"];
  const body = rows.map((r) => {
    const ok = met(r);
    return [
      r.group,
      r.corpus,
      r.metric,
      fmt(r.stat.median),
      fmt(r.stat.min),
      fmt(r.stat.max),
      r.unit,
      String(r.stat.runs),
      r.target ? `${r.target.op} ${r.target.value} ${ok ? "met" : "MISSED"}` : "",
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}
