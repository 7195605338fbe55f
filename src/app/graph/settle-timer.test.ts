import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { settleTimer } from "./settle-timer.js";

describe("settleTimer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once when the requests pause for the quiet time", () => {
    const run = vi.fn();
    const t = settleTimer(run, 100, 1000, () => Date.now());
    t.request();
    vi.advanceTimersByTime(60);
    t.request();
    vi.advanceTimersByTime(99);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("runs at least every maxWait while requests keep coming faster than the quiet time", () => {
    const run = vi.fn();
    const t = settleTimer(run, 100, 1000, () => Date.now());
    // A request every 16 ms, as a running layout's frames: never a pause of 100 ms.
    for (let ms = 0; ms < 2500; ms += 16) {
      t.request();
      vi.advanceTimersByTime(16);
    }
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it("runs nothing once cancelled", () => {
    const run = vi.fn();
    const t = settleTimer(run, 100, 1000, () => Date.now());
    t.request();
    t.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
