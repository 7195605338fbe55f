// Parsing graph-data/gazetteer.yaml (140 KB: yaml, then zod and the consistency checks)
// cost ~0.4 s of CPU on every run, mostly yaml, more than a small corpus itself. A file
// that passed is kept as JSON, keyed by a hash of its text and of the parser's source:
// the same file is then read back in a few milliseconds, and an edit to either the file
// or src/extract/gazetteer.ts parses it afresh. Files with mistakes are never cached,
// so they are reported exactly as parseGazetteer reports them.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Gazetteer } from "../shared/types.js";
import { parseGazetteer } from "../extract/gazetteer.js";

const PARSER_SOURCE = "src/extract/gazetteer.ts";
/** Entries kept: enough for a few gazetteers in use, without growing with every test run. */
const MAX_ENTRIES = 16;

/**
 * The project root, found upwards from this module: it runs from src/cli under tsx
 * and from node_modules/.cache/actor-graph/cli as the bundled CLI.
 */
function findRoot(from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, PARSER_SOURCE))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

const ROOT = findRoot(import.meta.dirname);
export const DEFAULT_CACHE_DIR = ROOT ? join(ROOT, "node_modules/.cache/actor-graph/gazetteer") : null;
/** The parser's libraries, by their package.json: a new version may read or check the same text differently. */
export const PARSER_LIBRARIES = ROOT ? ["yaml", "zod"].map((name) => join(ROOT, "node_modules", name, "package.json")) : [];

/** parseGazetteer, answered from the cache in `cacheDir` when this text (and this parser) was parsed before. */
export function parseGazetteerCached(
  yamlText: string,
  source: string,
  cacheDir: string | null = DEFAULT_CACHE_DIR,
  libraries: string[] = PARSER_LIBRARIES,
): Gazetteer {
  const parser = ROOT ? readFileSync(join(ROOT, PARSER_SOURCE)) : null;
  if (!cacheDir || !parser) return parseGazetteer(yamlText, source);
  const hash = createHash("sha256").update(parser);
  for (const lib of libraries) hash.update("\0").update(libraryVersion(lib));
  const key = hash.update("\0").update(yamlText).digest("hex");
  const entry = join(cacheDir, `${key}.json`);
  try {
    return JSON.parse(readFileSync(entry, "utf8")) as Gazetteer;
  } catch {
    // Not cached yet (or a damaged entry): parse, which throws on a bad file before anything is written.
  }
  const gazetteer = parseGazetteer(yamlText, source);
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written beside and renamed: a concurrent run never reads half an entry.
    const tmp = `${entry}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(gazetteer));
    renameSync(tmp, entry);
    prune(cacheDir);
  } catch {
    // A read-only tree only loses the speed-up.
  }
  return gazetteer;
}

function libraryVersion(packageJson: string): string {
  try {
    return (JSON.parse(readFileSync(packageJson, "utf8")) as { version?: string }).version ?? "";
  } catch {
    return "";
  }
}

function prune(cacheDir: string): void {
  const entries = readdirSync(cacheDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ path: join(cacheDir, f), mtime: statSync(join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of entries.slice(MAX_ENTRIES)) rmSync(old.path, { force: true });
}
