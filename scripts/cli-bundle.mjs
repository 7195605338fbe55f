// The extractor CLI compiled to plain JavaScript by esbuild, so a run starts in plain
// Node: through tsx every process (and every worker thread again) paid for tsx's loader
// and a transform of each source file, ~0.5 s before reading the first article.
// The bundle is rebuilt (~0.1 s) whenever a file it was made from is newer than it, so
// `npm run extract` always runs the current sources; `tsx src/cli/extract.ts` still works.
// Plain .mjs on purpose: this file must run before anything can compile TypeScript.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The extractor's bundle. Output names mirror src/cli, so the main bundle's
 * `new URL("./extract-worker-boot.mjs", import.meta.url)` finds the bundled worker
 * beside it, with no tsx hook to load.
 */
export const EXTRACT_BUNDLE = {
  root: ROOT,
  outDir: join(ROOT, "node_modules/.cache/actor-graph/cli"),
  entries: { extract: "src/cli/extract.ts", "extract-worker-boot": "src/cli/extract-worker.ts" },
};

/** Lists the files a bundle was built from (node_modules too: an update rebuilds); its mtime is when the build read them. */
const STAMP = "inputs.json";

/**
 * Whether the bundle in `outDir` exists and no file it was built from (nor this
 * script, which sets the build options) changed since.
 * @param {{ root: string, outDir: string, entries: Record<string, string> }} spec
 */
export function bundleIsFresh(spec) {
  const stamp = join(spec.outDir, STAMP);
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  /** @type {string[]} */
  const inputs = JSON.parse(readFileSync(stamp, "utf8"));
  const outputs = Object.keys(spec.entries).map((name) => join(spec.outDir, `${name}.mjs`));
  return [...outputs, ...inputs.map((p) => resolve(spec.root, p))].every((p) => existsSync(p)) &&
    [fileURLToPath(import.meta.url), ...inputs.map((p) => resolve(spec.root, p))].every((p) => statSync(p).mtimeMs <= built);
}

/**
 * Absolute paths of the files the bundle in `outDir` was last built from (none before a build).
 * @param {{ root: string, outDir: string, entries: Record<string, string> }} spec
 * @returns {string[]}
 */
export function bundleInputs(spec) {
  const stamp = join(spec.outDir, STAMP);
  if (!existsSync(stamp)) return [];
  return JSON.parse(readFileSync(stamp, "utf8")).map((/** @type {string} */ p) => resolve(spec.root, p));
}

/**
 * Builds the bundle unless it is fresh; returns the path of each entry's output and whether it was built now.
 * @param {{ root: string, outDir: string, entries: Record<string, string> }} spec
 * @returns {Promise<{ built: boolean, outputs: Record<string, string> }>}
 */
export async function ensureBundle(spec) {
  const outputs = Object.fromEntries(Object.keys(spec.entries).map((name) => [name, join(spec.outDir, `${name}.mjs`)]));
  if (bundleIsFresh(spec)) return { built: false, outputs };
  // Sources edited while the build runs are newer than this, so the next run rebuilds.
  const started = new Date();
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: spec.root,
    entryPoints: Object.fromEntries(Object.entries(spec.entries).map(([name, src]) => [name, resolve(spec.root, src)])),
    outdir: spec.outDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Dependencies are bundled too: one file loads in about half the CPU time of the ~240
    // modules they are made of. Not tinypool, which starts its workers from its own files.
    external: ["tinypool"],
    // Bundled CommonJS packages (graphology) require Node's built-ins.
    banner: { js: 'import { createRequire as createRequireForBundle } from "node:module"; const require = createRequireForBundle(import.meta.url);' },
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  mkdirSync(spec.outDir, { recursive: true });
  // Written beside and renamed: a concurrent run never imports a half-written file.
  const tmp = `.${process.pid}.tmp`;
  for (const file of result.outputFiles) {
    writeFileSync(file.path + tmp, file.contents);
    renameSync(file.path + tmp, file.path);
  }
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(spec.root, resolve(spec.root, p)));
  const stamp = join(spec.outDir, STAMP);
  writeFileSync(stamp + tmp, `${JSON.stringify(inputs.sort(), null, 1)}\n`);
  utimesSync(stamp + tmp, started, started);
  renameSync(stamp + tmp, stamp);
  return { built: true, outputs };
}
