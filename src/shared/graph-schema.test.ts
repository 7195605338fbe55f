import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseGraphFile } from "./graph-schema";

const fixture = JSON.parse(readFileSync(new URL("../../e2e/fixtures/small-graph.json", import.meta.url), "utf8"));

describe("parseGraphFile", () => {
  it("accepts the fixture graph", () => {
    const r = parseGraphFile(fixture);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.graph.nodes.map((n) => n.key)).toContain("lavrov");
  });
  it("names the wrong version", () => {
    const r = parseGraphFile({ ...fixture, attributes: { ...fixture.attributes, version: 99 } });
    expect(r).toEqual({ ok: false, error: expect.stringContaining("version 99") });
  });
  it("names a missing field by its path", () => {
    const bad = structuredClone(fixture);
    delete bad.nodes[0].attributes.label;
    const r = parseGraphFile(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain("nodes.0.attributes.label");
  });
  it("rejects edges pointing at missing nodes", () => {
    const bad = structuredClone(fixture);
    bad.edges[0].target = "nobody";
    const r = parseGraphFile(bad);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('missing node "nobody"') });
  });
});
