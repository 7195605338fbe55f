// An append-only temporary file of UTF-8 records, read back by offset or streamed whole.
// A run keeps its evidence here instead of in the heap, so its memory grows far less with
// the corpus (see spilled-articles.ts).
import { closeSync, openSync, readSync, rmSync, unlinkSync } from "node:fs";
import { BufferedWriter } from "./buffered-writer.js";

// What chunks() reads at a time, into one buffer it reuses.
const PIECE_BYTES = 1 << 15;

/** A temporary file could not be written (a full disk, most likely). */
export class SpillError extends Error {}

export class SpillFile {
  private readonly fd: number;
  private readonly writer: BufferedWriter;
  private reader = Buffer.allocUnsafe(4096);
  // The bytes last read ahead, [windowStart, windowEnd) of the file: bytes once read never change,
  // as the file only grows at its end.
  private readonly window: Buffer;
  private windowStart = 0;
  private windowEnd = 0;
  private lastEnd = -1;

  /** The file has no name any more: the system frees it when the process ends, however it ends. */
  readonly unlinked: boolean;

  /**
   * `readAhead`: bytes read() reads at a time once a record is asked for where the one before it ended
   * (records read back in the order they were written): one read then serves the records after it.
   */
  constructor(
    readonly path: string,
    private readonly readAhead = 0,
  ) {
    this.window = Buffer.allocUnsafe(readAhead);
    this.fd = openSync(path, "w+");
    this.writer = new BufferedWriter(this.fd);
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
    return this.writer.size;
  }

  /** Appends `text` and returns its byte offset; its length in bytes is `size` after minus before. */
  append(text: string): number {
    const at = this.size;
    try {
      this.writer.write(text);
    } catch (e) {
      throw this.failed(e);
    }
    return at;
  }

  flush(): void {
    try {
      this.writer.flush();
    } catch (e) {
      throw this.failed(e);
    }
  }

  /** The text of `length` bytes at `offset`. */
  read(offset: number, length: number): string {
    if (offset >= this.windowStart && offset + length <= this.windowEnd) {
      this.lastEnd = offset + length;
      return this.window.toString("utf8", offset - this.windowStart, offset - this.windowStart + length);
    }
    this.flush();
    // Ahead only when the records come in order: read back at random, each window would be read for one record.
    const inOrder = offset === this.lastEnd;
    this.lastEnd = offset + length;
    if (inOrder && length <= this.readAhead) {
      const n = readSync(this.fd, this.window, 0, Math.max(0, Math.min(this.readAhead, this.size - offset)), offset);
      if (n >= length) {
        this.windowStart = offset;
        this.windowEnd = offset + n;
        return this.window.toString("utf8", 0, length);
      }
      // A short read: the loop below reads the rest or says where the file ends.
      this.windowEnd = this.windowStart;
    }
    if (this.reader.length < length) this.reader = Buffer.allocUnsafe(Math.max(length, this.reader.length * 2));
    for (let done = 0; done < length; ) {
      const n = readSync(this.fd, this.reader, done, length - done, offset + done);
      if (n === 0) throw new Error(`${this.path}: ${length} bytes at ${offset} asked, the file ends at ${offset + done}`);
      done += n;
    }
    return this.reader.toString("utf8", 0, length);
  }

  /**
   * The whole file's bytes, in pieces of 32 KB: bytes, not text, so a file copied into another is
   * never decoded and encoded again. The pieces share one buffer: each is good until the next is
   * asked for (a buffer per piece stayed allocated until a collection, tens of MB at the end of a run).
   */
  *chunks(): Generator<Uint8Array> {
    this.flush();
    const size = this.size;
    const chunk = Buffer.allocUnsafe(PIECE_BYTES);
    for (let offset = 0; offset < size; ) {
      const n = readSync(this.fd, chunk, 0, Math.min(PIECE_BYTES, size - offset), offset);
      if (n === 0) throw new Error(`${this.path}: the file ends at ${offset}, ${size} bytes were written`);
      offset += n;
      yield chunk.subarray(0, n);
    }
  }

  close(): void {
    closeSync(this.fd);
    if (!this.unlinked) rmSync(this.path, { force: true });
  }

  private failed(e: unknown): SpillError {
    const reason = e instanceof Error ? e.message : String(e);
    return new SpillError(`cannot write the temporary file ${this.path}: ${reason}`, { cause: e });
  }
}
