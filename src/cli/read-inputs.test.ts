import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInput, type ReadEvent } from "./read-inputs.js";
import { kindOf } from "./walk-inputs.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "read-inputs-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, content: string | Buffer): Promise<ReadEvent[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const events: ReadEvent[] = [];
  for await (const e of readInput({ path, kind: kindOf(path) ?? "text", size: statSync(path).size }, () => {})) events.push(e);
  return events;
}
const articles = (events: ReadEvent[]) => events.flatMap((e) => (e.type === "article" ? [e.article] : []));
const skips = (events: ReadEvent[]) => events.flatMap((e) => (e.type === "skipped" ? [e.skipped.reason] : []));

describe("readInput", () => {
  it("streams a CSV larger than one chunk with multi-byte characters across chunk edges", async () => {
    const body = "é😀ж ".repeat(400_000); // ~4 MB of 2-, 4- and 2-byte characters
    const events = await read("big.csv", `id,date,body\na,2021-01-01,"${body}"\nb,2021-01-02,short\n`);
    expect(skips(events)).toEqual([]);
    expect(articles(events).map((a) => [a.id, a.text.length])).toEqual([["a", body.length], ["b", 5]]);
    expect(articles(events)[0]!.text).toBe(body);
  });

  it("skips only the CSV row whose quoting is broken; escaped quotes are fine", async () => {
    const events = await read("q.csv", 'id,date,text\n1,2021-01-01,"b"x\n2,2021-01-02,"""Quoted"" word"\n3,2021-01-03,plain\n');
    expect(articles(events).map((a) => [a.id, a.text])).toEqual([["2", '"Quoted" word'], ["3", "plain"]]);
    expect(events.find((e) => e.type === "skipped")).toMatchObject({ skipped: { source: expect.stringMatching(/q\.csv:1$/), reason: expect.stringContaining("broken CSV quoting") } });
  });

  it("reads a CSV fast until a damaged row, then on with csv-parse: every row once, progress counts each byte once", async () => {
    const good = Array.from({ length: 3000 }, (_, i) => `${i},2021-01-01,"Row ${i}, with ""quotes"" and a line\nbreak"`).join("\n");
    const content = `id,date,text\n${good}\nbad,2021-01-02,"x"y\nshort,2021-01-02\nlast,2021-01-03,end\n`;
    const path = join(dir, "late-damage.csv");
    writeFileSync(path, content);
    let bytes = 0;
    const events: ReadEvent[] = [];
    for await (const e of readInput({ path, kind: "csv", size: statSync(path).size }, (n) => (bytes += n))) events.push(e);
    expect(bytes).toBe(Buffer.byteLength(content));
    const ids = articles(events).map((a) => a.id);
    expect(ids).toHaveLength(3001);
    expect(ids.slice(-2)).toEqual(["2999", "last"]);
    expect(articles(events)[5]!.text).toBe('Row 5, with "quotes" and a line\nbreak');
    expect(events.filter((e) => e.type === "skipped").map((e) => (e.type === "skipped" ? e.skipped.source.split(":").pop() : ""))).toEqual(["3001", "3002"]);
  });

  it("keeps the CSV rows read before bytes that are not UTF-8", async () => {
    const events = await read("bad-bytes.csv", Buffer.concat([Buffer.from("id,date,text\n1,2021-01-01,a\n2,2021-01-01,b\n3,2021-01-01,c"), Buffer.from([0xff, 0x0a])]));
    expect(articles(events).map((a) => a.id)).toEqual(["1", "2"]);
    expect(skips(events)).toEqual(["not UTF-8 text (invalid byte sequence); the rest of the file is not read"]);
  });

  it("a CSV with no text column is one skip", async () => {
    expect(skips(await read("cols.csv", "id,date\n1,2021-01-01\n2,2021-01-02\n"))).toEqual([expect.stringContaining("no text column")]);
    expect(skips(await read("header.csv", "id,text\n"))).toEqual([expect.stringContaining("no records")]);
  });

  it("JSON Lines with a BOM and CRLF; bytes that are not UTF-8 stop the file with one skip", async () => {
    const ok = await read("a.jsonl", '\ufeff{"id":"x","text":"t","date":"2021-01-01"}\r\n{"id":"y","text":"u","date":"2021-01-02"}\r\n');
    expect(articles(ok).map((a) => a.id)).toEqual(["x", "y"]);
    const bad = await read("b.jsonl", Buffer.concat([Buffer.from('{"id":"x","text":"t","date":"2021-01-01"}\n'), Buffer.from([0xff, 0xfe, 0x41, 0x0a])]));
    expect(articles(bad).map((a) => a.id)).toEqual(["x"]);
    expect(skips(bad)).toEqual(["not UTF-8 text (invalid byte sequence); the rest of the file is not read"]);
  });

  it("names UTF-16 files and files cut inside a character", async () => {
    expect(skips(await read("u16.txt", Buffer.from("\ufeffhello", "utf16le")))).toEqual(["UTF-16 text is not read (save the file as UTF-8)"]);
    const cut = await read("cut.jsonl", Buffer.from('{"text":"t","date":"2021-01-01"}\n\xe2\x80', "latin1"));
    expect(articles(cut)).toHaveLength(1);
    expect(skips(cut)).toEqual(["not UTF-8 text (the file ends inside a character); the rest of the file is not read"]);
  });
});
