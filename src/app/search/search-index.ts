// Actor search: accent- and case-insensitive, tolerant of a letter or two off
// ("Lavrof" → Lavrov, "Zhelensky" → Zelensky). Pure, so ranking is unit-tested.

export interface Searchable {
  key: string;
  label: string;
  aliases: string[];
  /** Tie-breaker: more connected actors first. */
  weight: number;
}

interface Entry extends Searchable {
  /** Normalised label then aliases. */
  terms: string[];
  tokens: string[][];
}

export interface SearchIndex {
  entries: Entry[];
}

export interface SearchHit {
  key: string;
  label: string;
  /** The alias that matched when it is not the label, to show why a hit came up. */
  via: string | null;
  score: number;
}

export function normaliseText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function buildSearchIndex(items: Searchable[]): SearchIndex {
  return {
    entries: items.map((it) => {
      const raw = [it.label, ...it.aliases];
      const terms = raw.map(normaliseText);
      return { ...it, terms, tokens: terms.map((t) => t.split(" ").filter(Boolean)) };
    }),
  };
}

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits), cut off above max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** How well one query token matches one name token, 0 when it does not. */
function tokenScore(q: string, t: string): number {
  if (q === t) return 1;
  if (t.startsWith(q)) return 0.9;
  const max = allowedEdits(q.length);
  if (max === 0) return 0;
  const d = editDistance(q, t, max);
  if (d <= max) return 0.75 - 0.1 * d;
  // The user may still be typing a misspelt name: compare with a prefix of it.
  if (t.length > q.length) {
    const dp = editDistance(q, t.slice(0, q.length), max);
    if (dp <= max) return 0.6 - 0.1 * dp;
  }
  return 0;
}

function termScore(query: string, qTokens: string[], term: string, tokens: string[]): number {
  if (term === query) return 100;
  if (term.startsWith(query)) return 90;
  if (qTokens.length === 1 && tokens.some((t) => t.startsWith(query))) return 80;
  if (term.includes(query)) return 60;
  let sum = 0;
  for (const q of qTokens) {
    let best = 0;
    for (const t of tokens) best = Math.max(best, tokenScore(q, t));
    if (best === 0) return 0;
    sum += best;
  }
  return 50 * (sum / qTokens.length);
}

/** Best matches first; `accept` leaves out actors that may not be offered (e.g. filtered out). */
export function searchActors(index: SearchIndex, query: string, limit = 8, accept: (key: string) => boolean = () => true): SearchHit[] {
  const q = normaliseText(query);
  if (!q) return [];
  const qTokens = q.split(" ");
  const hits: (SearchHit & { weight: number })[] = [];
  for (const e of index.entries) {
    if (!accept(e.key)) continue;
    let best = 0;
    let bestTerm = 0;
    e.terms.forEach((term, i) => {
      const s = termScore(q, qTokens, term, e.tokens[i]!);
      if (s > best) {
        best = s;
        bestTerm = i;
      }
    });
    if (best > 0) {
      const via = bestTerm === 0 ? null : (e.aliases[bestTerm - 1] ?? null);
      hits.push({ key: e.key, label: e.label, via: via && normaliseText(via) !== e.terms[0] ? via : null, score: best, weight: e.weight });
    }
  }
  hits.sort((a, b) => b.score - a.score || b.weight - a.weight || a.label.localeCompare(b.label, "en") || (a.key < b.key ? -1 : 1));
  return hits.slice(0, limit).map(({ weight: _w, ...h }) => h);
}

/** `make()`'s value, made at the first call and then kept. */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
