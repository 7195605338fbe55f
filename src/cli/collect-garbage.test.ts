import { describe, expect, it } from "vitest";
import { collectGarbage } from "./collect-garbage.js";

describe("collectGarbage", () => {
  it("frees what nothing refers to any more, without a gc function on the global object", async () => {
    const refs = Array.from({ length: 3 }, () => new WeakRef({ payload: new Array(10_000).fill(1) }));
    expect(refs.every((r) => r.deref() !== undefined)).toBe(true);
    // Making or dereferencing a WeakRef keeps its target alive until the end of the current job.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(refs.map((r) => r.deref())).toEqual([undefined, undefined, undefined]);
    collectGarbage();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
