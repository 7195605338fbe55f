import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PNG } from "pngjs";
import { parseExportArgs, resolveFocus, runExport } from "./export.js";
import { UsageError } from "./command-line.js";
import { TRICKY_GRAPH_PATH, trickyGraph } from "../export/test-helpers.js";
import { parseGraphFile } from "../shared/graph-schema.js";

const ROOT = resolve(import.meta.dirname, "../..");
const hasChromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].some((p) => !!p && existsSync(p));

function runCli(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/export.ts", ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("parseExportArgs", () => {
  it("builds the filters from the flags", () => {
    const o = parseExportArgs(
      "--format gexf --from 2021-04-01 --to 2022-02-23 --types statement,meeting --min-weight 1.5 --focus putin --out x.gexf".split(" "),
    );
    expect(o.format).toBe("gexf");
    expect(o.graph).toBe("graph-data/graph.json");
    expect(o.focus).toBe("putin");
    expect(o.filters).toMatchObject({
      types: ["meeting", "statement"],
      from: "2021-04-01",
      to: "2022-02-23",
      minWeight: 1.5,
      includeUnrealised: true,
      includeTranscript: true,
      includeUntitled: true,
    });
    expect(parseExportArgs(["--format", "json", "--exclude-unrealised", "--out", "x"]).filters.includeUnrealised).toBe(false);
    expect(parseExportArgs(["--format", "json", "--exclude-transcript", "--out", "x"]).filters.includeTranscript).toBe(false);
    expect(parseExportArgs(["--format", "json", "--exclude-untitled", "--out", "x"]).filters.includeUntitled).toBe(false);
  });
  it.each([
    [["--out", "x"], /--format is required/],
    [["--format", "pdf", "--out", "x"], /unknown --format "pdf"/],
    [["--format", "svg"], /--out FILE is required/],
    [["--format", "svg", "--out", "x", "--from", "2021-02-30"], /--from must be a date/],
    [["--format", "svg", "--out", "x", "--from", "2022-01-01", "--to", "2021-01-01"], /is after --to/],
    [["--format", "svg", "--out", "x", "--types", "meeting,lunch"], /unknown --types "lunch"/],
    [["--format", "svg", "--out", "x", "--min-weight=-1"], /--min-weight must be a number/],
    [["--format", "svg", "--out", "x", "--min-weight", "abc"], /--min-weight must be a number/],
    [["--format", "svg", "--out", "x", "--scale", "3"], /--scale must be/],
    [["--format", "svg", "--out", "x", "--colour", "red"], /Unknown option '--colour'/],
  ])("rejects %j", (args, message) => {
    expect(() => parseExportArgs(args)).toThrow(UsageError);
    expect(() => parseExportArgs(args)).toThrow(message);
  });
});

describe("resolveFocus", () => {
  const file = trickyGraph();
  it("takes a key, a label or an alias", () => {
    expect(resolveFocus(file, "zelensky")).toBe("zelensky");
    expect(resolveFocus(file, "володимир зеленський")).toBe("zelensky");
    expect(resolveFocus(file, "O'Brien")).toBe("obrien");
  });
  it("names an unknown actor", () => {
    expect(() => resolveFocus(file, "nobody")).toThrow(/"nobody": no such actor/);
  });
});

describe("export CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "export-cli-"));
  it("exits 2 with a clear message on bad input", () => {
    const cases: [string[], RegExp][] = [
      [["--format", "svg", "--out", join(dir, "a.svg"), "--from", "yesterday"], /--from must be a date YYYY-MM-DD/],
      [["--format", "svg", "--out", join(dir, "a.svg"), "--graph", TRICKY_GRAPH_PATH, "--focus", "Nobody"], /no such actor/],
      [["--format", "svg", "--out", join(dir, "a.svg"), "--graph", join(dir, "missing.json")], /graph file not found/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("Usage: npm run export");
    }
  });
  it("writes the filtered graph, focused on one actor", async () => {
    const out = join(dir, "focus.json");
    const paths = await runExport(
      parseExportArgs(["--format", "json", "--graph", TRICKY_GRAPH_PATH, "--focus", "xi", "--types", "meeting,statement", "--out", out]),
    );
    expect(paths).toEqual([out]);
    const parsed = parseGraphFile(JSON.parse(readFileSync(out, "utf8")));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.graph.nodes.map((n) => n.key).sort()).toEqual(["macron", "xi", "zelensky"]);
    expect(parsed.graph.edges.every((e) => e.attributes.comentions === 0)).toBe(true);
  });
  it("writes two CSV tables next to --out", async () => {
    const paths = await runExport(parseExportArgs(["--format", "csv", "--graph", TRICKY_GRAPH_PATH, "--out", join(dir, "t.csv")]));
    expect(paths).toEqual([join(dir, "t_nodes.csv"), join(dir, "t_edges.csv")]);
    expect(readFileSync(paths[0]!, "utf8")).toMatch(/^id,label,/);
  });
  it.skipIf(!hasChromium)(
    "renders a PNG of the requested size that is not blank",
    { timeout: 60_000 },
    async () => {
      const out = join(dir, "g.png");
      await runExport(
        parseExportArgs(["--format", "png", "--graph", TRICKY_GRAPH_PATH, "--width", "800", "--height", "600", "--scale", "2", "--out", out]),
      );
      const png = PNG.sync.read(readFileSync(out));
      expect([png.width, png.height]).toEqual([1600, 1200]);
      const colours = new Set<number>();
      let ink = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        colours.add((r << 16) | (g << 8) | b);
        if (r < 240 || g < 240 || b < 240) ink++;
      }
      expect(colours.size).toBeGreaterThan(50);
      expect(ink / (png.width * png.height)).toBeGreaterThan(0.01);
      // The affiliation colours of the drawn actors are there (US blue, UA yellow).
      expect(colours.has(0x1f77b4)).toBe(true);
      expect(colours.has(0xe6b800)).toBe(true);
    },
  );
});
