import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parsePlainText } from "./plain-text.js";

const SEEDS = resolve(import.meta.dirname, "../../../graph-data/articles");
const read = (name: string) => {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(name))!;
  const id = file.replace(/\.txt$/, "");
  return parsePlainText(readFileSync(join(SEEDS, file), "utf8"), `graph-data/articles/${file}`, id);
};

describe("the seed articles", () => {
  it("layout (a): ' date YYYY-MM-DD' with the text going on on the same line", () => {
    const r = read("000");
    expect(r.skipped).toEqual([]);
    const a = r.articles[0]!;
    expect(a).toMatchObject({ id: "000_bb64021bfa0a67f9", title: "", date: "2021-11-03", url: null, source: "graph-data/articles/000_bb64021bfa0a67f9.txt" });
    expect(a.text.startsWith("Ukrainian President Volodymyr Zelenskyy")).toBe(true);
    expect(read("001").articles[0]!.date).toBe("2021-12-07");
    expect(read("002").articles[0]!.date).toBe("2021-04-10");
  });

  it("layout (b): title, YYYYMMDD, URL; the header date wins over dates in the text", () => {
    const a = read("003").articles[0]!;
    expect(a.title).toBe("Blinken accepts invitation to meet Lavrov late next week if Russia does not invade Ukraine");
    expect(a.date).toBe("2022-02-11");
    expect(a.url).toMatch(/^https:\/\/www\.russiaherald\.com\/news\/272310129\//);
    expect(a.text.startsWith("Taking to Twitter, State Department's Spokesperson Ned Price")).toBe(true);
  });

  it("layout (c): title, text, 'Ru-Main, 23.02.2022', boilerplate removed", () => {
    const r = read("004");
    const a = r.articles[0]!;
    expect(a.title).toBe("US \u0421ancelled Meeting With Russian Foreign Minister"); // Cyrillic С kept as read
    expect(a.date).toBe("2022-02-23");
    expect(a.text.startsWith("The US Secretary of State Anthony Blinken")).toBe(true);
    expect(a.text.trimEnd().endsWith("ensure safety around the world.")).toBe(true);
    for (const junk of ["Ru-Main", "Source: Interfax", "Related Posts", "Leave a Reply", "Your email address"]) {
      expect(a.text).not.toContain(junk);
    }
    expect(r.warnings).toEqual([]);
  });
});

describe("web-page lines after the closing line", () => {
  it("are left out, and the closing line still dates the article", () => {
    const page = "Talks in Geneva\n\nThe two ministers met.\n\nKyiv Post, 03.02.2022\nSource: Russia Herald \n\nShare this article\n\nSubscribe to our newsletter\n\nFollow us on Telegram\n";
    const r = parsePlainText(page, "x.txt", "x");
    expect(r.articles[0]).toMatchObject({ title: "Talks in Geneva", date: "2022-02-03", text: "The two ministers met." });
    expect(r.warnings).toEqual([]);
  });
});

describe("other plain text", () => {
  it("keeps an article with no date, with a warning", () => {
    const r = parsePlainText("Talks in Geneva\n\nThe two ministers met.\n", "x.txt", "x");
    expect(r.articles[0]).toMatchObject({ id: "x", title: "Talks in Geneva", date: null, text: "The two ministers met." });
    expect(r.warnings).toEqual(["x.txt: no date found; the article is kept with no date"]);
    expect(r.records).toBe(1);
  });

  it("does not take a first paragraph for a title", () => {
    const r = parsePlainText("The two ministers met on Monday.\n\nThey talked.", "x.txt", "x");
    expect(r.articles[0]!.title).toBe("");
    expect(r.articles[0]!.text).toBe("The two ministers met on Monday.\n\nThey talked.");
  });

  it("skips an impossible header date, an empty file, and a header with no text", () => {
    expect(parsePlainText(" date 2021-02-30 Text.", "a.txt", "a").skipped).toEqual([{ source: "a.txt", reason: "impossible date 2021-02-30" }]);
    expect(parsePlainText("T\n20211301\nhttps://x.org/a\nText", "b.txt", "b").skipped[0]!.reason).toBe("impossible date 20211301");
    expect(parsePlainText("  \n\n", "c.txt", "c").skipped).toEqual([{ source: "c.txt", reason: "empty file" }]);
    expect(parsePlainText(" date 2021-01-02\n", "d.txt", "d").skipped[0]!.reason).toBe("no article text");
  });

  it("reads CRLF files and a BOM", () => {
    const r = parsePlainText("\ufeffTitle here\r\n20220211\r\nhttps://x.org/a\r\nBody text.\r\n", "e.txt", "e");
    expect(r.articles[0]).toMatchObject({ title: "Title here", date: "2022-02-11", url: "https://x.org/a", text: "Body text.\r\n" });
  });
});
