// Full pipeline over graph-data/articles against the hand annotation in
// ../shared/gold/seeds.gold.json (see its ANNOTATION.md).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlainText } from "../read/plain-text.js";
import { parseGazetteer } from "../gazetteer.js";
import { buildActorIndex } from "../actors/index.js";
import { assembleGraph, processArticle } from "../pipeline.js";
import { DEFAULT_WEIGHTS, type GraphFile, type Interaction } from "../../shared/types.js";
import { daysBetween } from "../dates/resolve.js";
import type { GoldRelation } from "../../eval/meetings.js";

const GOLD = "../shared/gold/seeds.gold.json";
const ARTICLES = "graph-data/articles";


function buildSeedGraph(): GraphFile {
  const index = buildActorIndex(parseGazetteer(readFileSync("graph-data/gazetteer.yaml", "utf8"), "graph-data/gazetteer.yaml"));
  const results = readdirSync(ARTICLES)
    .sort()
    .flatMap((f) => parsePlainText(readFileSync(`${ARTICLES}/${f}`, "utf8"), `${ARTICLES}/${f}`, f.replace(/\.txt$/, "")).articles)
    .map((a) => processArticle(a, index));
  return assembleGraph(results, [], index, { weights: DEFAULT_WEIGHTS });
}

function interactionsOf(g: GraphFile, a: string, b: string): Interaction[] {
  const key = a < b ? `${a}--${b}` : `${b}--${a}`;
  return g.edges.find((e) => e.key === key)?.attributes.interactions ?? [];
}

export function matches(i: Interaction, r: GoldRelation): boolean {
  if (i.type !== r.type) return false;
  if (r.modality && !(Array.isArray(r.modality) ? r.modality : [r.modality]).includes(i.modality ?? "")) return false;
  if (r.channel && i.channel !== r.channel) return false;
  if (r.speaker && i.speaker !== r.speaker) return false;
  if (r.date && (!i.date || Math.abs(daysBetween(r.date, i.date)) > (r.tolerance ?? 0))) return false;
  return i.evidence.some((e) => e.article === r.article);
}

describe.skipIf(!existsSync(GOLD) || !existsSync(ARTICLES))("seed articles against the gold annotation", () => {
  const gold = existsSync(GOLD) ? (JSON.parse(readFileSync(GOLD, "utf8")) as { relations: GoldRelation[] }) : { relations: [] };
  const graph = existsSync(GOLD) ? buildSeedGraph() : undefined;

  for (const r of gold.relations) {
    it(`finds ${r.type} ${r.pair.join("–")} (${[r.modality, r.channel, r.speaker, r.date].filter(Boolean).join(", ")}) in ${r.article.slice(0, 3)}`, () => {
      const found = interactionsOf(graph!, r.pair[0], r.pair[1]);
      expect(found.some((i) => matches(i, r)), JSON.stringify(found, null, 1)).toBe(true);
    });
  }

  it("finds exactly the occurred meetings of the annotation, no more", () => {
    const want = gold.relations.filter((r) => r.type === "meeting" && (Array.isArray(r.modality) ? r.modality.includes("occurred") : r.modality === "occurred"));
    const wantPairs = new Set(want.map((r) => [...r.pair].sort().join("--")));
    const got = graph!.edges.flatMap((e) => e.attributes.interactions.filter((i) => i.type === "meeting" && i.modality === "occurred").map((i) => ({ key: e.key ?? "", i })));
    for (const { key, i } of got) {
      expect(wantPairs.has(key), `unexpected occurred meeting ${key} on ${i.date}: ${i.evidence[0]?.sentence}`).toBe(true);
      expect(
        want.some((r) => [...r.pair].sort().join("--") === key && matches(i, r)),
        `occurred meeting ${key} on ${i.date} matches no gold relation`,
      ).toBe(true);
    }
    const occurredCount = (key: string) => got.filter((g) => g.key === key).length;
    expect(occurredCount("austin--taran")).toBe(2);
    expect(occurredCount("blinken--lavrov")).toBe(1);
  });

  it("Blinken–Lavrov: one meeting in Stockholm with two pieces of evidence, one cancelled meeting planned in 003 and cancelled in 004", () => {
    const bl = interactionsOf(graph!, "blinken", "lavrov").filter((i) => i.type === "meeting");
    const occurred = bl.filter((i) => i.modality === "occurred");
    expect(occurred).toHaveLength(1);
    expect(occurred[0]!.date).toBe("2021-12-02");
    expect(occurred[0]!.evidence).toHaveLength(2);
    const cancelled = bl.filter((i) => i.modality === "cancelled");
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]!.date).toBe("2022-02-24");
    const articles = new Set(cancelled[0]!.evidence.map((e) => e.article.slice(0, 3)));
    expect(articles.has("003") && articles.has("004")).toBe(true);
    expect(graph!.edges.find((e) => e.key === "blinken--lavrov")!.attributes.meetings).toBe(1);
  });

  it("contradicts no gold relation: no pair's meeting in the annotated window has a modality outside the annotation", () => {
    for (const r of gold.relations.filter((x) => x.type === "meeting" && x.date)) {
      const allowed = Array.isArray(r.modality) ? r.modality : [r.modality];
      const sameEvent = interactionsOf(graph!, r.pair[0], r.pair[1]).filter(
        (i) => i.type === "meeting" && i.date && Math.abs(daysBetween(r.date!, i.date)) <= (r.tolerance ?? 0) && i.evidence.some((e) => e.article === r.article),
      );
      for (const i of sameEvent) expect(allowed, `${r.pair.join("–")} ${i.date}`).toContain(i.modality);
    }
  });
});
