// Reads article dates as the corpus writes them, into ISO YYYY-MM-DD.
// Impossible dates (2021-02-30) are errors, never silently moved.

export type DateResult = { ok: true; date: string } | { ok: false; reason: string };

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

/** The ISO date for year, month, day, or null when no such day exists. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (!Number.isInteger(day) || day < 1 || day > days) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function checked(year: number, month: number, day: number, written: string): DateResult {
  const date = isoDate(year, month, day);
  return date ? { ok: true, date } : { ok: false, reason: `impossible date ${written}` };
}

/**
 * Parses a date as found in a record field or an article header: ISO dates and
 * timestamps (the date part is kept as written, with no time-zone shift),
 * YYYYMMDD, YYYY/MM/DD, DD.MM.YYYY, '24 June 2022', 'June 24, 2022'.
 */
export function parseDate(value: string): DateResult {
  const v = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(v) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:$|[T\s])/.exec(v);
  if (m) return checked(+m[1]!, +m[2]!, +m[3]!, m[0].trim().replace(/T$/, ""));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) return checked(+m[1]!, +m[2]!, +m[3]!, v);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (m) return checked(+m[3]!, +m[2]!, +m[1]!, v);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(v);
  if (m && MONTHS[m[2]!.toLowerCase()]) return checked(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!, m[0]);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(v);
  if (m && MONTHS[m[1]!.toLowerCase()]) return checked(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!, m[0]);
  return { ok: false, reason: `unreadable date ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v)}` };
}
