import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { labelBox, pickLabels, type LabelCandidate } from "./label-pick";

// 7 px a character, as a fixed-width font at 13 px would be.
const measure = (label: string) => label.length * 7;
const FONT = 13;
const WIDTH = 1000;
const at = (key: string, x: number, y: number, weight: number, label = key): LabelCandidate => ({ key, x, y, size: 5, label, weight });

describe("pickLabels", () => {
  it("keeps the stronger of two neighbours whose labels would overlap, and both when they clear", () => {
    const focus = at("Putin", 0, 0, Infinity);
    const lavrov = at("Lavrov", 200, 100, 10);
    const peskov = at("Peskov", 210, 104, 3); // on top of Lavrov's label
    const macron = at("Macron", 200, 160, 1); // well below
    expect(pickLabels([focus], [peskov, macron, lavrov], measure, FONT, WIDTH)).toEqual(new Set(["Lavrov", "Macron"]));
  });

  it("leaves out a neighbour whose label would cover the focus's or the selection's", () => {
    const focus = at("Vladimir Putin", 0, 0, Infinity);
    expect(pickLabels([focus], [at("Steinmeier", -60, 3, 5)], measure, FONT, WIDTH)).toEqual(new Set());
    expect(pickLabels([], [at("Steinmeier", -60, 3, 5)], measure, FONT, WIDTH)).toEqual(new Set(["Steinmeier"]));
    // Nor one that would run under the box drawn around the focus's disc.
    const hub = { ...at("Putin", 100, 0, Infinity), size: 20 };
    expect(pickLabels([hub], [at("Likhachev", 20, 2, 5)], measure, FONT, WIDTH)).toEqual(new Set());
    // A selected node stays labelled while another is hovered: its box is kept clear too.
    expect(pickLabels([focus, at("Lavrov", 300, 200, Infinity)], [at("Peskov", 290, 202, 5)], measure, FONT, WIDTH)).toEqual(new Set());
  });

  it("places a label that would run past the canvas's right edge left of its disc, and keeps the space there clear", () => {
    // "Mohammed bin Salman" is 133 px: from x = 880 it would end at 1021, past the 1000 px canvas.
    const mbs = at("Mohammed bin Salman", 880, 100, 10);
    expect(labelBox(mbs, measure(mbs.label), FONT, WIDTH)).toMatchObject({ left: 880 - 5 - 3 - 133, right: 880 - 5 - 3 });
    expect(labelBox(mbs, measure(mbs.label), FONT, 2000)).toMatchObject({ left: 888, right: 1021 });
    // A neighbour whose label sits where the flipped one now is gives way; one right of the disc does not.
    const left = at("Erdogan", 760, 102, 3);
    const right = at("Lula", 900, 103, 2);
    expect(pickLabels([], [mbs, left, right], measure, FONT, WIDTH)).toEqual(new Set(["Mohammed bin Salman", "Lula"]));
    // The focus's label flips too, and its box then covers the space left of its disc.
    const focus = at("Vladimir Putin", 960, 300, Infinity);
    expect(pickLabels([focus], [at("Peskov", 880, 302, 5)], measure, FONT, WIDTH)).toEqual(new Set());
    expect(pickLabels([focus], [at("Peskov", 980, 330, 5)], measure, FONT, WIDTH)).toEqual(new Set(["Peskov"]));
  });

  it("labels a few hundred neighbours in a crowd with no two labels overlapping, the strongest first, the same every time, on any canvas width", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 400 }), weight: fc.integer({ min: 0, max: 20 }), name: fc.string({ minLength: 1, maxLength: 20 }) }), { maxLength: 300 }),
        // Narrow canvases make many labels flip left of their discs.
        fc.integer({ min: 200, max: 1000 }),
        (raw, width) => {
          const list = raw.map((r, i) => at(`n${i}`, r.x, r.y, r.weight, r.name));
          const picked = pickLabels([], list, measure, FONT, width);
          expect(pickLabels([], [...list].reverse(), measure, FONT, width)).toEqual(picked);
          const boxes = list.filter((c) => picked.has(c.key)).map((c) => labelBox(c, measure(c.label), FONT, width));
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i]!, boxes[j]!];
              expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
            }
          // The strongest candidate always has room: nothing is placed before it.
          if (list.length) {
            const best = [...list].sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1))[0]!;
            expect(picked.has(best.key)).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
