import { describe, expect, it } from "vitest";
import { labelsFit } from "../../shared/appearance.js";
import { labelSettings } from "./label-settings.js";

describe("labelSettings", () => {
  it("names every actor where all the labels fit, and leaves the names to the explorer's own pick where they do not", () => {
    const seeds = ["Vladimir Putin", "Joe Biden", "Volodymyr Zelensky", "Sergey Lavrov", "Antony Blinken"];
    const all = labelSettings(labelsFit(seeds));
    expect(all.labelRenderedSizeThreshold).toBe(0);
    // Sigma shows ceil(density / ratio²) labels a cell: at the opening zoom (1.2), ten or more.
    expect(Math.ceil(all.labelDensity / 1.2 ** 2)).toBeGreaterThanOrEqual(10);
    const crowd = labelSettings(labelsFit(Array.from({ length: 200 }, (_, i) => `Person number ${i}`)));
    // None from sigma's grid: base-labels.ts picks them.
    expect(crowd).toMatchObject({ labelDensity: 0, labelRenderedSizeThreshold: Infinity });
  });
});
