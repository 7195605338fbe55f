// INTERIM (owner: gazetteer helper replaces this): parses without validation.
import { parse } from "yaml";
import type { Gazetteer } from "../shared/types.js";

export function parseGazetteer(text: string, _source: string): Gazetteer {
  const raw = parse(text) as Partial<Gazetteer> | null;
  return { countries: raw?.countries ?? [], offices: raw?.offices ?? [], people: raw?.people ?? [] };
}
