// SpillFile's read-ahead: records read back in the order they were written come from one read of
// the file, records read at random one read each, and every record reads back whole either way.
import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  const readSync = ((...args: unknown[]) => {
    reads.count++;
    return (fs.readSync as (...a: unknown[]) => number)(...args);
  }) as typeof fs.readSync;
  return { ...fs, default: { ...fs, readSync }, readSync };
});

const { SpillFile } = await import("./spill-file.js");

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fileWith(records: string[], readAhead: number) {
  const dir = mkdtempSync(join(tmpdir(), "spill-ahead-"));
  dirs.push(dir);
  const file = new SpillFile(join(dir, "f"), readAhead);
  const spans = records.map((r) => {
    const at = file.append(r);
    return [at, file.size - at] as const;
  });
  return { file, spans };
}

// 200 records of about 60 bytes with characters of 1 to 4 bytes: 12 KB in all.
const RECORDS = Array.from({ length: 200 }, (_, i) => `{"id":"a${i}","title":"Зеленский 🙂 met Putin é ${i}"}`);

describe("SpillFile read-ahead", () => {
  it("reads records in the order they were written with one read of the file per window", () => {
    const { file, spans } = fileWith(RECORDS, 4096);
    reads.count = 0;
    const back = spans.map(([at, n]) => file.read(at, n));
    expect(back).toEqual(RECORDS);
    // The first record alone (nothing yet says the reads come in order), then 4 KB at a time.
    const bytes = spans.at(-1)![0] + spans.at(-1)![1];
    expect(reads.count).toBeLessThanOrEqual(1 + Math.ceil(bytes / 4096) + 1);
    expect(reads.count).toBeGreaterThan(1);
    file.close();
  });

  it("reads records asked at random one read each, and all of them right", () => {
    const { file, spans } = fileWith(RECORDS, 4096);
    // Every 7th record, round and round: never where the one before ended.
    const order = Array.from({ length: RECORDS.length }, (_, i) => (i * 7) % RECORDS.length);
    reads.count = 0;
    for (const i of order) expect(file.read(spans[i]![0], spans[i]![1])).toBe(RECORDS[i]);
    expect(reads.count).toBe(RECORDS.length);
    file.close();
  });

  it("reads a record longer than the window, and records written after a window was read", () => {
    const big = "é".repeat(5000);
    const { file, spans } = fileWith([RECORDS[0]!, RECORDS[1]!, big, RECORDS[2]!], 4096);
    expect(spans.map(([at, n]) => file.read(at, n))).toEqual([RECORDS[0], RECORDS[1], big, RECORDS[2]]);
    // Appended after the window was filled from the file's end: read from the file, not the window.
    const at = file.append("later");
    expect(file.read(at, file.size - at)).toBe("later");
    expect(file.read(spans[3]![0], spans[3]![1])).toBe(RECORDS[2]);
    expect(() => file.read(file.size + 10, 4)).toThrow(/asked, the file ends at/);
    file.close();
  });

  it("reads nothing ahead when told not to (the default)", () => {
    const { file, spans } = fileWith(RECORDS, 0);
    reads.count = 0;
    expect(spans.map(([at, n]) => file.read(at, n))).toEqual(RECORDS);
    expect(reads.count).toBe(RECORDS.length);
    file.close();
  });
});
