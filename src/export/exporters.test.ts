import { describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { parseGraphFile, type GraphFile } from "../shared/graph-schema.js";
import { DEFAULT_FILTERS, filterGraph, type Filters } from "../shared/filter.js";
import { computeAppearance } from "../shared/appearance.js";
import { exportFiles, snapshotFromFile, type DataFormat } from "./snapshot.js";
import { csvCell } from "./csv.js";
import { escapeXml } from "./xml.js";
import { hasNetworkx, hasPython, python, trickyGraph } from "./test-helpers.js";

const filters: Filters = { ...DEFAULT_FILTERS, types: ["meeting", "statement", "comention"], from: "2021-01-01" };
const original = trickyGraph();
const snapshot = snapshotFromFile(original, filters, { width: 1000, height: 700 });
const filtered = snapshot.filtered;
const one = (format: DataFormat) => exportFiles(snapshot, format)[0]!.content;

// Filtered fixture: the undated meeting (macron–xi) is dropped by the date bound, the lonely actor too.
const expectedEdges = filtered.edges.map((e) => ({
  pair: [e.source, e.target].sort().join("|"),
  weight: e.attributes.weight,
}));

const NX_SUMMARY = `
import sys, json, networkx as nx
data = sys.stdin.read()
import io
if FMT == "gexf" and "1.3" not in nx.readwrite.gexf.GEXF.versions:
    # NetworkX < 3 (Debian bookworm's 2.8) predates GEXF 1.3; the file uses no
    # 1.3-only construct (colours are r/g/b, no lists), so read it as 1.2.
    data = data.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz").replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
g = nx.read_gexf(io.BytesIO(data.encode())) if FMT == "gexf" else nx.read_graphml(io.BytesIO(data.encode()))
print(json.dumps({
  "nodes": sorted([[n, d.get("label")] for n, d in g.nodes(data=True)]),
  "edges": sorted([["|".join(sorted([u, v])), d.get("weight")] for u, v, d in g.edges(data=True)]),
  "directed": g.is_directed(),
  "affiliation": {n: d.get("affiliation") for n, d in g.nodes(data=True)},
  "mentions": {n: d.get("mentions") for n, d in g.nodes(data=True)},
  "firstDate": sorted([d.get("firstDate") or "" for u, v, d in g.edges(data=True)]),
}, ensure_ascii=False))
`;

function networkxSummary(format: "gexf" | "graphml", content: string) {
  const r = python(NX_SUMMARY.replaceAll("FMT", JSON.stringify(format)), content);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as {
    nodes: [string, string][];
    edges: [string, number][];
    directed: boolean;
    affiliation: Record<string, string | null>;
    mentions: Record<string, number>;
    firstDate: string[];
  };
}

function expectMatchesFiltered(summary: ReturnType<typeof networkxSummary>) {
  expect(summary.directed).toBe(false);
  expect(summary.nodes).toEqual(filtered.nodes.map((n) => [n.key, n.attributes.label]).sort());
  expect(summary.edges).toEqual(expectedEdges.map((e) => [e.pair, e.weight]).sort());
  expect(summary.affiliation.zelensky).toBe("UA");
  expect(summary.mentions.obrien).toBe(3);
  expect(summary.firstDate).toEqual(filtered.edges.map((e) => e.attributes.firstDate ?? "").sort());
}

describe("the fixture exercises the filters", () => {
  it("drops the undated interaction and the isolated actor", () => {
    expect(filtered.nodes.map((n) => n.key)).not.toContain("lonely");
    expect(filtered.edges.length).toBe(original.edges.length);
    const macronXi = filtered.edges.find((e) => e.source === "macron" && e.target === "xi")!;
    expect(macronXi.attributes.interactions.map((i) => i.id)).toEqual(["i7"]);
    expect(macronXi.attributes.weight).toBe(1);
  });
});

describe.skipIf(!hasNetworkx)("GEXF and GraphML open in NetworkX", () => {
  it("GEXF: same nodes, labels, edges, weights and attributes as the filtered graph", () => {
    expectMatchesFiltered(networkxSummary("gexf", one("gexf")));
  });
  it("GraphML: same nodes, labels, edges, weights and typed attributes", () => {
    const summary = networkxSummary("graphml", one("graphml"));
    expectMatchesFiltered(summary);
    // Typed keys: counts come back as numbers, not strings.
    expect(typeof summary.mentions.obrien).toBe("number");
  });
});

describe("GEXF and GraphML open in graphology", () => {
  it("GEXF 1.3 with viz positions, colours and sizes", () => {
    const gexf = one("gexf");
    expect(gexf).toContain('version="1.3"');
    const g = parseGexf(Graph, gexf);
    expect(g.order).toBe(filtered.nodes.length);
    expect(g.size).toBe(filtered.edges.length);
    const a = snapshot.appearance.nodes.get("obrien")!;
    expect(g.getNodeAttributes("obrien")).toMatchObject({
      label: original.nodes[0]!.attributes.label,
      x: a.x,
      y: a.y,
      size: a.size,
      color: expect.stringMatching(/#1f77b4|rgb\(31,\s*119,\s*180\)/),
    });
  });
  it("GraphML with the labels and weights", () => {
    const g = parseGraphml(Graph, one("graphml"));
    expect(g.order).toBe(filtered.nodes.length);
    expect(g.getNodeAttribute("macron", "label")).toBe("Macron, Emmanuel");
    expect(g.getNodeAttribute("formula", "label")).toBe('=HYPERLINK("http://evil","x")');
    expect(g.getNodeAttribute("macron", "mentions")).toBe(3);
    const e = g.edge("obrien", "zelensky")!;
    expect(g.getEdgeAttribute(e, "weight")).toBe(3.25);
  });
});

describe("JSON export", () => {
  it("round-trips: parses as a graph file and shows the same view", () => {
    const parsed = parseGraphFile(JSON.parse(one("json")));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const again = filterGraph(parsed.graph, DEFAULT_FILTERS);
    expect(again.nodes.map((n) => n.key)).toEqual(filtered.nodes.map((n) => n.key));
    expect(again.edges).toEqual(filtered.edges);
    const ap = computeAppearance(again);
    for (const [key, a] of snapshot.appearance.nodes) expect(ap.nodes.get(key)).toEqual(a);
    // Evidence of the shown edges travels with them; only cited articles are kept.
    expect(again.edges.flatMap((e) => e.attributes.interactions).every((i) => i.evidence.length > 0)).toBe(true);
    expect(parsed.graph.attributes.articles.map((a) => a.id)).toEqual(["a1", "a2", "a3"]);
  });
});

describe("CSV export", () => {
  const [nodes, edges] = exportFiles(snapshot, "csv");
  it("names the two tables", () => {
    expect(nodes!.name).toMatch(/_nodes\.csv$/);
    expect(edges!.name).toMatch(/_edges\.csv$/);
  });
  it("parses back with csv-parse to the same rows, formula cells neutralised", () => {
    const rows = parseCsv(nodes!.content, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(filtered.nodes.map((n) => n.key));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get("obrien")!.label).toBe('Conor "Mac" O\'Brien & Sons <Ltd>');
    expect(byId.get("macron")!.label).toBe("Macron, Emmanuel");
    expect(byId.get("zelensky")!.label).toBe("Володимир Зеленський");
    expect(byId.get("xi")!.label).toBe("习近平");
    expect(byId.get("formula")!.label).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(byId.get("plus")!.label).toBe("'+Plus -Minus @At");
    expect(Number(byId.get("obrien")!.weightedDegree)).toBe(4.25);
    const erows = parseCsv(edges!.content, { columns: true }) as Record<string, string>[];
    expect(erows.map((r) => [r.source, r.target, Number(r.weight)])).toEqual(
      filtered.edges.map((e) => [e.source, e.target, e.attributes.weight]),
    );
    const formulaEdge = erows.find((r) => r.source === "formula")!;
    expect(formulaEdge.sourceLabel!.startsWith("'=")).toBe(true);
    expect(formulaEdge.evidence).toContain('-He said: "no",\nthen left.');
  });
  it("quotes per RFC 4180 and ends rows with CRLF", () => {
    expect(nodes!.content.split("\r\n")[0]).toMatch(/^id,label,affiliation,/);
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("@x")).toBe("'@x");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe("\"'\rx\"");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell(null)).toBe("");
  });
});

describe("SVG export", () => {
  const svg = one("svg");
  it.skipIf(!hasPython)("is well-formed XML holding every visible label", () => {
    const r = python(
      `import sys, json, xml.dom.minidom as m
d = m.parseString(sys.stdin.buffer.read())
print(json.dumps([t.firstChild.data for t in d.getElementsByTagName("text") if t.firstChild], ensure_ascii=False))`,
      svg,
    );
    expect(r.stderr).toBe("");
    const texts = JSON.parse(r.stdout) as string[];
    for (const n of filtered.nodes) expect(texts).toContain(n.attributes.label);
    expect(texts.some((t) => t.includes("Tricky fixture"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Filters: dates 2021-01-01"))).toBe(true);
  });
  it("draws one disc per node and one line per edge inside the image", () => {
    expect(svg.match(/<g class="nodes">[\s\S]*?<\/g>/)![0].match(/<circle /g)!.length).toBe(filtered.nodes.length);
    expect(svg.match(/<line /g)!.length).toBe(filtered.edges.length + 1); // + the caption rule
    for (const n of snapshot.scene.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(snapshot.scene.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(snapshot.scene.height);
    }
  });
  it("is deterministic", () => {
    expect(exportFiles(snapshotFromFile(original, filters, { width: 1000, height: 700 }), "svg")[0]!.content).toBe(svg);
  });
});

describe("escapeXml", () => {
  it("escapes markup and replaces characters XML forbids", () => {
    expect(escapeXml(`<a href="x">&'\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;\ufffd");
  });
});

describe("every format is deterministic and carries the filter in its name", () => {
  it.each(["svg", "gexf", "graphml", "json", "csv"] as DataFormat[])("%s", (format) => {
    const a = exportFiles(snapshot, format);
    const b = exportFiles(snapshotFromFile(original, filters, { width: 1000, height: 700 }), format);
    expect(a).toEqual(b);
    for (const f of a) expect(f.name.startsWith("actors-graph_2021-01-01_2022-02-23")).toBe(true);
  });
});

export type { GraphFile };
