import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { generateArticles, LAYOUTS, surname } from "../../src/generate/generate.js";
import type { GazetteerPerson } from "../../src/shared/types.js";
import { loadGazetteer, FIXTURE_GAZETTEER } from "./gazetteer.js";
import { writeCorpus } from "../../src/generate/write.js";
import { parsePlainText } from "../../src/extract/read/plain-text.js";
import { weekday } from "../../src/generate/dates.js";

const { gazetteer } = loadGazetteer(FIXTURE_GAZETTEER);
const options = { seed: 42, count: 300, layouts: LAYOUTS };

describe("generateArticles", () => {
  it("gives the same articles for the same seed, and others for another seed", () => {
    const a = [...generateArticles(gazetteer, options)];
    const b = [...generateArticles(gazetteer, options)];
    const c = [...generateArticles(gazetteer, { ...options, seed: 43 })];
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it("records as truth only sentences the article contains, between gazetteer people", () => {
    const keys = new Set(gazetteer.people.map((p) => p.key));
    let facts = 0;
    for (const { article, truth } of generateArticles(gazetteer, options)) {
      for (const t of truth) {
        facts++;
        expect(article.text).toContain(t.sentence);
        expect(keys.has(t.a) && keys.has(t.b) && t.a < t.b).toBe(true);
        if (t.type === "statement") expect([t.a, t.b]).toContain(t.speaker);
        if (t.type === "meeting") expect(t.modality).toBeDefined();
      }
    }
    expect(facts).toBeGreaterThan(options.count);
  });

  it("casts no one on a day after their death, and no one dead before the first day at all", () => {
    const [top, second] = gazetteer.people;
    const people = [{ ...top!, died: "2022-01-01" }, { ...second!, died: "1900-01-01" }, ...gazetteer.people.slice(2)];
    let before = 0;
    for (const { article, truth } of generateArticles({ ...gazetteer, people }, options)) {
      const cast = truth.flatMap((t) => [t.a, t.b]);
      expect(cast).not.toContain(second!.key);
      if (article.date! >= "2022-01-01") expect(cast).not.toContain(top!.key);
      else if (cast.includes(top!.key)) before++;
    }
    expect(before).toBeGreaterThan(10);
  });

  it("dates a meeting said to be 'on <weekday>' on that weekday, before the article", () => {
    let checked = 0;
    for (const { article, truth } of generateArticles(gazetteer, options)) {
      for (const t of truth) {
        const m = / on (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\.$/.exec(t.sentence);
        if (t.modality !== "occurred" || !m) continue;
        expect(weekday(t.date)).toBe(m[1]);
        expect(t.date < article.date).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("dates plans and cancellations after the article, denials and occurred meetings before or on it", () => {
    const seen = new Set<string>();
    for (const { article, truth } of generateArticles(gazetteer, { ...options, count: 2000 })) {
      for (const t of truth) {
        if (t.type !== "meeting") continue;
        seen.add(t.modality!);
        if (t.modality === "planned" || t.modality === "proposed" || t.modality === "cancelled") expect(t.date > article.date).toBe(true);
        else expect(t.date <= article.date).toBe(true);
      }
    }
    expect([...seen].sort()).toEqual(["cancelled", "denied", "occurred", "planned", "proposed"]);
  });

  it("names people near the top of the gazetteer more often, as news does", () => {
    const count = new Map<string, number>();
    for (const { truth } of generateArticles(gazetteer, options)) for (const t of truth) for (const k of [t.a, t.b]) count.set(k, (count.get(k) ?? 0) + 1);
    const first = gazetteer.people[0]!.key;
    const last = gazetteer.people[gazetteer.people.length - 1]!.key;
    expect(count.get(first) ?? 0).toBeGreaterThan(count.get(last) ?? 0);
  });

  it("draws every layout it is given", () => {
    const seen = new Set([...generateArticles(gazetteer, options)].map((i) => i.article.layout));
    expect([...seen].sort()).toEqual([...LAYOUTS].sort());
  });
});

describe("writeCorpus", () => {
  it("writes the three text layouts, JSONL and CSV that read back to the same articles, and the truth sidecar", async () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-test-"));
    try {
      const summary = await writeCorpus(dir, gazetteer, { ...options, shardSize: 40 });
      const items = [...generateArticles(gazetteer, options)];
      const byId = new Map(items.map((i) => [i.article.id, i.article]));
      const txt = readdirSync(join(dir, "articles"));
      for (const name of txt) {
        const text = readFileSync(join(dir, "articles", name), "utf8");
        const a = byId.get(name.replace(/\.txt$/, ""))!;
        if (a.layout === "dated") expect(text.startsWith(` date ${a.date} `)).toBe(true);
        if (a.layout === "header") expect(text.split("\n").slice(0, 3)).toEqual([a.title, a.date.replaceAll("-", ""), a.url]);
        if (a.layout === "footer") expect(text).toContain(`, ${a.date.slice(8, 10)}.${a.date.slice(5, 7)}.${a.date.slice(0, 4)}\n`);
        // And the extractor's reader finds the date in every layout, with nothing to warn about.
        const read = parsePlainText(text, name, a.id);
        expect(read.warnings).toEqual([]);
        expect(read.articles[0]!.date).toBe(a.date);
      }
      const files = readdirSync(dir);
      const jsonl = files.filter((f) => f.endsWith(".jsonl")).flatMap((f) =>
        readFileSync(join(dir, f), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; text: string }),
      );
      for (const r of jsonl) expect(r.text).toBe(byId.get(r.id)!.text);
      const csv = files.filter((f) => f.endsWith(".csv")).flatMap((f) => parse(readFileSync(join(dir, f)), { columns: true }) as Record<string, string>[]);
      for (const r of csv) expect(r.body!.replaceAll("\n", "\n\n")).toBe(byId.get(r.link!.split("/").pop()!)!.text);
      expect(txt.length + jsonl.length + csv.length).toBe(options.count);
      expect(summary.files).toBe(txt.length + files.filter((f) => /\.(jsonl|csv)$/.test(f)).length);
      const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as { interactions: { source: string }[] };
      expect(truth.interactions.length).toBe(items.reduce((n, i) => n + i.truth.length, 0));
      expect(truth.interactions.length).toBe(summary.interactions);
      expect(truth.interactions.every((t) => /^(articles\/.+\.txt|articles-\d{3}\.(jsonl|csv):\d+)$/.test(t.source))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("puts the truth sidecar where truthPath says, outside the corpus the extractor reads", async () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-test-"));
    try {
      const corpus = join(dir, "corpus");
      const summary = await writeCorpus(corpus, gazetteer, { ...options, count: 20, truthPath: join(dir, "truth.json") });
      expect(readdirSync(corpus)).not.toContain("truth.json");
      const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as { interactions: unknown[] };
      expect(truth.interactions.length).toBe(summary.interactions);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("surname", () => {
  const person = (name: string, affiliation: string): GazetteerPerson => ({ key: "k", name, aliases: [], affiliation, offices: [] });

  it("is the last word, with the particles before it, the first word of a Chinese or Korean name, and a regnal name in full", () => {
    expect(surname(person("Sergey Lavrov", "RU"))).toBe("Lavrov");
    expect(surname(person("Bruno Le Maire", "FR"))).toBe("Le Maire");
    expect(surname(person("Ursula von der Leyen", "DE"))).toBe("von der Leyen");
    expect(surname(person("Xi Jinping", "CN"))).toBe("Xi");
    expect(surname(person("Moon Jae-in", "KR"))).toBe("Moon");
    expect(surname(person("Queen Elizabeth II", "GB"))).toBe("Queen Elizabeth II");
    expect(surname(person("Nguyen Xuan Phuc", "VN"))).toBe("Phuc");
  });
});
