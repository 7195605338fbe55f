// npm run export -- --format png|svg|gexf|graphml|json|csv [filters] --out FILE
// Writes a snapshot of the graph under the same filters the explorer applies
// (filterGraph) and the same colours and sizes (shared/appearance).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { interactionTypes, parseGraphFile, type GraphFile, type InteractionType } from "../shared/graph-schema.js";
import { DEFAULT_FILTERS, type Filters } from "../shared/filter.js";
import { DATA_FORMATS, exportFiles, snapshotFromFile, type DataFormat } from "../export/snapshot.js";
import { sceneToSvg } from "../export/svg.js";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.js";
import { nonNegativeNumber, parseCommandLine, runCommand, UsageError, wholeNumber } from "./command-line.js";

export const FORMATS = ["png", ...DATA_FORMATS] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: npm run export -- --format png|svg|gexf|graphml|json|csv --out FILE [options]

Options:
  --graph FILE            graph to export (default graph-data/graph.json)
  --from YYYY-MM-DD       keep interactions on or after this date
  --to YYYY-MM-DD         keep interactions on or before this date
  --types LIST            interaction types kept, comma-separated: meeting,statement,comention
  --include-unrealised    keep planned/proposed/cancelled/denied meetings (the default)
  --exclude-unrealised    drop them
  --exclude-transcript    drop statements read only from a speaker's own words in a transcript
                          (everyone a turn names), keeping reported speech
  --exclude-untitled      drop actors found with no title and unknown to the gazetteer
                          (athletes, artists, people of history)
  --min-weight W          hide edges lighter than W
  --focus ACTOR           keep one actor (key or name) and its neighbours
  --width PX, --height PX image size for png/svg, caption band included (default 1200 x 900)
  --scale 1|2             png pixel ratio (default 1)
  --out FILE              output file; csv writes FILE's stem + _nodes.csv and _edges.csv
`;

export interface ExportOptions {
  format: Format;
  graph: string;
  out: string;
  filters: Filters;
  /** Raw --focus value, resolved against the graph once it is read. */
  focus: string | null;
  width: number;
  height: number;
  scale: number;
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function parseExportArgs(argv: string[]): ExportOptions {
  const { values } = parseCommandLine(argv, {
    format: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    types: { type: "string" },
    "include-unrealised": { type: "boolean" },
    "exclude-unrealised": { type: "boolean" },
    "exclude-transcript": { type: "boolean" },
    "exclude-untitled": { type: "boolean" },
    "min-weight": { type: "string" },
    focus: { type: "string" },
    graph: { type: "string" },
    out: { type: "string" },
    width: { type: "string" },
    height: { type: "string" },
    scale: { type: "string" },
  });
  const format = values.format;
  if (!format) throw new UsageError("--format is required");
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown --format "${format}" (expected one of ${FORMATS.join(", ")})`);
  }
  if (!values.out) throw new UsageError("--out FILE is required");
  for (const bound of ["from", "to"] as const) {
    const v = values[bound];
    if (v !== undefined && !isIsoDate(v)) throw new UsageError(`--${bound} must be a date YYYY-MM-DD, got "${v}"`);
  }
  if (values.from && values.to && values.from > values.to) {
    throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  }
  let types: InteractionType[] = [...DEFAULT_FILTERS.types];
  if (values.types !== undefined) {
    const asked = values.types.split(",").map((t) => t.trim()).filter(Boolean);
    const unknown = asked.filter((t) => !(interactionTypes as readonly string[]).includes(t));
    if (unknown.length) {
      throw new UsageError(`unknown --types ${unknown.map((t) => `"${t}"`).join(", ")} (expected ${interactionTypes.join(", ")})`);
    }
    if (!asked.length) throw new UsageError("--types needs at least one of " + interactionTypes.join(", "));
    // Canonical order, so the same choice gives the same file name.
    types = interactionTypes.filter((t) => asked.includes(t));
  }
  if (values["include-unrealised"] && values["exclude-unrealised"]) {
    throw new UsageError("--include-unrealised and --exclude-unrealised contradict each other");
  }
  const minWeight = nonNegativeNumber("min-weight", values["min-weight"], 0);
  const scale = wholeNumber("scale", values.scale, 1, { min: 1, max: 2 });
  return {
    format: format as Format,
    graph: values.graph ?? "graph-data/graph.json",
    out: values.out,
    focus: values.focus ?? null,
    filters: {
      ...DEFAULT_FILTERS,
      types,
      includeUnrealised: !values["exclude-unrealised"],
      includeTranscript: !values["exclude-transcript"],
      includeUntitled: !values["exclude-untitled"],
      minWeight,
      from: values.from ?? null,
      to: values.to ?? null,
    },
    width: wholeNumber("width", values.width, 1200, { min: 1, max: 8000 }),
    height: wholeNumber("height", values.height, 900, { min: 1, max: 8000 }),
    scale,
  };
}

/** Finds the actor --focus names: a node key, else a label or alias (case-insensitive). */
export function resolveFocus(file: GraphFile, focus: string): string {
  if (file.nodes.some((n) => n.key === focus)) return focus;
  const wanted = focus.trim().toLocaleLowerCase();
  const matches = file.nodes.filter(
    (n) =>
      n.attributes.label.toLocaleLowerCase() === wanted ||
      n.attributes.aliases.some((a) => a.toLocaleLowerCase() === wanted),
  );
  if (matches.length === 1) return matches[0]!.key;
  if (matches.length > 1) {
    throw new UsageError(`--focus "${focus}" names several actors: ${matches.map((n) => n.key).join(", ")}; use a key`);
  }
  throw new UsageError(`--focus "${focus}": no such actor in the graph (use a node key or a name)`);
}

export function readGraph(path: string): GraphFile {
  if (!existsSync(path)) throw new UsageError(`graph file not found: ${path}`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UsageError(`${path} is not JSON: ${(e as Error).message}`);
  }
  const parsed = parseGraphFile(data);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  return parsed.graph;
}

function csvPaths(out: string): [string, string] {
  const stem = out.replace(/\.csv$/i, "");
  return [`${stem}_nodes.csv`, `${stem}_edges.csv`];
}

async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Buffer> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
    const body = svg.replace(/^<\?xml[^>]*>\s*/, "");
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}svg{display:block}</style></head><body>${body}</body></html>`,
    );
    return await page.screenshot({ clip: { x: 0, y: 0, width, height }, type: "png" });
  } finally {
    await browser.close();
  }
}

/** Runs one export; returns the paths written. */
export async function runExport(options: ExportOptions): Promise<string[]> {
  const file = readGraph(options.graph);
  const filters: Filters = {
    ...options.filters,
    focus: options.focus === null ? null : resolveFocus(file, options.focus),
  };
  const snapshot = snapshotFromFile(file, filters, { width: options.width, height: options.height });
  const out = resolve(options.out);
  mkdirSync(dirname(out), { recursive: true });
  if (options.format === "png") {
    const svg = sceneToSvg(snapshot.scene, snapshot.caption);
    const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
    writeFileSync(out, await svgToPng(svg, Number(w), Number(h), options.scale));
    return [out];
  }
  const files = exportFiles(snapshot, options.format as DataFormat);
  const paths = options.format === "csv" ? csvPaths(out) : [out];
  files.forEach((f, i) => writeFileSync(paths[i]!, f.content));
  return paths;
}

async function main(): Promise<number> {
  try {
    return await runCommand("export", USAGE, async () => {
      const written = await runExport(parseExportArgs(process.argv.slice(2)));
      for (const p of written) console.log(`wrote ${p}`);
    });
  } catch (e) {
    console.error(`export failed: ${(e as Error).stack ?? e}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("src/cli/export.ts")) {
  // A failed run may leave a browser behind: it ends the process rather than wait for it.
  void main().then((code) => (code === 0 ? (process.exitCode = 0) : process.exit(code)));
}
