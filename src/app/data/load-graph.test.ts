import { describe, expect, it } from "vitest";
import { isSameOrigin, parseGraphText } from "./load-graph";

describe("parseGraphText", () => {
  it("names a JSON syntax error and a schema error", () => {
    const bad = parseGraphText("{nope", "bad.json");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/^bad\.json is not JSON/);
    const wrong = parseGraphText(JSON.stringify({ attributes: { version: 7 } }), "v7.json");
    expect(wrong).toEqual({ ok: false, error: expect.stringContaining("version 7") });
  });
});

describe("isSameOrigin", () => {
  const base = "http://127.0.0.1:4173/?x=1";
  it("accepts relative and same-origin URLs", () => {
    expect(isSameOrigin("graphs/a.json", base)).toBe(true);
    expect(isSameOrigin("/a.json", base)).toBe(true);
    expect(isSameOrigin("http://127.0.0.1:4173/a.json", base)).toBe(true);
  });
  it("rejects other origins and odd schemes", () => {
    expect(isSameOrigin("https://evil.example/a.json", base)).toBe(false);
    expect(isSameOrigin("//evil.example/a.json", base)).toBe(false);
    expect(isSameOrigin("http://127.0.0.1:9999/a.json", base)).toBe(false);
    expect(isSameOrigin("javascript:alert(1)", base)).toBe(false);
    expect(isSameOrigin("data:application/json,{}", base)).toBe(false);
  });
});
