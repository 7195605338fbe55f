import { describe, expect, it } from "vitest";
import { MB_PER_THREAD, planThreads } from "./threads.js";

const threadsFor = (requested: number, bytes: number, mbPerThread: number, cores: number) => planThreads(requested, bytes, mbPerThread, cores).threads;
const noteFor = (requested: number, bytes: number, mbPerThread: number, cores: number) => planThreads(requested, bytes, mbPerThread, cores).note;

const MB = 1e6;

describe("planThreads: how many", () => {
  it("with no core to spare, gives a thread beyond the first for each full share of input, never more than asked", () => {
    expect(threadsFor(2, 3.7 * MB, 40, 2)).toBe(1);
    expect(threadsFor(2, 39.9 * MB, 40, 2)).toBe(1);
    expect(threadsFor(2, 40 * MB, 40, 2)).toBe(2);
    expect(threadsFor(2, 267 * MB, 40, 2)).toBe(2);
    expect(threadsFor(4, 100 * MB, 40, 4)).toBe(3);
    expect(threadsFor(4, 10_000 * MB, 40, 4)).toBe(4);
  });

  it("with no core to spare, gives no more threads than cores", () => {
    expect(threadsFor(8, 10_000 * MB, 40, 2)).toBe(2);
    expect(threadsFor(4, 10_000 * MB, 40, 1)).toBe(1);
    expect(threadsFor(8, 10_000 * MB, 0, 2)).toBe(8);
  });

  it("takes --workers as given where a core is left for V8's own threads", () => {
    expect(threadsFor(2, 3.7 * MB, 40, 3)).toBe(2);
    expect(threadsFor(2, 0, 40, 16)).toBe(2);
    expect(threadsFor(3, 3.7 * MB, 40, 3)).toBe(1);
  });

  it("keeps one thread whatever the input, and every thread asked for with 0", () => {
    expect(threadsFor(1, 10_000 * MB, 40, 1)).toBe(1);
    expect(threadsFor(3, 0, 40, 2)).toBe(1);
    expect(threadsFor(3, 0, 0, 2)).toBe(3);
    expect(threadsFor(3, 1, 0, 1)).toBe(3);
  });

  it("defaults to a share the measured break-even on 2 cores lies under", () => {
    // --workers 2 was slower than 1, or no faster, from 3.7 to 26 MB, and faster from 53 MB on.
    expect(threadsFor(2, 26.4 * MB, MB_PER_THREAD, 2)).toBe(1);
    expect(threadsFor(2, 53.5 * MB, MB_PER_THREAD, 2)).toBe(2);
  });
});

describe("planThreads: the note", () => {
  it("says nothing when every thread asked for runs", () => {
    expect(noteFor(2, 100 * MB, 40, 2)).toBeNull();
    expect(noteFor(1, 0, 40, 1)).toBeNull();
  });

  it("names the request, the threads used, the input's size, the cores and how to force them", () => {
    expect(noteFor(2, 3_707_795, 40, 2)).toBe(
      "--workers 2: 1 thread for 3.7 MB of input on 2 cores (a thread beyond the first for each 40 MB: on less it costs more than it saves); --mb-per-thread 0 starts all 2",
    );
    expect(noteFor(4, 100 * MB, 40, 4)).toContain("--workers 4: 3 threads for 100.0 MB of input on 4 cores (a thread beyond");
  });

  it("says when the cores, not the input, set the number", () => {
    expect(noteFor(8, 400 * MB, 40, 2)).toBe(
      "--workers 8: 2 threads for 400.0 MB of input on 2 cores (no more threads than cores: more would only share them); --mb-per-thread 0 starts all 8",
    );
    expect(noteFor(8, 3 * MB, 40, 2)).toContain("(a thread beyond the first for each 40 MB:");
  });
});
