// Accuracy on the five hand-annotated seed articles, with the real gazetteer.
// Skipped where ../shared (the annotation) is not present.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseGazetteer } from "../gazetteer.js";
import { processArticle } from "../pipeline.js";
import { parsePlainText } from "../read/plain-text.js";
import { buildActorIndex } from "./actor-index.js";
import { collectActors } from "./collect.js";
import { matchGold, type SeedGold } from "../../eval/actors.js";
import { discoveredKey } from "./names.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const SHARED = resolve(ROOT, "../shared");
const GOLD = resolve(SHARED, "gold/seeds.gold.json");
const GAZETTEER = resolve(ROOT, "graph-data/gazetteer.yaml");

const PRESENT = existsSync(GOLD) && existsSync(GAZETTEER);

// Vitest still runs a skipped describe's body to collect its tests: read nothing when absent.
describe.skipIf(!PRESENT)("seed articles against the gold annotation", () => {
  if (!PRESENT) {
    it("needs ../shared", () => {});
    return;
  }
  const gold = JSON.parse(readFileSync(GOLD, "utf8")) as SeedGold;
  const index = buildActorIndex(parseGazetteer(readFileSync(GAZETTEER, "utf8"), GAZETTEER));
  const results = Object.keys(gold.articles)
    .sort()
    .map((id) => {
      const path = resolve(SHARED, "corpus/seeds", `${id}.txt`);
      return processArticle(parsePlainText(readFileSync(path, "utf8"), path, id).articles[0]!, index);
    });
  const nodes = collectActors(results, index);
  const names = new Map([...nodes].map(([k, n]) => [k, { label: n.label, aliases: n.aliases, affiliation: n.affiliation }]));
  const goldByKey = new Map(Object.values(gold.actors).map((a) => [a.key, a]));

  for (const r of results) {
    const id = r.article.id;
    it(`${id}: finds every gold actor as the right person with the right affiliation, and nobody else`, () => {
      const matched = matchGold(r, gold, names);
      const found = new Map([...matched].filter(([, g]) => g !== null).map(([k, g]) => [g!, k]));
      for (const want of gold.articles[id]!.actors) {
        expect(found.has(want), `${want} found`).toBe(true);
        const node = nodes.get(found.get(want)!)!;
        expect(node.affiliation, `${want} affiliation`).toBe(goldByKey.get(want)!.affiliation);
      }
      // No spurious actors: every actor found is a gold actor of this article. Nothing is allowed beyond them
      // (the 2015 "leaders of France, Germany, Russia, and Ukraine" in 003 are left unresolved on purpose).
      const extra = [...matched].filter(([, g]) => g === null || !gold.articles[id]!.actors.includes(g)).map(([k]) => k);
      expect(extra).toEqual([]);
    });
  }

  it("never takes photographers for actors", () => {
    const labels = [...nodes.values()].flatMap((n) => [n.label, ...n.aliases]);
    for (const name of gold.notPoliticalActors) expect(labels).not.toContain(name);
  });

  it("reads the key seed cases: Zhen Zaki, the head of the Pentagon, Brittany Stewart", () => {
    const byId = new Map(results.map((r) => [r.article.id, r]));
    const a001 = byId.get("001_fbf9a5a2e21661a2")!;
    expect(a001.mentions.find((m) => m.surface === "Zhen Zaki")?.actor).toBe("psaki");
    const a000 = byId.get("000_bb64021bfa0a67f9")!;
    expect(a000.mentions.find((m) => m.surface === "the head of the Pentagon")?.actor).toBe("austin");
    expect(a000.mentions.filter((m) => m.via === "anaphor").map((m) => [m.surface, m.actor])).toEqual(
      expect.arrayContaining([["He", "lavrov"], ["He", "klimkin"], ["He", "peskov"]]),
    );
    const stewart = nodes.get(discoveredKey("Brittany Stewart"));
    expect(stewart).toMatchObject({ label: "Brittany Stewart", known: false, affiliation: "US" });
    const a002 = byId.get("002_d8f5a990ccd71f66")!;
    expect(a002.mentions.find((m) => m.surface === "The diplomat")?.actor).toBe("ryabkov");
  });
});
