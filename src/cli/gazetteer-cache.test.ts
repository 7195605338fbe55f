import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { parseGazetteer } from "../extract/gazetteer.js";
import { DEFAULT_CACHE_DIR, PARSER_LIBRARIES, parseGazetteerCached } from "./gazetteer-cache.js";

const REAL = readFileSync("graph-data/gazetteer.yaml", "utf8");
const dirs: string[] = [];
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "gazetteer-cache-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  throw new Error("expected an error");
}

describe("parseGazetteerCached", () => {
  it("has a cache folder inside the project", () => {
    expect(DEFAULT_CACHE_DIR).toMatch(/node_modules\/\.cache\/actor-graph\/gazetteer$/);
  });

  it("gives what parseGazetteer gives, key order included, when parsing and when reading the cache", () => {
    const dir = cacheDir();
    const direct = JSON.stringify(parseGazetteer(REAL, "g.yaml"));
    expect(JSON.stringify(parseGazetteerCached(REAL, "g.yaml", dir))).toBe(direct);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(JSON.stringify(parseGazetteerCached(REAL, "g.yaml", dir))).toBe(direct);
  });

  it("answers a second call from the cache, not by parsing", () => {
    const dir = cacheDir();
    parseGazetteerCached(REAL, "g.yaml", dir);
    const [entry] = readdirSync(dir);
    const marker = { countries: [], offices: [], people: [{ key: "from-the-cache" }] };
    writeFileSync(join(dir, entry!), JSON.stringify(marker));
    expect(parseGazetteerCached(REAL, "g.yaml", dir)).toEqual(marker);
    // Another text is another entry.
    const other = `${REAL}\n# an edit\n`;
    expect(parseGazetteerCached(other, "g.yaml", dir).people.length).toBeGreaterThan(250);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it("keys entries by the versions of the parser's libraries too", () => {
    const dir = cacheDir();
    const lib = join(cacheDir(), "package.json");
    writeFileSync(lib, JSON.stringify({ name: "yaml", version: "2.0.0" }));
    parseGazetteerCached(REAL, "g.yaml", dir, [lib]);
    parseGazetteerCached(REAL, "g.yaml", dir, [lib]);
    expect(readdirSync(dir)).toHaveLength(1);
    writeFileSync(lib, JSON.stringify({ name: "yaml", version: "2.0.1" }));
    parseGazetteerCached(REAL, "g.yaml", dir, [lib]);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it("watches the real yaml and zod packages", () => {
    expect(PARSER_LIBRARIES.map((p) => JSON.parse(readFileSync(p, "utf8")).name)).toEqual(["yaml", "zod"]);
  });

  it("parses again when an entry is damaged", () => {
    const dir = cacheDir();
    parseGazetteerCached(REAL, "g.yaml", dir);
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry!), '{"countries": [');
    expect(JSON.stringify(parseGazetteerCached(REAL, "g.yaml", dir))).toBe(JSON.stringify(parseGazetteer(REAL, "g.yaml")));
  });

  it("reports a bad file exactly as parseGazetteer does, every time, and caches nothing", () => {
    const dir = cacheDir();
    const bad = [
      "countries: [ {code: US",
      "people:\n  - key: Bad Key\n    name: X\n    affiliation: ZZ\n",
      REAL.replace("key: biden", "key: trump"),
    ];
    for (const text of bad) {
      const expected = errorOf(() => parseGazetteer(text, "bad.yaml"));
      expect(errorOf(() => parseGazetteerCached(text, "bad.yaml", dir))).toBe(expected);
      expect(errorOf(() => parseGazetteerCached(text, "bad.yaml", dir))).toBe(expected);
    }
    expect(readdirSync(dir)).toHaveLength(0);
  });

  it("round-trips any valid gazetteer through the cache unchanged", () => {
    const dir = cacheDir();
    const name = fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }).filter((s) => s.trim().length > 0);
    const person = fc.record({ name, aliases: fc.uniqueArray(name, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 5 }), fc.boolean(), (people, single) => {
        const text = stringify({
          countries: [{ code: "US", names: ["United States"], adjectives: [], institutions: { "White House": "president" } }],
          offices: [{ key: "president", single, titles: ["President"] }],
          people: people.map((p, i) => ({
            key: `p${i}`,
            name: `${p.name} ${i}`,
            aliases: p.aliases.map((a) => `${a} alias ${i}`),
            affiliation: "US",
            offices: i === 0 ? [{ office: "president", country: "US", from: "2021-01-20" }] : [],
          })),
        });
        const direct = JSON.stringify(parseGazetteer(text, "p.yaml"));
        expect(JSON.stringify(parseGazetteerCached(text, "p.yaml", dir))).toBe(direct);
        expect(JSON.stringify(parseGazetteerCached(text, "p.yaml", dir))).toBe(direct);
      }),
      { numRuns: 40 },
    );
  });
});
