// The date span a snapshot covers: the filter bounds where set, else the
// span of the dated interactions left in the filtered graph.
import type { GraphFile } from "../shared/graph-schema.js";
import type { Filters } from "../shared/filter.js";

export interface DateSpan {
  from: string | null;
  to: string | null;
}

export function graphDateSpan(file: GraphFile): DateSpan {
  let from: string | null = null;
  let to: string | null = null;
  for (const e of file.edges) {
    const { firstDate, lastDate } = e.attributes;
    if (firstDate !== null && (from === null || firstDate < from)) from = firstDate;
    if (lastDate !== null && (to === null || lastDate > to)) to = lastDate;
  }
  return { from, to };
}

export function snapshotDateSpan(filtered: GraphFile, filters: Filters): DateSpan {
  const span = graphDateSpan(filtered);
  return { from: filters.from ?? span.from, to: filters.to ?? span.to };
}
