// Text and bytes written to a file through one reused buffer. Joining text into a big
// string before writing it (or decoding a big piece of a file into one) makes strings of
// megabytes, which V8 keeps in its large-object space until a full collection: dead, but
// counted in a run's peak memory.
import { writeSync } from "node:fs";

const BUFFER_BYTES = 1 << 20;

export class BufferedWriter {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  /** Bytes already in the file. */
  private flushed = 0;

  /** Writes from the file's start, at explicit offsets, so the file can be read between writes. */
  constructor(private readonly fd: number) {}

  /** Bytes written so far, what is still in the buffer included. */
  get size(): number {
    return this.flushed + this.used;
  }

  write(piece: string | Uint8Array): void {
    if (typeof piece !== "string") {
      if (piece.length > BUFFER_BYTES - this.used) {
        this.flush();
        if (piece.length > BUFFER_BYTES) return this.writeAll(piece);
      }
      this.buffer.set(piece, this.used);
      this.used += piece.length;
      return;
    }
    // A UTF-16 code unit takes at most 3 bytes in UTF-8: most pieces skip Buffer.byteLength.
    if (piece.length * 3 > BUFFER_BYTES - this.used) {
      this.flush();
      if (piece.length * 3 > BUFFER_BYTES) return this.writeAll(Buffer.from(piece, "utf8"));
    }
    this.used += this.buffer.write(piece, this.used, "utf8");
  }

  flush(): void {
    if (this.used === 0) return;
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private writeAll(bytes: Uint8Array): void {
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.flushed + done);
    this.flushed += bytes.length;
  }
}
