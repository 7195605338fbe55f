import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { CsvFastReader } from "./csv.js";

function fastRead(chunks: string[]): { records: Record<string, string>[]; irregular: boolean; header: string[] | null } {
  const r = new CsvFastReader();
  const records: Record<string, string>[] = [];
  for (const c of chunks) {
    records.push(...r.push(c));
    if (r.irregular) return { records, irregular: true, header: r.header };
  }
  records.push(...r.end());
  return { records, irregular: r.irregular, header: r.header };
}

type Event = { record: Record<string, string> } | { skip: string };

/** What the CLI's csv-parse settings make of the text: rows, and rows it skips (or reads with broken quoting). */
function reference(text: string): Event[] | "throws" {
  const events: Event[] = [];
  try {
    parse(text, {
      bom: true,
      relax_quotes: true,
      raw: true,
      skip_records_with_error: true,
      columns: (h: string[]) => h.map((x) => x.trim()),
      on_record: ({ record, raw }: { record: Record<string, string>; raw: string }) => {
        const suspect = Object.values(record).some((v) => v.startsWith('"'));
        let broken = false;
        if (suspect) {
          try {
            parse(raw, { relax_column_count: true });
          } catch {
            broken = true;
          }
        }
        events.push(broken ? { skip: "broken quoting" } : { record });
        return null;
      },
      on_skip: (e: Error | undefined) => {
        events.push({ skip: e?.message ?? "?" });
      },
    });
  } catch {
    return "throws";
  }
  return events;
}

function chunked(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of at) {
    out.push(text.slice(from, c));
    from = c;
  }
  out.push(text.slice(from));
  return out.filter((c) => c.length > 0);
}

describe("CsvFastReader", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, across chunk edges", () => {
    const text = 'id,date,text\r\n1,2021-01-01,"Putin said, ""yes"".\r\nThen left."\r\n2,2021-01-02,plain\r\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const r = fastRead([text.slice(0, cut), text.slice(cut)].filter(Boolean));
      expect(r.irregular).toBe(false);
      expect(r.records).toEqual([
        { id: "1", date: "2021-01-01", text: 'Putin said, "yes".\r\nThen left.' },
        { id: "2", date: "2021-01-02", text: "plain" },
      ]);
    }
  });

  it("leaves damaged or unusual CSV to csv-parse", () => {
    for (const text of [
      'id,text\n1,"a"b\n', // text after a closing quote
      "id,text\n1,a\"b\n", // a quote in an unquoted field
      'id,text\n1,"never closed\n',
      "id,text\n1,a,extra\n",
      "id,text\n1,a\n\n2,b\n", // an empty line
      "id,text\r1,a\r", // CR line breaks
      "id,text\n1,a\r\n", // line breaks that change
      "id,id,text\n1,2,a\n",
      "", // no header at all
    ]) {
      expect(fastRead([text]).irregular, JSON.stringify(text)).toBe(true);
    }
  });

  it("reads every text as csv-parse does, or says it cannot and gives only rows csv-parse gives first", () => {
    const piece = fc.constantFrom("a", "b", "é", " ", ",", ",", "\n", "\n", "\r\n", "\r", '"', '"', '""', '"x"', "😀");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 4 }), fc.boolean(), (pieces, cuts, withHeader) => {
        const text = (withHeader ? "id,text\n" : "") + pieces.join("");
        const fast = fastRead(chunked(text, cuts));
        const ref = reference(text);
        if (ref === "throws") {
          expect(fast.irregular).toBe(true);
          return;
        }
        const firstRecords = ref.slice(0, fast.records.length);
        expect(firstRecords).toEqual(fast.records.map((record) => ({ record })));
        if (!fast.irregular) expect(ref).toEqual(fast.records.map((record) => ({ record })));
      }),
      { numRuns: 2000 },
    );
  });
});
