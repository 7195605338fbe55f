import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Gazetteer } from "../shared/types.js";
import { GazetteerError, heldOn, holdersOn, parseGazetteer } from "./gazetteer.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const GAZETTEER = `${ROOT}graph-data/gazetteer.yaml`;
const GOLD = `${ROOT}../shared/gold/seeds.gold.json`;
const SILVER = `${ROOT}../shared/corpus/kremlin/putin.silver.json`;

function loadReal(): Gazetteer {
  return parseGazetteer(readFileSync(GAZETTEER, "utf8"), "graph-data/gazetteer.yaml");
}

function holderKeys(g: Gazetteer, office: string, country: string, date: string): string[] {
  return holdersOn(g, office, country, date).map((p) => p.key);
}

/** All lower-cased names and aliases of each person. */
function formsOf(g: Gazetteer): Map<string, string[]> {
  return new Map(g.people.map((p) => [p.key, [p.name, ...p.aliases].map((f) => f.toLowerCase())]));
}

describe("the bundled gazetteer", () => {
  const g = loadReal();

  it("loads without problems and names at least 250 people", () => {
    expect(g.people.length).toBeGreaterThanOrEqual(250);
    expect(g.countries.length).toBeGreaterThan(50);
  });

  it("has a header saying it is hand-made and how to add people", () => {
    const head = readFileSync(GAZETTEER, "utf8").slice(0, 1200);
    expect(head).toMatch(/HAND-MADE/);
    expect(head).toMatch(/append an entry to `people:`/);
  });

  it.each([
    ["president", "US", "2021-01-19", ["trump"]],
    ["president", "US", "2021-01-20", ["biden"]],
    ["president", "US", "2017-01-20", ["trump"]],
    ["prime-minister", "DE", "2021-12-07", ["merkel"]],
    ["prime-minister", "DE", "2021-12-08", ["scholz"]],
    ["prime-minister", "GB", "2022-09-05", ["johnson-boris"]],
    ["prime-minister", "GB", "2022-10-01", ["truss"]],
    ["prime-minister", "GB", "2022-10-25", ["sunak"]],
    ["defence-minister", "UA", "2020-03-03", ["zagorodnyuk"]],
    ["defence-minister", "UA", "2020-03-04", ["taran"]],
    ["defence-minister", "UA", "2021-10-19", ["taran"]],
    ["defence-minister", "UA", "2021-11-04", ["reznikov"]],
    ["foreign-minister", "UA", "2019-08-28", ["klimkin"]],
    ["foreign-minister", "UA", "2022-02-22", ["kuleba"]],
    ["foreign-minister", "US", "2020-06-01", ["pompeo"]],
    ["foreign-minister", "US", "2021-01-25", []],
    ["foreign-minister", "US", "2021-01-26", ["blinken"]],
    ["foreign-minister", "RU", "2021-11-03", ["lavrov"]],
    ["defence-minister", "US", "2021-01-22", ["austin"]],
    ["defence-minister", "US", "2021-10-19", ["austin"]],
    ["white-house-press-secretary", "US", "2021-04-09", ["psaki"]],
    ["white-house-press-secretary", "US", "2022-05-12", ["psaki"]],
    ["white-house-press-secretary", "US", "2022-05-13", ["jean-pierre"]],
    ["state-department-spokesperson", "US", "2022-02-11", ["price"]],
    ["presidential-spokesperson", "RU", "2021-12-07", ["peskov"]],
    ["foreign-ministry-spokesperson", "RU", "2022-02-23", ["zakharova"]],
    ["president", "BY", "2021-12-07", ["lukashenko"]],
    ["secretary-general", "NATO", "2022-01-01", ["stoltenberg"]],
  ])("%s of %s on %s is %j", (office, country, date, expected) => {
    expect(holderKeys(g, office, country, date)).toEqual(expected);
  });

  it("knows the deputy foreign minister Ryabkov and the seed spellings of Klimkin and Psaki", () => {
    const byKey = new Map(g.people.map((p) => [p.key, p]));
    expect(byKey.get("ryabkov")?.offices.some((h) => h.office === "deputy-foreign-minister" && h.country === "RU")).toBe(true);
    expect(byKey.get("klimkin")?.aliases).toContain("Pavel Klimkin");
    expect(byKey.get("psaki")?.aliases).toContain("Zhen Zaki");
    expect(byKey.get("austin")?.name).toBe("Lloyd Austin");
  });

  it("never ends a full name with a word that names a country or is no surname", () => {
    // The actor finder derives a surname from the last word of each form: "... of All Russia" would make "Russia" a person.
    const places = new Set(g.countries.flatMap((c) => [...c.names, ...c.adjectives]).filter((w) => !w.includes(" ")));
    const bad = g.people.flatMap((p) =>
      [p.name, ...p.aliases]
        .filter((f) => f.includes(" "))
        .map((f) => f.split(/\s+/).at(-1)!)
        .filter((last) => places.has(last) || /^[a-z]+$/.test(last) || /^(Jr|Sr)\.?$/.test(last))
        .map((last) => `${p.key}: ${last}`),
    );
    expect(bad).toEqual([]);
  });

  it("fills a missing title from the office's first title form", () => {
    const biden = g.people.find((p) => p.key === "biden")!;
    expect(biden.offices.find((h) => h.office === "president")?.title).toBe("President");
    const merkel = g.people.find((p) => p.key === "merkel")!;
    expect(merkel.offices[0]?.title).toBe("Chancellor");
  });

  it("resolves institutions and title forms the seed articles use", () => {
    const us = g.countries.find((c) => c.code === "US")!;
    expect(us.institutions["Pentagon"]).toBe("defence-minister");
    expect(us.institutions["US Department of Defense"]).toBe("defence-minister");
    const ru = g.countries.find((c) => c.code === "RU")!;
    expect(ru.institutions["Kremlin"]).toBe("president");
    expect(ru.institutions["Russian Foreign Ministry"]).toBe("foreign-minister");
    const titles = new Map(g.offices.map((o) => [o.key, o.titles]));
    expect(titles.get("foreign-minister")).toEqual(expect.arrayContaining(["Secretary of State", "top diplomat", "Minister of Foreign Affairs"]));
    expect(titles.get("defence-minister")).toEqual(
      expect.arrayContaining(["Defense Secretary", "Defence Minister", "head of the military department"]),
    );
    expect(titles.get("deputy-foreign-minister")).toContain("Deputy Minister of Foreign Affairs");
    expect(titles.get("presidential-spokesperson")).toEqual(expect.arrayContaining(["Presidential Spokesman", "Kremlin spokesman"]));
    // Norway's code must stay a string, not YAML 1.1's boolean false.
    expect(g.countries.some((c) => c.code === "NO")).toBe(true);
  });

  describe.skipIf(!existsSync(GOLD))("against the seed gold annotation", () => {
    const gold = existsSync(GOLD)
      ? (JSON.parse(readFileSync(GOLD, "utf8")) as { actors: Record<string, { key: string; forms: string[]; affiliation: string }> })
      : { actors: {} };
    const byKey = new Map(g.people.map((p) => [p.key, p]));
    const forms = formsOf(g);
    const actors = Object.entries(gold.actors).filter(([, a]) => a.key !== "stewart");

    it("leaves Brittany Stewart out, for the extractor to discover", () => {
      expect(byKey.has("stewart")).toBe(false);
      expect([...forms.values()].flat()).not.toContain("brittany stewart");
    });

    it.each(actors)("has %s under the gold key with the gold affiliation and every full-name form", (canonical, actor) => {
      const person = byKey.get(actor.key);
      expect(person, `${canonical} (${actor.key})`).toBeDefined();
      expect(person!.affiliation).toBe(actor.affiliation);
      const mine = forms.get(actor.key)!;
      expect(mine).toContain(canonical.toLowerCase());
      const fullNames = actor.forms.filter((f) => /^[A-Z]\S* \S+/.test(f) && !f.startsWith("the "));
      for (const form of fullNames) expect(mine, form).toContain(form.toLowerCase());
      // A surname alone is derived from the last word of a full form.
      const surnames = actor.forms.filter((f) => !f.includes(" "));
      for (const s of surnames) expect(mine.some((m) => m.endsWith(` ${s.toLowerCase()}`)), s).toBe(true);
    });
  });

  describe.skipIf(!existsSync(SILVER))("against the Kremlin counterparts", () => {
    it("names at least 95% of them as the Kremlin spells them", () => {
      const silver = JSON.parse(readFileSync(SILVER, "utf8")) as { meetings: { counterparts: string[] }[] };
      const counterparts = [...new Set(silver.meetings.flatMap((m) => m.counterparts))];
      const all = [...formsOf(g).values()].flat();
      const found = counterparts.filter((c) => all.some((f) => f === c.toLowerCase() || f.endsWith(` ${c.toLowerCase()}`)));
      expect(found.length / counterparts.length).toBeGreaterThanOrEqual(0.95);
    });
  });
});

const BASE = `
countries:
  - { code: US, names: [United States], adjectives: [American], institutions: { Pentagon: defence-minister } }
  - { code: "NO", names: [Norway], adjectives: [Norwegian] }
offices:
  - { key: president, single: true, titles: [President] }
  - { key: defence-minister, single: true, titles: [Defence Minister, Secretary of Defense] }
  - { key: senator, titles: [Senator] }
people:
`;

function problemsOf(people: string, base = BASE): string[] {
  try {
    parseGazetteer(base + people, "test.yaml");
  } catch (e) {
    expect(e).toBeInstanceOf(GazetteerError);
    expect((e as Error).message).toMatch(/^test\.yaml: /);
    return (e as GazetteerError).problems;
  }
  throw new Error("expected a GazetteerError");
}

describe("parseGazetteer on invalid input", () => {
  it("accepts a minimal valid file and leaves `to` out for a holder still in office", () => {
    const g = parseGazetteer(
      `${BASE}  - { key: biden, name: Joe Biden, affiliation: US, offices: [{ office: president, country: US, from: 2021-01-20 }] }\n`,
      "test.yaml",
    );
    expect(g.people[0]).toEqual({
      key: "biden",
      name: "Joe Biden",
      aliases: [],
      affiliation: "US",
      offices: [{ office: "president", country: "US", title: "President", from: "2021-01-20" }],
    });
    expect(g.offices.find((o) => o.key === "president")?.single).toBe(true);
    expect(g.offices.find((o) => o.key === "senator")?.single).toBeUndefined();
    expect(g.countries[1]?.institutions).toEqual({});
  });

  it("reads a date of death, and names a malformed one", () => {
    const g = parseGazetteer(`${BASE}  - { key: kohl, name: Helmut Kohl, affiliation: US, offices: [], died: 2017-06-16 }\n`, "test.yaml");
    expect(g.people[0]?.died).toBe("2017-06-16");
    expect(problemsOf(`  - { key: kohl, name: Helmut Kohl, affiliation: US, died: June 2017 }\n`)[0]).toMatch(/^people\[0\] \(kohl\)\.died: /);
  });

  it("names the person and the unknown office", () => {
    expect(problemsOf(`  - { key: austin, name: Lloyd Austin, affiliation: US, offices: [{ office: defense-minister, country: US }] }\n`)).toEqual([
      'people[0] (austin).offices[0].office: unknown office "defense-minister"',
    ]);
  });

  it("names an unknown affiliation and an unknown office country", () => {
    expect(problemsOf(`  - { key: putin, name: Vladimir Putin, affiliation: RU, offices: [{ office: president, country: RU }] }\n`)).toEqual([
      'people[0] (putin).affiliation: unknown affiliation code "RU"',
      'people[0] (putin).offices[0].country: unknown country or organisation code "RU"',
    ]);
  });

  it("reports a duplicate key", () => {
    const problems = problemsOf(
      `  - { key: johnson, name: Boris Johnson, affiliation: US }\n  - { key: johnson, name: Mike Johnson, affiliation: US }\n`,
    );
    expect(problems).toEqual(["people[1] (johnson): duplicate key johnson"]);
  });

  it("reports a full name shared by two people", () => {
    const problems = problemsOf(
      `  - { key: a, name: John Smith, affiliation: US }\n  - { key: b, name: Jack Smith, aliases: [john  smith], affiliation: US }\n`,
    );
    expect(problems).toEqual(['people[1] (b): name "john smith" is also a name of a']);
  });

  it("reports impossible and malformed dates", () => {
    const problems = problemsOf(
      `  - { key: x, name: X Y, affiliation: US, offices: [{ office: senator, country: US, from: 2021-02-30, to: 21-03-01 }] }\n`,
    );
    expect(problems).toEqual([
      "people[0] (x).offices[0].from: expected a real date written YYYY-MM-DD",
      "people[0] (x).offices[0].to: expected a real date written YYYY-MM-DD",
    ]);
  });

  it("reports from after to, and from equal to to", () => {
    const problems = problemsOf(
      `  - { key: x, name: X Y, affiliation: US, offices: [{ office: senator, country: US, from: 2021-03-01, to: 2020-01-01 }, { office: senator, country: US, from: 2021-03-01, to: 2021-03-01 }] }\n`,
    );
    expect(problems).toEqual([
      "people[0] (x).offices[0]: from 2021-03-01 is not before to 2020-01-01 (to is the successor's first day)",
      "people[0] (x).offices[1]: from 2021-03-01 is not before to 2021-03-01 (to is the successor's first day)",
    ]);
  });

  it("reports two holders of a one-holder office on the same day, but not successors or shared offices", () => {
    const problems = problemsOf(`  - { key: trump, name: Donald Trump, affiliation: US, offices: [{ office: president, country: US, from: 2017-01-20, to: 2021-01-21 }, { office: senator, country: US }] }
  - { key: biden, name: Joe Biden, affiliation: US, offices: [{ office: president, country: US, from: 2021-01-20 }, { office: senator, country: US }] }
  - { key: obama, name: Barack Obama, affiliation: US, offices: [{ office: president, country: US, from: 2009-01-20, to: 2017-01-20 }] }
`);
    expect(problems).toEqual([
      "president of US: trump (2017-01-20 to 2021-01-21) and biden (2021-01-20 to …) both hold this one-holder office on 2021-01-20",
    ]);
  });

  it("treats a missing from as open-ended, so an undated holder clashes with a dated one", () => {
    const problems = problemsOf(`  - { key: a, name: A A, affiliation: US, offices: [{ office: president, country: US }] }
  - { key: b, name: B B, affiliation: US, offices: [{ office: president, country: US, from: 2021-01-20 }] }
`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^president of US: a \(… to …\) and b \(2021-01-20 to …\)/);
  });

  it("reports an unknown office in an institution", () => {
    const base = BASE.replace("Pentagon: defence-minister", "Pentagon: defense-minister");
    expect(problemsOf("", base)).toEqual(['countries[0] (US).institutions."Pentagon": unknown office "defense-minister"']);
  });

  it("reports misspelt fields, missing names and bad keys, naming the entry", () => {
    const problems = problemsOf(`  - { key: Austin, name: Lloyd Austin, affiliation: US }
  - { key: x, affiliation: US, offices: [{ office: senator, country: US, form: 2020-01-01 }] }
`);
    expect(problems).toEqual([
      "people[0] (Austin).key: expected lower-case a-z, 0-9 and single '-' (e.g. johnson-boris)",
      "people[1] (x).name: Invalid input: expected string, received undefined",
      'people[1] (x).offices[0]: Unrecognized key: "form"',
    ]);
  });

  it("reports YAML syntax errors with their position", () => {
    const problems = problemsOf(`  - { key: x, name: [unclosed, affiliation: US }\n`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^YAML: .*line \d+/);
  });

  it("reports a duplicate mapping key inside an entry", () => {
    const problems = problemsOf(`  - key: x\n    name: A B\n    name: C D\n    affiliation: US\n`);
    expect(problems.some((p) => /^YAML: .*unique/i.test(p))).toBe(true);
  });

  it("lists every problem at once", () => {
    const problems = problemsOf(`  - { key: a, name: A A, affiliation: XX }
  - { key: a, name: B B, affiliation: US, offices: [{ office: king, country: US }] }
`);
    expect(problems).toHaveLength(3);
  });
});

describe("holdersOn and heldOn", () => {
  const g = parseGazetteer(
    `${BASE}  - { key: a, name: A A, affiliation: US, offices: [{ office: president, country: US, from: 2017-01-20, to: 2021-01-20 }] }
  - { key: b, name: B B, affiliation: US, offices: [{ office: president, country: US, from: 2021-01-20 }] }
  - { key: c, name: C C, affiliation: "NO", offices: [{ office: president, country: "NO" }] }
`,
    "test.yaml",
  );

  it("counts from as inclusive and to as exclusive", () => {
    expect(holderKeys(g, "president", "US", "2017-01-19")).toEqual([]);
    expect(holderKeys(g, "president", "US", "2017-01-20")).toEqual(["a"]);
    expect(holderKeys(g, "president", "US", "2021-01-19")).toEqual(["a"]);
    expect(holderKeys(g, "president", "US", "2021-01-20")).toEqual(["b"]);
    expect(holderKeys(g, "president", "US", "2099-12-31")).toEqual(["b"]);
  });

  it("matches on country and treats missing bounds as open", () => {
    expect(holderKeys(g, "president", "NO", "1900-01-01")).toEqual(["c"]);
    expect(holderKeys(g, "defence-minister", "US", "2021-01-20")).toEqual([]);
    expect(heldOn({}, "2000-01-01")).toBe(true);
    expect(heldOn({ to: "2000-01-01" }, "2000-01-01")).toBe(false);
  });
});
