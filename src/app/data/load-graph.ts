// Getting a graph file from a URL or a dropped file into a validated GraphFile.
// Every failure becomes one readable message; nothing here throws.
import { parseGraphFile, type GraphFile } from "../../shared/graph-schema.js";
import { withEdgeKeys } from "./indexes.js";

export type LoadResult = { ok: true; file: GraphFile } | { ok: false; error: string };

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
    response = await fetch(url);
  } catch (e) {
    return { ok: false, error: `could not load ${url}: ${(e as Error).message}` };
  }
  if (!response.ok) return { ok: false, error: `could not load ${url}: HTTP ${response.status}` };
  return parseGraphText(await response.text(), url);
}

export async function readGraphFile(file: File): Promise<LoadResult> {
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
