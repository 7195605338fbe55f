import { describe, expect, it } from "vitest";
import type { LocalMention } from "./sentence.js";
import { turnLabel } from "./turns.js";

function mention(text: string, surface: string, actor: string): LocalMention {
  const start = text.indexOf(surface);
  return { actor, start, end: start + surface.length };
}

describe("turnLabel", () => {
  it("reads a label with a title, and where the turn's words begin", () => {
    const text = "President of Russia Vladimir Putin: Mr Lavrov, please.";
    expect(turnLabel(text, [mention(text, "Vladimir Putin", "putin"), mention(text, "Lavrov", "lavrov")])).toEqual({ actor: "putin", from: 35 });
    const dash = "Deputy Prime Minister – Chief of the Government Staff Dmitry Grigorenko: Thank you.";
    expect(turnLabel(dash, [mention(dash, "Dmitry Grigorenko", "grigorenko")])?.actor).toBe("grigorenko");
  });

  it("reads a label that names no actor as the end of the turn before it", () => {
    expect(turnLabel("Question(retranslated): Good afternoon.", [])).toEqual({ actor: null, from: 23 });
    expect(turnLabel("Remark: Thank you.", [])).toEqual({ actor: null, from: 7 });
  });

  it("reads a label after a release's asterism and its heading", () => {
    const text = "* * * The President's opening remarks at the meeting President of Russia Vladimir Putin: Colleagues, good afternoon.";
    expect(turnLabel(text, [mention(text, "Vladimir Putin", "putin")])?.actor).toBe("putin");
  });

  it("reads the Kremlin's labels that repeat the title, or run on into an ellipsis or a transcriber's note", () => {
    const twice = "Presidential Plenipotentiary Envoy to the Central Federal District Igor Shchegolev Shchegolev IgorPresidential Plenipotentiary Envoy to the Central Federal District : Mr President, members.";
    expect(turnLabel(twice, [mention(twice, "Igor Shchegolev", "shchegolev")])?.actor).toBe("shchegolev");
    const cut = "Alexander Lukashenko:…but they do not need it, do you see?";
    expect(turnLabel(cut, [mention(cut, "Alexander Lukashenko", "lukashenko")])).toEqual({ actor: "lukashenko", from: 21 });
    const note = "Vladimir Putin:(replying to a question from Andrei Abramov) First of all, thank you.";
    expect(turnLabel(note, [mention(note, "Vladimir Putin", "putin"), mention(note, "Andrei Abramov", "abramov")])).toEqual({ actor: "putin", from: 15 });
  });

  it("names no speaker for a label whose name does not end it and is not repeated", () => {
    const headline = 'Ned Price on the Black Sea: "The door to diplomacy remains open"';
    expect(turnLabel(headline, [mention(headline, "Ned Price", "price")])?.actor).toBeNull();
  });

  it("reads no label in a sentence that merely holds a colon", () => {
    const said = "Vladimir Putin said: we are ready.";
    expect(turnLabel(said, [mention(said, "Vladimir Putin", "putin")])).toBeUndefined();
    const told = "He told Sergey Lavrov: do it.";
    expect(turnLabel(told, [mention(told, "Sergey Lavrov", "lavrov")])).toBeUndefined();
    expect(turnLabel("The meeting begins at 10:30 in Moscow.", [])).toBeUndefined();
    expect(turnLabel("The agenda includes: trade and energy.", [])).toBeUndefined();
    expect(turnLabel("Nothing to see here.", [])).toBeUndefined();
  });
});
