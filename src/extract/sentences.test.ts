import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalise } from "./normalise.js";
import { splitSentences } from "./sentences.js";

const split = (s: string) => splitSentences(normalise(s), s);
const texts = (s: string) => split(s).map((x) => x.text);

describe("splitSentences", () => {
  it("does not break after abbreviations, titles, initials or in decimals", () => {
    expect(texts("Mr. Biden met Dr. Smith and Gen. Milley in St. Petersburg on Dec. 7 at 10 a.m. with Lt. Col. Vindman. Then they left.")).toEqual([
      "Mr. Biden met Dr. Smith and Gen. Milley in St. Petersburg on Dec. 7 at 10 a.m. with Lt. Col. Vindman.",
      "Then they left.",
    ]);
    expect(texts("J. Biden and George W. Bush spoke of the U.S. Army and the U.K. Navy. It grew 3.5 per cent, No. 5 on the list.")).toEqual([
      "J. Biden and George W. Bush spoke of the U.S. Army and the U.K. Navy.",
      "It grew 3.5 per cent, No. 5 on the list.",
    ]);
    expect(texts("Mrs. Clinton vs. Trump. Feb. 24 came.")).toEqual(["Mrs. Clinton vs. Trump.", "Feb. 24 came."]);
  });

  it("ends a sentence after an abbreviation when a sentence-starting word follows", () => {
    expect(texts("He returned to the U.S. The talks ended. Apples, pears etc. They grew.")).toEqual([
      "He returned to the U.S.",
      "The talks ended.",
      "Apples, pears etc.",
      "They grew.",
    ]);
  });

  it("ends a sentence after an abbreviation that is no title when a transcript's speaker label follows", () => {
    // The Kremlin's transcripts run speaker after speaker with no line break between them.
    expect(texts("Was it Trump? Vladimir Putin: No. Valery Sanfirov: I see. It must have been George Bush Sr. Vladimir Putin: Precisely.")).toEqual([
      "Was it Trump?",
      "Vladimir Putin: No.",
      "Valery Sanfirov: I see.",
      "It must have been George Bush Sr.",
      "Vladimir Putin: Precisely.",
    ]);
    expect(texts("Energy, fertiliser, grain, etc. Vladimir Putin: Yes. Gazprom and Co. Dmitry Peskov: Thank you.")).toEqual([
      "Energy, fertiliser, grain, etc.",
      "Vladimir Putin: Yes.",
      "Gazprom and Co.",
      "Dmitry Peskov: Thank you.",
    ]);
  });

  it("ends a sentence at a transcript's cut before a speaker's label", () => {
    // Kremlin, 2022-01-26: the President's words after the cut had been one sentence with a minister's before it.
    expect(texts("We are keeping a close eye on the developments. <…> Vladimir Putin: Let us now turn to Mr Kozlov. Go ahead <…> and then <...> more.")).toEqual([
      "We are keeping a close eye on the developments. <...>",
      "Vladimir Putin: Let us now turn to Mr Kozlov.",
      "Go ahead <...> and then <...> more.",
    ]);
    // A label may run straight into a transcriber's note.
    expect(texts("That is basically it. <…> Vladimir Putin:(in response to the remarks) Thank you.")).toEqual([
      "That is basically it. <...>",
      "Vladimir Putin:(in response to the remarks) Thank you.",
    ]);
  });

  it("keeps a name after a title or an initial with its sentence, a colon after it or not", () => {
    expect(texts("He turned to Mr. Putin: the talks had to go on. George W. Bush: a life. Martin Luther King Jr. Boulevard is long.")).toEqual([
      "He turned to Mr. Putin: the talks had to go on.",
      "George W. Bush: a life.",
      "Martin Luther King Jr. Boulevard is long.",
    ]);
    expect(texts("The book by J.R.R. Tolkien: a saga. Sammy Davis Jr. sang. It was No. 1: the best.")).toEqual([
      "The book by J.R.R. Tolkien: a saga.",
      "Sammy Davis Jr. sang.",
      "It was No. 1: the best.",
    ]);
  });

  it("reads a long word with an inner stop as an abbreviation, and a long plain word as ending the sentence", () => {
    // Words longer than any listed abbreviation skip the lists, but not the inner-stop rule.
    expect(texts("See kremlin.ru. Putin met Biden. See kremlin.ru. The talks ended.")).toEqual([
      "See kremlin.ru. Putin met Biden.",
      "See kremlin.ru.",
      "The talks ended.",
    ]);
    expect(texts("They held negotiations. Putin met Biden. Messrs. Putin and Biden met. Approx. 5 came.")).toEqual([
      "They held negotiations.",
      "Putin met Biden.",
      "Messrs. Putin and Biden met.",
      "Approx. 5 came.",
    ]);
  });

  it("ends a sentence at a press release's asterism, which begins the next", () => {
    expect(texts("Taking part were Anton Vaino and Elvira Nabiullina. * * * President of Russia Vladimir Putin: Good afternoon.")).toEqual([
      "Taking part were Anton Vaino and Elvira Nabiullina.",
      "* * * President of Russia Vladimir Putin: Good afternoon.",
    ]);
    expect(texts("They spoke of African countries.*** President of Russia Vladimir Putin: Colleagues.")).toEqual([
      "They spoke of African countries.",
      "*** President of Russia Vladimir Putin: Colleagues.",
    ]);
    expect(texts("Reports were heard * * * The President's opening remarks")).toEqual(["Reports were heard", "* * * The President's opening remarks"]);
    // Not a footnote's star, nor two.
    expect(texts("The figure* is 5 ** and rising.")).toEqual(["The figure* is 5 ** and rising."]);
  });

  it("treats ellipses and double full stops as one end", () => {
    expect(texts("a mediator in this conflict.. Last Thursday, Blinken met Lavrov. He waited... Then he left.")).toEqual([
      "a mediator in this conflict..",
      "Last Thursday, Blinken met Lavrov.",
      "He waited...",
      "Then he left.",
    ]);
  });

  it("keeps closing quotes with their sentence and splits '?' and '!'", () => {
    expect(texts('He said "we will meet." Then he left! Did he? "Yes," the statement reads.')).toEqual([
      'He said "we will meet."',
      "Then he left!",
      "Did he?",
      '"Yes," the statement reads.',
    ]);
    expect(texts("reforms in Ukraine, \u201dthe statement reads. A day earlier")).toEqual(['reforms in Ukraine, "the statement reads.', "A day earlier"]);
  });

  it("splits at paragraph breaks and at a line break between paragraphs with no full stop", () => {
    expect(texts("Title line\n\nFirst paragraph without a stop\nSecond paragraph. More")).toEqual([
      "Title line",
      "First paragraph without a stop",
      "Second paragraph.",
      "More",
    ]);
  });

  it("joins hard-wrapped lines", () => {
    expect(texts("The minister said that the talks\nwould go on, and that\nthey mattered.")).toEqual(["The minister said that the talks\nwould go on, and that\nthey mattered."]);
  });

  it("the glued stray-full-stop case: the name stays with the sentence, the glued word starts the next", () => {
    const s = "Blinken spoke by telephone with the President of Ukraine. Volodymyr ZhelenskyTherefore, the decisions made by the two matter.";
    const out = split(s);
    expect(out.map((x) => x.text)).toEqual([
      "Blinken spoke by telephone with the President of Ukraine. Volodymyr Zhelensky",
      "Therefore, the decisions made by the two matter.",
    ]);
    expect(out[0]!.original).toBe("Blinken spoke by telephone with the President of Ukraine. Volodymyr Zhelensky");
    expect(out[1]!.original).toBe("Therefore, the decisions made by the two matter.");
  });

  it("gives each sentence its original text, trimmed", () => {
    const s = "  \u201cWe met\u00a0today.\u201d  Zelensky \u2013 \u0421ancelled. ";
    expect(split(s).map((x) => [x.text, x.original])).toEqual([
      ['"We met today."', "\u201cWe met\u00a0today.\u201d"],
      ["Zelensky - Cancelled.", "Zelensky \u2013 \u0421ancelled."],
    ]);
  });

  it("numbers sentences and gives offsets into the normalised text", () => {
    const n = normalise("One. Two.");
    const out = splitSentences(n, "One. Two.");
    expect(out.map((x) => [x.index, x.start, x.end])).toEqual([[0, 0, 4], [1, 5, 9]]);
  });
});

describe("splitSentences, for any text", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 400 }),
    fc.string({ unit: fc.constantFrom(..."aZ Mr U.S.?!\"'\n\n\u0000\u200f\u202e\u05d0\u0627😀\ud800\u201d".split("")), maxLength: 400 }),
  );

  it("never throws; sentences are in order, trimmed, and cover every non-space character", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const norm = normalise(s);
        const out = splitSentences(norm, s);
        let covered = 0;
        out.forEach((x, i) => {
          expect(x.index).toBe(i);
          expect(x.start).toBeGreaterThanOrEqual(covered);
          expect(x.end).toBeGreaterThan(x.start);
          expect(x.text).toBe(norm.text.slice(x.start, x.end));
          expect(x.text).toBe(x.text.trim());
          expect(s).toContain(x.original);
          expect(norm.text.slice(covered, x.start).trim()).toBe("");
          covered = x.end;
        });
        expect(norm.text.slice(covered).trim()).toBe("");
      }),
      { numRuns: 400 },
    );
  });

  it("copes with a very long line with no full stop", () => {
    const s = "word ".repeat(100_000);
    expect(split(s)).toHaveLength(1);
  });
});
