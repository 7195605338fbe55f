import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BufferedWriter } from "./buffered-writer.js";

function withFile(run: (fd: number, path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "buffered-writer-"));
  const path = join(dir, "f");
  const fd = openSync(path, "w+");
  try {
    run(fd, path);
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

const bytesOf = (p: string | Uint8Array): Buffer => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p));

describe("BufferedWriter", () => {
  it("writes text and bytes in order, counting bytes as it goes, whatever their size", () => {
    // Small pieces, pieces bigger than the buffer (1 MB) as text of 1 to 4-byte characters and as
    // bytes, and a character cut in two across two byte pieces.
    const euro = Buffer.from("€", "utf8");
    const pieces: (string | Uint8Array)[] = [
      "a",
      "Зеленский",
      euro.subarray(0, 1),
      euro.subarray(1),
      "x".repeat(1_200_000),
      "é".repeat(400_000),
      new Uint8Array(1_500_000).fill(0x41),
      "🙂".repeat(300_000),
      Buffer.from("end"),
    ];
    withFile((fd, path) => {
      const out = new BufferedWriter(fd);
      let expected = 0;
      for (const p of pieces) {
        out.write(p);
        expected += bytesOf(p).length;
        expect(out.size).toBe(expected);
      }
      out.flush();
      const written = readFileSync(path);
      expect(written.length).toBe(expected);
      // Buffer.compare, not toEqual: a deep comparison of megabytes takes seconds.
      expect(Buffer.compare(written, Buffer.concat(pieces.map(bytesOf)))).toBe(0);
    });
  });

  it("gives any sequence of pieces back byte for byte", () => {
    const piece = fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.uint8Array({ maxLength: 300 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat({ max: 39 }), (pieces, flushAt) => {
        withFile((fd, path) => {
          const out = new BufferedWriter(fd);
          pieces.forEach((p, i) => {
            out.write(p);
            // Flushing in the middle changes nothing of what ends in the file.
            if (i === flushAt) out.flush();
          });
          out.flush();
          expect(readFileSync(path)).toEqual(Buffer.concat(pieces.map(bytesOf)));
        });
      }),
      { numRuns: 100 },
    );
  });
});
