// Test fixture: a normalised text with its map read out at every offset, the end included.
import type { NormalisedText } from "../shared/types.js";

export function offsetTable(n: NormalisedText): { text: string; offsets: number[] } {
  return { text: n.text, offsets: Array.from({ length: n.text.length + 1 }, (_, i) => n.toOriginal(i)) };
}
