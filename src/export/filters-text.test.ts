import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, type Filters } from "../shared/filter";
import type { GraphFile } from "../shared/graph-schema";
import { describeFilters } from "./caption";
import { snapshotBaseName } from "./filename";

const empty: GraphFile = {
  options: { type: "undirected", multi: false, allowSelfLoops: false },
  attributes: { version: 1, articles: [], skipped: [] },
  nodes: [],
  edges: [],
};
const f = (o: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...o });

describe("what a snapshot says of its filters", () => {
  it("names the modality, transcript and title switches in the caption and the file name", () => {
    expect(describeFilters(DEFAULT_FILTERS)).toBe("No filters: every actor and interaction");
    const off = f({ includeUnrealised: false, includeTranscript: false, includeUntitled: false });
    expect(describeFilters(off)).toBe("Filters: realised meetings only; reported statements only; actors with a title only");
    expect(snapshotBaseName(empty, DEFAULT_FILTERS)).toBe("actors-graph");
    expect(snapshotBaseName(empty, off)).toBe("actors-graph_realised_reported_titled");
  });
});
