import { afterEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { fetchGraph } from "./load-graph.js";
import { opensDefaultGraph, prefetchGraph, takePrefetched } from "./prefetch.js";
import { decodeUrlState } from "../state/url-state.js";

const text = readFileSync(new URL("../../../e2e/fixtures/small-graph.json", import.meta.url), "utf8");

afterEach(() => vi.unstubAllGlobals());

describe("prefetchGraph", () => {
  it("hands its response to the first fetchGraph of that URL only", async () => {
    const fetch = vi.fn(async () => new Response(text));
    vi.stubGlobal("fetch", fetch);
    prefetchGraph("a.json");
    prefetchGraph("a.json");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((await fetchGraph("a.json")).ok).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((await fetchGraph("a.json")).ok).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await fetchGraph("b.json")).ok).toBe(true);
    expect(fetch.mock.calls.map((c) => (c as unknown[])[0])).toEqual(["a.json", "a.json", "b.json"]);
  });

  it("reports a failed prefetch to its taker, as a failed fetch", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new Error("offline"))));
    prefetchGraph("c.json");
    expect(await fetchGraph("c.json")).toEqual({ ok: false, error: "could not load c.json: offline" });
    expect(takePrefetched("c.json")).toBeUndefined();
  });

  it("reads ?graph= as the store does", () => {
    for (const search of ["", "?actor=x", "?graph=", "?graph=a.json", "?graph=https%3A%2F%2Fx.example%2Fg.json", "?x=1&graph=b"]) {
      expect(opensDefaultGraph(search)).toBe(decodeUrlState(search).graph === null);
    }
  });
});
