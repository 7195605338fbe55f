import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LABEL_GAP, labelStart } from "./label-place";

describe("labelStart", () => {
  it("puts a label right of its disc where it fits, as sigma does", () => {
    expect(labelStart(100, 5, 80, 800)).toBe(100 + 5 + LABEL_GAP);
    // Ending exactly at the edge still fits.
    expect(labelStart(712, 5, 80, 800)).toBe(720);
  });

  it("puts it left of the disc where it would run past the right edge", () => {
    expect(labelStart(713, 5, 80, 800)).toBe(713 - 5 - LABEL_GAP - 80);
  });

  it("when neither side fits, takes the side with more room", () => {
    // A 500 px label on a 400 px canvas: right of a disc at 150 there is 242 px, left 142.
    expect(labelStart(150, 5, 500, 400)).toBe(158);
    expect(labelStart(250, 5, 500, 400)).toBe(250 - 8 - 500);
  });

  it("keeps sigma's placement when the width is unknown (0 before the first resize)", () => {
    expect(labelStart(900, 5, 80, 0)).toBe(908);
  });

  it("never starts a label inside its disc, and keeps it on the canvas whenever one side has room", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 100, max: 1000 }), (x, size, width, canvas) => {
        fc.pre(x <= canvas); // a node on the canvas
        const start = labelStart(x, size, width, canvas);
        expect(start + width <= x - size || start >= x + size).toBe(true);
        const fits = x + size + LABEL_GAP + width <= canvas || x - size - LABEL_GAP - width >= 0;
        if (fits) expect(start >= 0 && start + width <= canvas).toBe(true);
      }),
    );
  });
});
