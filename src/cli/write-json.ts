// Writes a value as JSON, byte for byte what JSON.stringify gives, without ever
// holding the whole text: a graph of a large corpus is a string of hundreds of MB
// (twice that when any character is outside Latin-1), on top of the graph itself.
// The outer levels are written piece by piece, the inner values stringified whole.
import { closeSync, mkdirSync, openSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { BufferedWriter } from "./buffered-writer.js";
import { temporaryPathFor } from "./write-atomic.js";

/** JSON text, or its UTF-8 bytes (a file's, copied as they are; good only until the next piece is asked for). */
export type JsonPiece = string | Uint8Array;

/**
 * A value that is already JSON text, made piece by piece when it is written: a list too large to
 * hold (a run's evidence, kept on disk) streamed into the file in its place.
 */
export class JsonText {
  constructor(readonly pieces: () => Iterable<JsonPiece>) {}

  /** Only jsonPieces can write it: met inside a value stringified whole, it would be lost. */
  toJSON(): never {
    throw new Error("JsonText inside a value written whole: open more levels with jsonPieces");
  }
}

/** JSON.stringify(value) in pieces; arrays and objects are opened up to `depth` levels down. */
export function* jsonPieces(value: unknown, depth: number): Generator<JsonPiece> {
  if (value instanceof JsonText) {
    yield* value.pieces();
    return;
  }
  if (depth <= 0 || value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    yield JSON.stringify(value) ?? "null";
    return;
  }
  if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i) yield ",";
      const v: unknown = value[i];
      // JSON.stringify writes what has no JSON form as null inside arrays.
      if (v === undefined || typeof v === "function" || typeof v === "symbol") yield "null";
      else yield* jsonPieces(v, depth - 1);
    }
    yield "]";
    return;
  }
  yield "{";
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    // ...and leaves such properties out of objects.
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    yield `${first ? "" : ","}${JSON.stringify(k)}:`;
    first = false;
    yield* jsonPieces(v, depth - 1);
  }
  yield "}";
}

/** Like writeFileAtomic(path, JSON.stringify(value)), piece by piece. */
export function writeJsonAtomic(path: string, value: unknown, depth = 3): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = temporaryPathFor(path);
  try {
    const fd = openSync(tmp, "w");
    try {
      const out = new BufferedWriter(fd);
      for (const piece of jsonPieces(value, depth)) out.write(piece);
      out.flush();
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
