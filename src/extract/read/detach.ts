// V8 keeps a slice of 13 or more characters as a view on its whole parent
// string, so one short string kept from an article (an id, an evidence
// sentence) keeps the whole article, or the whole 1 MB chunk of a CSV file it
// was read from, alive. Joining the slice to one character and slicing that
// off again makes a flat copy instead, and the parent can be collected.

export function detach(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

/** detach(), copying each distinct string once (many interactions quote the same sentence). */
export function detacher(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    if (s.length < 13) return s;
    let copy = seen.get(s);
    if (copy === undefined) {
      copy = detach(s);
      seen.set(s, copy);
    }
    return copy;
  };
}
