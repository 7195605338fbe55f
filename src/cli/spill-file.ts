// An append-only temporary file of UTF-8 records, read back by offset or streamed whole.
// A run keeps its evidence here instead of in the heap, so its memory grows far less with
// the corpus (see spilled-articles.ts).
import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";

const BUFFER_BYTES = 1 << 20;

/** A temporary file could not be written (a full disk, most likely). */
export class SpillError extends Error {}

export class SpillFile {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  /** Bytes already in the file. */
  private flushed = 0;
  private reader = Buffer.allocUnsafe(4096);

  /** The file has no name any more: the system frees it when the process ends, however it ends. */
  readonly unlinked: boolean;

  constructor(readonly path: string) {
    this.fd = openSync(path, "w+");
    // Open, then unlinked (POSIX): read and written through the descriptor, gone even after a SIGKILL.
    try {
      unlinkSync(path);
      this.unlinked = true;
    } catch {
      this.unlinked = false;
    }
  }

  /** Bytes appended so far. */
  get size(): number {
    return this.flushed + this.used;
  }

  /** Appends `text` and returns its byte offset; its length in bytes is `size` after minus before. */
  append(text: string): number {
    const at = this.size;
    // A UTF-16 code unit takes at most 3 bytes in UTF-8: most records skip Buffer.byteLength.
    if (text.length * 3 > BUFFER_BYTES - this.used) {
      this.flush();
      if (text.length * 3 > BUFFER_BYTES) {
        this.writeAll(Buffer.from(text, "utf8"));
        return at;
      }
    }
    this.used += this.buffer.write(text, this.used, "utf8");
    return at;
  }

  flush(): void {
    if (this.used === 0) return;
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** The text of `length` bytes at `offset`. */
  read(offset: number, length: number): string {
    this.flush();
    if (this.reader.length < length) this.reader = Buffer.allocUnsafe(Math.max(length, this.reader.length * 2));
    for (let done = 0; done < length; ) {
      const n = readSync(this.fd, this.reader, done, length - done, offset + done);
      if (n === 0) throw new Error(`${this.path}: ${length} bytes at ${offset} asked, the file ends at ${offset + done}`);
      done += n;
    }
    return this.reader.toString("utf8", 0, length);
  }

  /** The whole file as text, in pieces of about a megabyte (a character is never cut in two). */
  *chunks(): Generator<string> {
    this.flush();
    const decoder = new StringDecoder("utf8");
    const chunk = Buffer.allocUnsafe(BUFFER_BYTES);
    for (let offset = 0; offset < this.flushed; ) {
      const n = readSync(this.fd, chunk, 0, Math.min(BUFFER_BYTES, this.flushed - offset), offset);
      if (n === 0) break;
      offset += n;
      yield decoder.write(chunk.subarray(0, n));
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  close(): void {
    closeSync(this.fd);
    if (!this.unlinked) rmSync(this.path, { force: true });
  }

  private writeAll(bytes: Buffer): void {
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.flushed + done);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      throw new SpillError(`cannot write the temporary file ${this.path}: ${reason}`, { cause: e });
    }
    this.flushed += bytes.length;
  }
}
