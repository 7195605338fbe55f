// Getting a graph file from a URL or a dropped file into a validated GraphFile.
// Every failure becomes one readable message; nothing here throws.
import { parseGraphFile, type GraphFile } from "../../shared/graph-schema.js";
import { withEdgeKeys } from "./indexes.js";
import { takePrefetched } from "./prefetch.js";

export type LoadResult = { ok: true; file: GraphFile } | { ok: false; error: string };

/**
 * Larger files are refused before they are read: parsing one takes several times its
 * size in memory and may crash the tab (and past ~512 MB the text cannot even be held).
 * The biggest graphs benchmarked (20,000 actors, 200,000 edges) are about 130 MB.
 */
export const MAX_GRAPH_BYTES = 200 * 1024 * 1024;

function tooLarge(name: string, bytes: number): LoadResult {
  return { ok: false, error: `${name} is too large (${(bytes / 1024 / 1024).toFixed(0)} MB); the explorer opens graph files up to ${MAX_GRAPH_BYTES / 1024 / 1024} MB` };
}

export function parseGraphText(text: string, name: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${name} is not JSON: ${(e as Error).message}` };
  }
  const parsed = parseGraphFile(data);
  if (!parsed.ok) return { ok: false, error: `${name}: ${parsed.error}` };
  return { ok: true, file: withEdgeKeys(parsed.graph) };
}

export async function fetchGraph(url: string): Promise<LoadResult> {
  let response: Response;
  try {
    response = await (takePrefetched(url) ?? fetch(url));
  } catch (e) {
    return { ok: false, error: `could not load ${url}: ${(e as Error).message}` };
  }
  if (!response.ok) return { ok: false, error: `could not load ${url}: HTTP ${response.status}` };
  const length = Number(response.headers.get("content-length"));
  if (length > MAX_GRAPH_BYTES) {
    void response.body?.cancel();
    return tooLarge(url, length);
  }
  try {
    return parseGraphText(await response.text(), url);
  } catch (e) {
    return { ok: false, error: `could not read ${url}: ${(e as Error).message}` };
  }
}

export async function readGraphFile(file: File): Promise<LoadResult> {
  if (file.size > MAX_GRAPH_BYTES) return tooLarge(file.name, file.size);
  try {
    return parseGraphText(await file.text(), file.name);
  } catch (e) {
    return { ok: false, error: `could not read ${file.name}: ${(e as Error).message}` };
  }
}

/** Whether a ?graph= value points at this page's own origin (relative URLs do). */
export function isSameOrigin(url: string, base: string): boolean {
  try {
    const target = new URL(url, base);
    return target.origin === new URL(base).origin;
  } catch {
    return false;
  }
}
