// Runs a task once its requests settle: after `quietMs` without a new one, and at least every
// `maxWaitMs` while they keep coming (the names of a graph that a running layout moves every frame).

export interface SettleTimer {
  /** Asks for the task: it runs when requests pause for quietMs, or maxWaitMs after the first unanswered one. */
  request(): void;
  /** Drops a pending run. */
  cancel(): void;
}

export function settleTimer(run: () => void, quietMs: number, maxWaitMs: number, now: () => number = () => performance.now()): SettleTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // When the first request the pending run answers came (0: none pending).
  let asked = 0;
  const fire = () => {
    asked = 0;
    run();
  };
  return {
    request() {
      clearTimeout(timer);
      const t = now();
      if (!asked) asked = t;
      timer = setTimeout(fire, Math.max(0, Math.min(quietMs, asked + maxWaitMs - t)));
    },
    cancel() {
      clearTimeout(timer);
      asked = 0;
    },
  };
}
