import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { flatString } from "./flat-string.js";

// V8's own test of a string's representation: two strings of the same map are the same kind
// (sequential, a view, a rope; one-byte or two-byte). Functions compiled after the flag is set may use it.
setFlagsFromString("--allow-natives-syntax");
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: string, b: string) => boolean;
// Sequential strings, one-byte and two-byte: join copies two pieces into a new string.
const ONE_BYTE = ["Sergei ", "Lavrov"].join("");
const TWO_BYTE = ["Recep ", "Erdoğan"].join("");

describe("flatString", () => {
  it("joins the pieces, empty ones included", () => {
    expect(flatString("Title", "\n\n", "Body text.")).toBe("Title\n\nBody text.");
    expect(flatString("", "only this piece")).toBe("only this piece");
    expect(flatString("")).toBe("");
    expect(flatString("ab")).toBe("ab");
    expect(flatString()).toBe("");
  });

  it("copies a view into a longer string into a sequential string", () => {
    const chunk = `${"header,".repeat(20)}Sergei Lavrov met Antony Blinken in Geneva on Friday.`;
    const view = chunk.slice(140);
    expect(sameMap(view, ONE_BYTE)).toBe(false);
    const flat = flatString(view);
    expect(flat).toBe(view);
    expect(sameMap(flat, ONE_BYTE)).toBe(true);
  });

  it("copies a rope, and two-byte text, into a sequential string", () => {
    const rope = `${"Recep Tayyip Erdoğan spoke. ".repeat(3)}${String(Math.random())}`;
    expect(sameMap(rope, TWO_BYTE)).toBe(false);
    const flat = flatString("", rope, "");
    expect(flat).toBe(rope);
    expect(sameMap(flat, TWO_BYTE)).toBe(true);
  });
});
