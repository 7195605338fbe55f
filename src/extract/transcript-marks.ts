// The marks of a transcript in a press release, read by the actor finder (who is speaking, for "my counterpart"
// and "He") and the interaction reader (whose turn it is, who is spoken of, who held a listed meeting, which item
// of the release a stray channel belongs to).

/** A release's asterism ("* * *"), between its summary and its transcript or between its items. */
export const ASTERISM = /\*\s*\*\s*\*/;
const ASTERISMS = new RegExp(ASTERISM.source, "g");

/** Where the text after the last asterism begins: 0 when there is none. */
export function afterLastAsterism(text: string): number {
  let from = 0;
  if (text.includes("*")) for (const m of text.matchAll(ASTERISMS)) from = m.index + m[0].length;
  return from;
}

/**
 * Whether a name ending at `end` is a speaker's label: a colon follows, perhaps after a transcriber's note in
 * brackets ("Vladimir Putin: ...", "Nguyen Xuan Phuc(retranslated): ...").
 */
export function endsLabel(text: string, end: number): boolean {
  return LABEL_END.test(text.slice(end, end + 40));
}

const LABEL_END = /^\s*(?:\([^)]*\))?\s*:/;
