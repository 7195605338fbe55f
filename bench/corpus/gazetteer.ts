// Loads the gazetteer the generator writes about, through the extractor's own parser.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseGazetteer } from "../../src/extract/gazetteer.js";
import type { Gazetteer } from "../../src/shared/types.js";

export const PROJECT_GAZETTEER = resolve(import.meta.dirname, "../../graph-data/gazetteer.yaml");
/** The harness's own small gazetteer: tests use it, and the bench falls back to it until the real one exists. */
export const FIXTURE_GAZETTEER = resolve(import.meta.dirname, "../fixtures/gazetteer.yaml");

export function loadGazetteer(path: string = existsSync(PROJECT_GAZETTEER) ? PROJECT_GAZETTEER : FIXTURE_GAZETTEER): {
  gazetteer: Gazetteer;
  path: string;
} {
  return { gazetteer: parseGazetteer(readFileSync(path, "utf8"), path), path };
}
