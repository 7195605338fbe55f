import { describe, expect, it } from "vitest";
import { prepareArticle } from "./prepare.js";

describe("prepareArticle", () => {
  it("matches title + blank line + body, the title a sentence of its own, normalised with originals", () => {
    const p = prepareArticle({
      id: "004",
      title: "US \u0421ancelled Meeting With Russian Foreign Minister",
      date: "2022-02-23",
      url: null,
      source: "004.txt",
      text: "The US Secretary of State said that the meeting will not happen.\u00a0\n\nPicture: RBC",
    });
    expect(p.original.startsWith("US \u0421ancelled Meeting With Russian Foreign Minister\n\nThe US")).toBe(true);
    expect(p.sentences.map((s) => s.text)).toEqual([
      "US Cancelled Meeting With Russian Foreign Minister",
      "The US Secretary of State said that the meeting will not happen.",
      "Picture: RBC",
    ]);
    expect(p.sentences[0]!.original).toBe("US \u0421ancelled Meeting With Russian Foreign Minister");
    expect(p.norm.toOriginal(p.norm.text.length)).toBe(p.original.length);
  });

  it("uses the body alone when there is no title", () => {
    const p = prepareArticle({ id: "a", title: "", date: null, url: null, source: "a", text: "One. Two." });
    expect(p.original).toBe("One. Two.");
    expect(p.sentences).toHaveLength(2);
  });
});
