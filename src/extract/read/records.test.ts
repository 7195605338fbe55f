import { describe, expect, it } from "vitest";
import { parseJsonDocument, parseJsonLines, recordToArticle } from "./records.js";

describe("recordToArticle", () => {
  it("reads the field aliases, the summary before the body, and keeps the date of a timestamp", () => {
    const r = recordToArticle(
      { link: "http://k.ru/1", headline: "Talks", published: "2022-06-24T17:30:00Z", summary: "Short.", body: "Long body." },
      { source: "p.csv:1", fallbackId: "p:1" },
    );
    expect(r).toEqual({
      article: { id: "p:1", title: "Talks", date: "2022-06-24", url: "http://k.ru/1", source: "p.csv:1", text: "Short.\n\nLong body." },
      warnings: [],
    });
  });

  it("prefers the record's own id, matches field names in any case, and reads numbers", () => {
    const r = recordToArticle({ ID: 42, Title: "T", Publish_Date: "2021-01-02", Content: "Text." }, { source: "s", fallbackId: "f" });
    expect(r).toMatchObject({ article: { id: "42", title: "T", date: "2021-01-02", text: "Text." } });
  });

  it("skips a record with no text or an impossible date; warns on no date", () => {
    expect(recordToArticle({ title: "T", text: "  " }, { source: "s", fallbackId: "f" })).toMatchObject({ skipped: { source: "s", reason: expect.stringContaining("no text") } });
    expect(recordToArticle({ text: "x", date: "2021-02-30" }, { source: "s", fallbackId: "f" })).toMatchObject({ skipped: { reason: "impossible date 2021-02-30" } });
    expect(recordToArticle("just a string", { source: "s", fallbackId: "f" })).toMatchObject({ skipped: { reason: expect.stringContaining("not a record") } });
    const r = recordToArticle({ text: "x" }, { source: "s", fallbackId: "f" });
    expect(r).toMatchObject({ article: { date: null }, warnings: ["s: no date; the article is kept with no date"] });
  });
});

describe("JSON documents and JSON Lines", () => {
  it("an array: ids from the records, else '<file name>:<n>'; sources with ':n'", () => {
    const r = parseJsonDocument(JSON.stringify([{ id: "a", text: "x", date: "2021-01-01" }, { text: "y", date: "2021-01-02" }]), "in/f.json", "f");
    expect(r.articles.map((a) => [a.id, a.source])).toEqual([["a", "in/f.json:1"], ["f:2", "in/f.json:2"]]);
    expect(r.records).toBe(2);
  });

  it("one record: the file name is the id when the record has none, the path the source", () => {
    const r = parseJsonDocument('{"text":"x","date":"2021-01-01"}', "in/one.json", "one");
    expect(r.articles[0]).toMatchObject({ id: "one", source: "in/one.json" });
  });

  it("malformed JSON and an empty array are one skip each", () => {
    expect(parseJsonDocument("{oops", "f.json", "f")).toMatchObject({ skipped: [{ source: "f.json", reason: expect.stringContaining("malformed JSON") }], records: 1 });
    expect(parseJsonDocument("[]", "f.json", "f").skipped).toHaveLength(1);
  });

  it("JSON Lines: a malformed line is skipped, blank lines are not records, the rest is read", () => {
    const r = parseJsonLines('{"text":"a","date":"2021-01-01"}\n\n{bad\n{"id":"z","text":"c","date":"2021-01-03"}\n', "f.jsonl", "f");
    expect(r.articles.map((a) => a.id)).toEqual(["f:1", "z"]);
    expect(r.skipped).toEqual([{ source: "f.jsonl:2", reason: expect.stringContaining("malformed JSON") }]);
    expect(r.records).toBe(3);
  });
});
