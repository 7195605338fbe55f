import { describe, expect, it } from "vitest";
import type { Article, NodeAttributes, RawInteraction } from "../../shared/types.js";
import { DEFAULT_WEIGHTS } from "../../shared/types.js";
import { testIndex } from "../actors/test-gazetteer.js";
import { discoveredKey } from "../actors/names.js";
import { assembleGraph, processArticle } from "../pipeline.js";
import { GraphAccumulator } from "./accumulate.js";
import { digestArticle } from "./digest.js";
import { keyDiscoveredByLabel } from "./rekey.js";

function node(label: string, known = false): NodeAttributes {
  return { label, aliases: [], affiliation: null, roles: [], known, mentions: 1, articles: 1, firstSeen: null, lastSeen: null };
}

function raw(a: string, b: string, extra: Partial<RawInteraction> = {}): RawInteraction {
  return { type: "statement", a, b, date: null, article: "x", sentence: "s", ...extra };
}

describe("discoveredKey", () => {
  it("folds the romanisation variants of one name into one key", () => {
    const same = [
      ["Valery Gergiev", "Valery Gergiyev"],
      ["Yuri Bashmet", "Yury Bashmet", "Yuriy Bashmet"],
      ["Alexander Aleshin", "Alexander Alyoshin"],
      ["Sergei Korolev", "Sergei Korolyov", "Sergey Korolev"],
      ["Natalia Ivanova", "Natalya Ivanova"],
      ["Aleksei Petrov", "Alexei Petrov", "Alexey Petrov"],
      ["Andrii Shevchenko", "Andriy Shevchenko"],
    ];
    for (const group of same) expect(new Set(group.map(discoveredKey)).size, group.join(" / ")).toBe(1);
  });

  it("keeps apart names that differ otherwise", () => {
    const apart = [
      ["Alexander Popov", "Alexander Popova"],
      ["Sergei Ivanov", "Sergei Ivanko"],
      ["Yelena Ivanova", "Yulia Ivanova"],
      ["Mark Petrov", "Marko Petrov"],
    ];
    for (const [x, y] of apart) expect(discoveredKey(x!), `${x} / ${y}`).not.toBe(discoveredKey(y!));
  });
});

describe("keyDiscoveredByLabel", () => {
  it("keys discovered nodes by the slug of their label and renames them in the interactions, pair order and speaker included", () => {
    const nodes = new Map([
      ["biden", node("Joe Biden", true)],
      ["iuri-bashmet", node("Yury Bashmet")],
      ["jane-doe", node("Jane Doe")],
    ]);
    const before = [raw("biden", "iuri-bashmet", { speaker: "iuri-bashmet" }), raw("biden", "jane-doe")];
    const copy = structuredClone(before);
    const out = keyDiscoveredByLabel(nodes, before);
    expect([...out.nodes.keys()]).toEqual(["biden", "yury-bashmet", "jane-doe"]);
    // "biden" < "yury-bashmet" either way; a rename that changes the order swaps the pair.
    expect(out.interactions[0]).toMatchObject({ a: "biden", b: "yury-bashmet", speaker: "yury-bashmet" });
    expect(out.interactions[1]).toBe(before[1]);
    expect(before).toEqual(copy);
    const swapped = keyDiscoveredByLabel(new Map([["aa-folded", node("Zz Label")], ["mm", node("Mm", true)]]), [raw("aa-folded", "mm")]);
    expect(swapped.interactions[0]).toMatchObject({ a: "mm", b: "zz-label" });
  });

  it("leaves known actors alone, and a key whose slug is already taken as it was", () => {
    const nodes = new Map([
      ["putin", node("Vladimir Putin", true)],
      ["x-folded", node("Jane Doe")],
      ["jane-doe", node("Jane Doe-Smith")],
    ]);
    const out = keyDiscoveredByLabel(nodes, []);
    expect([...out.nodes.keys()]).toEqual(["putin", "x-folded", "jane-doe-smith"]);
  });
});

describe("one person spelt two ways", () => {
  const articles: Article[] = [
    { id: "a1", title: "", date: "2022-02-15", url: null, source: "a1.txt", text: "Joe Biden met conductor Yury Bashmet in Moscow. Yury Bashmet thanked him." },
    { id: "a2", title: "", date: "2022-03-01", url: null, source: "a2.txt", text: "Conductor Yuri Bashmet spoke with Joe Biden." },
    { id: "a3", title: "", date: "2022-03-02", url: null, source: "a3.txt", text: "Conductor Yuri Bashmet met Joe Biden. Later Yury Bashmet left." },
  ];
  const results = articles.map((a) => processArticle(a, testIndex));

  it("is one node across articles and within one, keyed by the first article's spelling, with exact counts", () => {
    const g = assembleGraph(results, [], testIndex, { weights: DEFAULT_WEIGHTS });
    const bashmet = g.nodes.filter((n) => n.attributes.label.endsWith("Bashmet"));
    expect(bashmet.map((n) => n.key)).toEqual(["yury-bashmet"]);
    expect(bashmet[0]!.attributes).toMatchObject({ label: "Yury Bashmet", articles: 3, mentions: 5, firstSeen: "2022-02-15", lastSeen: "2022-03-02" });
    expect(bashmet[0]!.attributes.aliases).toContain("Yuri Bashmet");
    expect(g.edges.map((e) => e.key)).toEqual(["biden--yury-bashmet"]);
    expect(g.edges[0]!.attributes.meetings).toBeGreaterThanOrEqual(2);
  });

  it("gives the same bytes when a run folds the articles in one by one, in any order", () => {
    const whole = JSON.stringify(assembleGraph(results, [], testIndex, { weights: DEFAULT_WEIGHTS }));
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0]]) {
      const acc = new GraphAccumulator(testIndex);
      for (const i of order) acc.add(digestArticle(processArticle(articles[i]!, testIndex)));
      expect(JSON.stringify(acc.finish([], { weights: DEFAULT_WEIGHTS }))).toBe(whole);
    }
  });
});
