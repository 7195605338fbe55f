import { describe, expect, it } from "vitest";
import { detach, detacher } from "./detach.js";

describe("detach", () => {
  it("returns an equal string, and one copy per distinct string", () => {
    const text = "The talks in Geneva lasted four hours. Putin met Biden.";
    const a = text.slice(0, 38);
    expect(detach(a)).toBe(a);
    expect(detach("short")).toBe("short");
    const keep = detacher();
    expect(keep(a)).toBe(a);
    expect(keep(text.slice(0, 38))).toBe(keep(a));
  });
});
