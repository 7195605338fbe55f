import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NODE_MARGIN_PX, REFERENCE_PX } from "./appearance.js";
import { clearlyApart, fittingMargin, MAX_COVER, separateDiscs, spreadCore } from "./separate-discs.js";

/** Pairs of discs (radii and margin in reference pixels of the discs' extent) closer than their radii and the margin. */
function overlapping(xs: Float64Array, ys: Float64Array, rs: Float64Array, margin: number): string[] {
  const unit = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / REFERENCE_PX;
  const out: string[] = [];
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++) {
      if (Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) < (rs[i]! + rs[j]! + margin) * unit) out.push(`${i}/${j}`);
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
    separateDiscs(xs, ys, rs, NODE_MARGIN_PX);
    expect(overlapping(xs, ys, rs, NODE_MARGIN_PX)).toEqual([]);
  });

  it("spreads it in few sweeps: each overlap is pushed past touching, not just to it", () => {
    // Resolving each pair exactly spreads a crowd by diffusion.
    const { xs, ys, rs } = jammed();
    expect(separateDiscs(xs, ys, rs, NODE_MARGIN_PX)).toBeLessThan(20); // 7; 42 without it
  });

  it("keeps a narrower margin where the full one would not fit, and no two discs overlapping with it", () => {
    // 3,000 discs of radius 2 with a 6 px margin would cover 1.2 of the frame; without the margin 0.15.
    const n = 3000;
    const xs = Float64Array.from({ length: n }, (_, i) => Math.sqrt(i) * Math.cos(i * 2.4));
    const ys = Float64Array.from({ length: n }, (_, i) => Math.sqrt(i) * Math.sin(i * 2.4));
    const rs = new Float64Array(n).fill(2);
    const margin = fittingMargin(rs, NODE_MARGIN_PX)!;
    expect(margin).toBeGreaterThan(0.5);
    expect(margin).toBeLessThan(NODE_MARGIN_PX);
    expect(separateDiscs(xs, ys, rs, NODE_MARGIN_PX)).toBeLessThan(100); // 500 (the limit) with the full margin
    expect(overlapping(xs, ys, rs, margin)).toEqual([]);
  });

  it("spreads a dense blob's core before separating pairs: a few sweeps, not hundreds", () => {
    // A Gaussian blob of Zipf-sized discs: a few outliers set the extent, the core is packed.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const n = 1000;
    const xs = Float64Array.from({ length: n }, () => gauss() * 100);
    const ys = Float64Array.from({ length: n }, () => gauss() * 100);
    const rs = Float64Array.from({ length: n }, (_, i) => 2 + 10 / Math.sqrt(i + 1));
    const sweeps = separateDiscs(xs, ys, rs, 3);
    expect(sweeps).toBeLessThan(50); // 18; 175 without spreading the core
    expect(overlapping(xs, ys, rs, fittingMargin(rs, 3)!)).toEqual([]);
  });
});

describe("fittingMargin", () => {
  it("is the margin asked for when the discs with it cover at most MAX_COVER of the frame", () => {
    expect(fittingMargin(new Float64Array(100).fill(4), 6)).toBe(6);
  });

  it("is narrowed until the discs with it cover exactly MAX_COVER", () => {
    const rs = new Float64Array(3000).fill(2);
    const m = fittingMargin(rs, 6)!;
    const cover = (3000 * Math.PI * (2 + m / 2) ** 2) / REFERENCE_PX ** 2;
    expect(cover).toBeCloseTo(MAX_COVER, 9);
  });

  it("is undefined when the discs alone cover more", () => {
    expect(fittingMargin(new Float64Array(300).fill(20), 6)).toBeUndefined();
  });
});

describe("separateDiscs on discs that cannot all fit", () => {
  it("leaves discs that need more than the frame where they are", () => {
    // 300 discs of radius 20 reference pixels cover 1.2 times the 560 x 560 frame: sweeps
    // would only scale the picture up.
    const n = 300;
    const xs = Float64Array.from({ length: n }, (_, i) => (i % 20) * 30);
    const ys = Float64Array.from({ length: n }, (_, i) => Math.floor(i / 20) * 30);
    const before = [xs.slice(), ys.slice()];
    expect(separateDiscs(xs, ys, new Float64Array(n).fill(20), NODE_MARGIN_PX)).toBe(0);
    expect([xs, ys]).toEqual(before);
  });

  it("stops once the picture only grows, instead of scaling it up for 500 sweeps", () => {
    // Discs on one line are pushed only along it, and 100 of them need 1,400 px of a 560 px frame.
    const n = 100;
    const xs = Float64Array.from({ length: n }, (_, i) => i);
    const ys = new Float64Array(n);
    expect(separateDiscs(xs, ys, new Float64Array(n).fill(4), NODE_MARGIN_PX)).toBeLessThan(500);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(99 * 20);
  });
});

describe("spreadCore", () => {
  it("moves nothing where the discs nearer the centre have room", () => {
    const xs = Float64Array.from([0, 560, 0, 560, 280]);
    const ys = Float64Array.from([0, 0, 560, 560, 280]);
    const before = [xs.slice(), ys.slice()];
    spreadCore(xs, ys, new Float64Array(5).fill(4), NODE_MARGIN_PX);
    expect([xs, ys]).toEqual(before);
  });

  it("pushes a packed core out, each disc along its own direction and in the same order of distance", () => {
    const n = 200;
    const xs = Float64Array.from({ length: n }, (_, i) => (i < 4 ? [-280, 280][i % 2]! : Math.cos(i) * (i / n)));
    const ys = Float64Array.from({ length: n }, (_, i) => (i < 4 ? [-280, 280][i >> 1]! : Math.sin(i) * (i / n)));
    const before = Array.from({ length: n }, (_, i) => ({ d: Math.hypot(xs[i]!, ys[i]!), a: Math.atan2(ys[i]!, xs[i]!) }));
    spreadCore(xs, ys, new Float64Array(n).fill(4), NODE_MARGIN_PX);
    const after = Array.from({ length: n }, (_, i) => ({ d: Math.hypot(xs[i]!, ys[i]!), a: Math.atan2(ys[i]!, xs[i]!) }));
    // The core (radius < 1) now spans tens of pixels: 196 discs of 4 px with 3 px round each need about 100.
    expect(Math.max(...after.slice(4).map((p) => p.d))).toBeGreaterThan(50);
    for (let i = 4; i < n; i++) {
      expect(after[i]!.a).toBeCloseTo(before[i]!.a, 9);
      for (let j = 4; j < n; j++) if (before[i]!.d < before[j]!.d) expect(after[i]!.d).toBeLessThanOrEqual(after[j]!.d);
    }
    expect(after.slice(0, 4)).toEqual(before.slice(0, 4));
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
