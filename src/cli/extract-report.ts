// What a run tells the user on stderr: warnings as they come, a progress bar on
// a terminal once the run has taken more than a second, and a closing summary.
export interface RunCounts {
  records: number;
  articles: number;
  /** Articles read with no date: kept, but out of reach of the explorer's date filter. */
  undated: number;
  skipped: number;
  known: number;
  discovered: number;
  bytes: number;
  seconds: number;
  /** Threads that extracted (the main thread and the workers). */
  threads: number;
  /** With more than one thread, the articles each extracted: the main thread's, then each worker thread's. */
  perThread?: number[];
}

const BAR = 30;

export class Reporter {
  private readonly tty: boolean;
  private readonly started = Date.now();
  private shown = false;
  private lastDraw = 0;
  bytesDone = 0;
  articles = 0;

  constructor(
    private readonly totalBytes: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.tty = Boolean(out.isTTY);
  }

  warn(message: string): void {
    this.line("warning", message);
  }

  /** Something the user should know that is not wrong with the input. */
  note(message: string): void {
    this.line("note", message);
  }

  private line(kind: string, message: string): void {
    this.clear();
    this.out.write(`${kind}: ${message}\n`);
    this.shown = false;
  }

  progress(): void {
    if (!this.tty) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const share = this.totalBytes ? Math.min(1, this.bytesDone / this.totalBytes) : 0;
    const filled = Math.round(share * BAR);
    const mb = (this.bytesDone / 1e6).toFixed(1);
    this.out.write(`\r[${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${mb} MB  ${this.articles} articles\x1b[K`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.out.write("\r\x1b[K");
    this.shown = false;
  }
}

export function summary(c: RunCounts): string {
  const rate = c.seconds > 0 ? c.bytes / 1e6 / c.seconds : 0;
  return [
    `records seen ${c.records} = articles read ${c.articles} + skipped ${c.skipped}`,
    // Each undated article has had its warning line, but on a big corpus those scroll out of sight.
    ...(c.undated ? [`${c.undated} article${c.undated === 1 ? "" : "s"} without a date`] : []),
    `actors ${c.known + c.discovered} (known ${c.known} / discovered ${c.discovered})`,
    `${c.seconds.toFixed(2)} s on ${c.threads === 1 ? "1 thread" : `${c.threads} threads`}, ${(c.bytes / 1e6).toFixed(2)} MB at ${rate.toFixed(2)} MB/s`,
    // Whether --workers paid: a thread that got little (a small corpus, a busy machine) shows here.
    ...(c.perThread && c.perThread.length > 1 ? [`articles per thread ${c.perThread.join(" + ")}`] : []),
  ].join("; ");
}
