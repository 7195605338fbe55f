import { describe, expect, it } from "vitest";
import type { ArticleResult } from "../../shared/types.js";
import { prepareArticle } from "../prepare.js";
import { collectActors } from "./collect.js";
import { findActors } from "./find.js";
import { article, testIndex } from "./test-gazetteer.js";

function result(id: string, date: string, text: string): ArticleResult {
  const a = { ...article(text, date), id };
  const { mentions, discovered } = findActors(prepareArticle(a), testIndex);
  return { article: { id, title: "", date, url: null, source: `${id}.txt` }, mentions, discovered, interactions: [] };
}

describe("collectActors", () => {
  const results = [
    result("b", "2022-02-20", "Anthony Blinken met Deputy Foreign Minister Alexander Grushko of Russia. Blinken left."),
    result("a", "2022-01-10", "US Secretary of State Antony Blinken called Russian Deputy Foreign Minister Alexander Grushko."),
  ];
  const nodes = collectActors(results, testIndex);

  it("makes one node per person across articles, in key order", () => {
    expect([...nodes.keys()]).toEqual(["alexander-grushko", "blinken"]);
  });

  it("describes gazetteer people from the gazetteer, with the surface forms seen", () => {
    expect(nodes.get("blinken")).toEqual({
      label: "Antony Blinken",
      aliases: ["Anthony Blinken", "Blinken"],
      affiliation: "US",
      roles: [{ title: "US Secretary of State", from: "2021-01-26" }],
      known: true,
      mentions: 3,
      articles: 2,
      firstSeen: "2022-01-10",
      lastSeen: "2022-02-20",
    });
  });

  it("merges a discovered person across articles, keeping roles and the first affiliation", () => {
    expect(nodes.get("alexander-grushko")).toEqual({
      label: "Alexander Grushko",
      aliases: [],
      affiliation: "RU",
      roles: [{ title: "Deputy Foreign Minister" }, { title: "Russian Deputy Foreign Minister" }],
      known: false,
      mentions: 2,
      articles: 2,
      firstSeen: "2022-01-10",
      lastSeen: "2022-02-20",
    });
  });

  it("gives the same bytes whatever order the results come in", () => {
    expect(JSON.stringify([...collectActors([...results].reverse(), testIndex)])).toBe(JSON.stringify([...nodes]));
  });
});
