// Lists the files to read from the command-line paths: files as given, folders
// searched recursively in sorted order (so output never depends on the file
// system's listing order). Symlink loops, unreadable folders and broken links
// are reported, never fatal.
import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { extname, join } from "node:path";
import type { Skipped } from "../shared/types.js";

export type InputKind = "text" | "json" | "jsonl" | "csv";

export interface InputFile {
  /** The path as shown in `source`: the command-line path, joined with the entries below it. */
  path: string;
  kind: InputKind;
  size: number;
}

export interface WalkResult {
  files: InputFile[];
  /** Inputs that could not be read at all (count as records seen, as skipped). */
  skipped: Skipped[];
  warnings: string[];
  /** Command-line paths that do not exist. */
  missing: string[];
  /** Files in folders with extensions that are not read (.pdf, .png...). */
  ignored: number;
}

const KINDS: Record<string, InputKind> = {
  ".txt": "text",
  ".text": "text",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
};

export function kindOf(path: string): InputKind | undefined {
  return KINDS[extname(path).toLowerCase()];
}

// Opening a FIFO for reading blocks until a writer comes; a device may never end.
const NOT_REGULAR = "not a regular file (a FIFO, socket or device)";

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code ? `cannot read (${code})` : `cannot read (${e instanceof Error ? e.message : String(e)})`;
}

export function walkInputs(paths: string[]): WalkResult {
  const out: WalkResult = { files: [], skipped: [], warnings: [], missing: [], ignored: 0 };
  const seenFiles = new Map<string, string>();
  const seenDirs = new Map<string, string>();

  /** `real`: the file's own path with no link in it, when the caller knows it. */
  const addFile = (path: string, size: number, kind: InputKind, real = realPath(path)): void => {
    const first = seenFiles.get(real);
    if (first !== undefined) {
      out.warnings.push(`${path}: the same file as ${first}; read once`);
      return;
    }
    seenFiles.set(real, path);
    out.files.push({ path, kind, size });
  };

  const visitDir = (dir: string): void => {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync.native(dir);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.skipped.push({ source: dir, reason: `folder ${reason(e)}` });
      return;
    }
    const first = seenDirs.get(real);
    if (first !== undefined) {
      out.warnings.push(`${dir}: a link back to ${first} (symlink loop or repeated folder); not read again`);
      return;
    }
    seenDirs.set(real, dir);
    for (const entry of entries.sort((x, y) => byName(x.name, y.name))) {
      const name = entry.name;
      if (name.startsWith(".")) continue;
      const path = join(dir, name);
      let st;
      try {
        st = statSync(path);
      } catch (e) {
        // A dangling link or a file removed while walking.
        out.skipped.push({ source: path, reason: reason(e) });
        continue;
      }
      const kind = kindOf(name);
      if (st.isDirectory()) visitDir(path);
      else if (!kind) out.ignored++;
      // A folder's entry that is not a link is where the folder really is: no realpath per file
      // (it was most of the walk, 0.6 s on 60,000 files).
      else if (st.isFile()) addFile(path, st.size, kind, entry.isSymbolicLink() ? realPath(path) : join(real, name));
      else out.skipped.push({ source: path, reason: NOT_REGULAR });
    }
  };

  for (const path of paths) {
    let st;
    try {
      st = statSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") out.missing.push(path);
      else out.skipped.push({ source: path, reason: reason(e) });
      continue;
    }
    if (st.isDirectory()) visitDir(path);
    else if (st.isFile()) addFile(path, st.size, kindOf(path) ?? "text");
    else out.skipped.push({ source: path, reason: NOT_REGULAR });
  }
  return out;
}
