// Discovered people are told apart by their folded name (actors/names.ts, discoveredKey), so
// that one person spelt two ways is one actor; the file keys each by the slug of its label,
// as a reader would write it: "brittany-stewart", not the folded "brittani-stewart".
import type { NodeAttributes, RawInteraction } from "../../shared/types.js";
import { slug } from "../actors/names.js";

export interface Keyed {
  nodes: Map<string, NodeAttributes>;
  interactions: RawInteraction[];
}

/** Discovered nodes rekeyed by the slug of their label, and the interactions that name them; a key already taken stays as it was. */
export function keyDiscoveredByLabel(nodes: Map<string, NodeAttributes>, interactions: RawInteraction[]): Keyed {
  const rename = discoveredRenames(nodes);
  if (rename.size === 0) return { nodes, interactions };
  return { nodes: renameNodes(nodes, rename), interactions: interactions.map((x) => renameInteraction(x, rename)) };
}

/** Old key -> new key for each discovered node whose label's slug differs from its key and is free. */
export function discoveredRenames(nodes: Map<string, NodeAttributes>): Map<string, string> {
  const rename = new Map<string, string>();
  const taken = new Set(nodes.keys());
  for (const [key, n] of nodes) {
    if (n.known) continue;
    const to = slug(n.label);
    if (!to || to === key || taken.has(to)) continue;
    rename.set(key, to);
    taken.add(to);
  }
  return rename;
}

export function renameNodes(nodes: Map<string, NodeAttributes>, rename: Map<string, string>): Map<string, NodeAttributes> {
  const renamed = new Map<string, NodeAttributes>();
  for (const [key, n] of nodes) renamed.set(rename.get(key) ?? key, n);
  return renamed;
}

/** The interaction with its actors renamed: itself when nothing changes, else a copy (the caller's stays as it was). */
export function renameInteraction(x: RawInteraction, rename: Map<string, string>): RawInteraction {
  const a = rename.get(x.a) ?? x.a;
  const b = rename.get(x.b) ?? x.b;
  const speaker = x.speaker === undefined ? undefined : (rename.get(x.speaker) ?? x.speaker);
  if (a === x.a && b === x.b && speaker === x.speaker) return x;
  // A pair is written smaller key first.
  const y: RawInteraction = { ...x, a: a < b ? a : b, b: a < b ? b : a };
  if (speaker !== undefined) y.speaker = speaker;
  return y;
}
