// A transcript's speaker label ends at a colon right after the speaker's name, with perhaps a transcriber's note
// between them: "Vladimir Putin: ...", "Nguyen Xuan Phuc(retranslated): ...". Read by the actor finder (who is
// speaking, for "my counterpart" and "He") and the interaction reader (whose turn it is, who is spoken of).

/** Whether a name ending at `end` is a speaker's label: a colon follows, perhaps after a note in brackets. */
export function endsLabel(text: string, end: number): boolean {
  return LABEL_END.test(text.slice(end, end + 40));
}

const LABEL_END = /^\s*(?:\([^)]*\))?\s*:/;
