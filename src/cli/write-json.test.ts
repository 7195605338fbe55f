import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonText, jsonPieces, writeJsonAtomic } from "./write-json.js";

// JSON values plus what JSON.stringify drops or turns into null, and strings outside Latin-1.
const anything = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue(),
    fc.string({ unit: "grapheme" }),
    fc.constant(undefined),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.string(), tie("value"), { maxKeys: 5 }),
  ),
})).value;

describe("jsonPieces", () => {
  it("joins to exactly JSON.stringify's text, at any depth", () => {
    fc.assert(
      fc.property(anything, fc.integer({ min: 0, max: 5 }), (value, depth) => {
        if (value === undefined) return;
        expect([...jsonPieces(value, depth)].join("")).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it("writes a JsonText's pieces in its place, at any depth, made only when written", () => {
    let made = 0;
    const list = new JsonText(function* () {
      made++;
      yield "[1,";
      yield '"é"]';
    });
    const value = { a: { b: list, c: 2 }, d: [list] };
    expect(made).toBe(0);
    for (const depth of [2, 5]) expect([...jsonPieces(value, depth)].join("")).toBe('{"a":{"b":[1,"é"],"c":2},"d":[[1,"é"]]}');
    expect(made).toBe(4);
    // Inside a level written whole it cannot be written: an error, not a silent "{}".
    expect(() => [...jsonPieces(value, 1)]).toThrow(/JsonText/);
  });
});

describe("writeJsonAtomic", () => {
  it("writes the JSON.stringify bytes across many flushes, and leaves no temporary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "write-json-"));
    try {
      const value = { items: Array.from({ length: 30_000 }, (_, i) => ({ i, text: `«${"x".repeat(i % 90)}» ${i}` })), skipped: undefined };
      const path = join(dir, "sub", "out.json");
      writeJsonAtomic(path, value);
      expect(readFileSync(path, "utf8")).toBe(JSON.stringify(value));
      expect(readdirSync(join(dir, "sub"))).toEqual(["out.json"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("copies a JsonText's bytes as they are, a character cut between two pieces included", () => {
    const dir = mkdtempSync(join(tmpdir(), "write-json-"));
    try {
      const text = JSON.stringify([{ s: "Зеленский €" }, { s: "🙂".repeat(300_000) }]);
      const bytes = Buffer.from(text, "utf8");
      const cut = bytes.indexOf(Buffer.from("€")) + 1;
      const list = new JsonText(function* () {
        yield bytes.subarray(0, cut);
        yield bytes.subarray(cut);
      });
      const path = join(dir, "out.json");
      writeJsonAtomic(path, { list, n: 1 });
      expect(readFileSync(path, "utf8")).toBe(`{"list":${text},"n":1}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
