import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NODE_MARGIN_PX, REFERENCE_PX } from "./appearance.js";
import { clearlyApart, separateDiscs } from "./separate-discs.js";

/** Pairs of discs (radii in reference pixels, `unit` layout units each) closer than their radii and the margin. */
function overlapping(xs: Float64Array, ys: Float64Array, rs: Float64Array, unit: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++) {
      if (Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) < (rs[i]! + rs[j]! + NODE_MARGIN_PX) * unit) out.push(`${i}/${j}`);
    }
  return out;
}

describe("separateDiscs", () => {
  // A crowded core inside a wide frame, as FA2 leaves hundreds of leaves around one hub: a
  // 20 x 20 block of discs 3 px apart that need 14 px (radius 4 each, margin 6), framed by four
  // corner discs 560 px apart.
  function jammed(): { xs: Float64Array; ys: Float64Array; rs: Float64Array } {
    const xs: number[] = [0, REFERENCE_PX, 0, REFERENCE_PX];
    const ys: number[] = [0, 0, REFERENCE_PX, REFERENCE_PX];
    for (let i = 0; i < 400; i++) {
      xs.push(250 + (i % 20) * 3);
      ys.push(250 + Math.floor(i / 20) * 3);
    }
    return { xs: Float64Array.from(xs), ys: Float64Array.from(ys), rs: new Float64Array(xs.length).fill(4) };
  }

  it("leaves no two discs of a crowded core overlapping", () => {
    const { xs, ys, rs } = jammed();
    separateDiscs(xs, ys, rs);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const unit = extent / REFERENCE_PX;
    expect(overlapping(xs, ys, rs, unit)).toEqual([]);
  });

  it("spreads it in few sweeps: each overlap is pushed past touching, not just to it", () => {
    // Resolving each pair exactly spreads a crowd by diffusion, hundreds of sweeps.
    const { xs, ys, rs } = jammed();
    expect(separateDiscs(xs, ys, rs)).toBeLessThan(200); // 123; 500 (the limit) without it
  });
});

describe("separateDiscs on discs that cannot all fit", () => {
  it("stops once the picture only grows, instead of scaling it up for 500 sweeps", () => {
    // 300 discs of radius 20 reference pixels need more area than the 560 x 560 frame holds.
    const n = 300;
    const xs = Float64Array.from({ length: n }, (_, i) => (i % 20) * 30);
    const ys = Float64Array.from({ length: n }, (_, i) => Math.floor(i / 20) * 30);
    const rs = new Float64Array(n).fill(20);
    const before = Math.max(...xs) - Math.min(...xs);
    const sweeps = separateDiscs(xs, ys, rs);
    expect(sweeps).toBeLessThan(100);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(before * 20);
  });
});

describe("clearlyApart (the cheap test before Math.hypot)", () => {
  it("is true only when Math.hypot says the pair is at least `need` apart, right up to the boundary", () => {
    const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (dx, dy, need) => {
        if (clearlyApart(dx, dy, need)) expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(need);
      }),
      { numRuns: 20_000 },
    );
    // `need` a few representable doubles either side of the distance, where the rounding of
    // squares decides (a plain dx² + dy² > need² fails here about once in 750 tries).
    const stepUlps = (x: number, k: number): number => {
      const bits = new BigInt64Array(new Float64Array([x]).buffer);
      bits[0] = bits[0]! + BigInt(k);
      return new Float64Array(bits.buffer)[0]!;
    };
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: -4, max: 4 }), (dx, dy, ulps) => {
        const d = Math.hypot(dx, dy);
        fc.pre(d > 0);
        const need = stepUlps(d, ulps);
        if (clearlyApart(dx, dy, need)) expect(d).toBeGreaterThanOrEqual(need);
      }),
      { numRuns: 50_000 },
    );
    expect(clearlyApart(49.607019944870224, 0.48032511688607116, 49.609345289256375)).toBe(false);
  });

  it("lets most far-apart pairs skip the exact test", () => {
    expect(clearlyApart(3, 4, 4.99)).toBe(true);
    expect(clearlyApart(3, 4, 5)).toBe(false);
    expect(clearlyApart(3, 4, 6)).toBe(false);
  });
});
