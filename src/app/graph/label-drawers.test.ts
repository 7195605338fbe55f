import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "sigma/settings";
import { drawNodeHover, drawNodeLabel } from "./label-drawers";
import { recordingCanvas } from "./test-canvas";

const settings = { ...DEFAULT_SETTINGS, labelSize: 13 } as never;
// "Mohammed bin Salman" is 19 characters: 133 px at the recorder's 7 px a character.
const node = (x: number, label: string | null = "Mohammed bin Salman") => ({ key: "mbs", x, y: 100, size: 5, label, color: "#123456" });

describe("drawNodeLabel", () => {
  it("writes the label right of the disc where it fits, where sigma writes it", () => {
    const { ctx, texts } = recordingCanvas(800);
    drawNodeLabel(ctx, node(400), settings);
    expect(texts).toEqual([{ text: "Mohammed bin Salman", x: 408, y: 100 + 13 / 3 }]);
  });

  it("writes it left of the disc where it would run past the canvas's right edge, ending 3 px before the disc", () => {
    const { ctx, texts } = recordingCanvas(800);
    drawNodeLabel(ctx, node(700), settings);
    expect(texts).toHaveLength(1);
    expect(texts[0]!.x).toBe(700 - 5 - 3 - 133);
    expect(texts[0]!.x + 133).toBeLessThanOrEqual(800);
  });

  it("reads the canvas's width in CSS pixels whatever the device pixel ratio", () => {
    // 700 + 141 = 841 px fits a 900 px canvas (1800 device pixels at ratio 2), not an 800 px one at ratio 1.
    const wide = recordingCanvas(900, 2);
    drawNodeLabel(wide.ctx, node(700), settings);
    const narrow = recordingCanvas(800, 1);
    drawNodeLabel(narrow.ctx, node(700), settings);
    expect([wide.texts[0]!.x, narrow.texts[0]!.x]).toEqual([708, 559]);
  });

  it("draws nothing for a node without a label", () => {
    const { ctx, texts } = recordingCanvas(800);
    drawNodeLabel(ctx, node(700, null), settings);
    expect(texts).toEqual([]);
  });
});

describe("drawNodeHover", () => {
  it("draws the white box and the label on the right where they fit", () => {
    const { ctx, texts, points } = recordingCanvas(800);
    drawNodeHover(ctx, node(400), settings);
    expect(texts.map((t) => t.x)).toEqual([408]);
    expect(Math.max(...points.map((p) => p.x))).toBeGreaterThan(408 + 133);
    expect(Math.min(...points.map((p) => p.x))).toBeCloseTo(400 - 8.5, 6);
  });

  it("mirrors box and label to the left of the disc near the right edge, all inside the canvas", () => {
    const { ctx, texts, points } = recordingCanvas(800);
    drawNodeHover(ctx, node(760), settings);
    expect(texts.map((t) => t.x)).toEqual([760 - 8 - 133]);
    const xs = points.map((p) => p.x);
    // The box runs from 5 px past the text's left end (sigma's box is 5 px wider than the text,
    // from the disc's padded radius of 8.5 px) round the disc's right side, 8.5 px past its centre.
    expect(Math.min(...xs)).toBeCloseTo(760 - 8.5 - 138, 6);
    expect(Math.max(...xs)).toBeCloseTo(760 + 8.5, 6);
    // Its top and bottom edges are the text's row: 13 px font plus 2 px padding each side.
    const ys = points.map((p) => p.y);
    expect([Math.min(...ys), Math.max(...ys)]).toEqual([100 - 8.5, 100 + 8.5]);
  });
});
