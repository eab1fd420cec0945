// A progress bar on stderr while a large input is read: only for a terminal, only for inputs
// of a few megabytes and more, redrawn at most ten times a second, erased when done. The rate
// and the time left are those of the last few seconds, measured from the first bytes read, not
// from the start: a big file's threads first count their lines (no bytes read yet), and a
// loaded machine's speed changes.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Inputs smaller than this are read before a bar would be seen. */
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

/** The rate is measured over this much of the recent past (ms). */
const RATE_WINDOW = 5000;
/** No rate nor time left is shown before they have been measured over this long (ms). */
const RATE_MIN_SPAN = 1000;

export class ProgressBar {
  private last = 0;
  private drawn = false;
  /** Bytes read by time, oldest first: one at or before the window's start, then those in it. */
  private readonly samples: { at: number; bytes: number }[] = [];

  constructor(
    private readonly stream: ProgressStream,
    private readonly label: string,
    private readonly total: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A bar for `total` bytes, or null where none should be drawn. */
  static for(
    stream: ProgressStream,
    label: string,
    total: number,
    clock?: () => number,
  ): ProgressBar | null {
    if (stream.isTTY !== true || !(total >= PROGRESS_MIN_BYTES)) return null;
    return new ProgressBar(stream, label, total, clock);
  }

  update(bytes: number): void {
    const now = this.clock();
    if (now - this.last < 100) return;
    this.last = now;
    const samples = this.samples;
    samples.push({ at: now, bytes });
    while (samples.length > 2 && (samples[1] as { at: number }).at <= now - RATE_WINDOW)
      samples.shift();
    const from = samples[0] as { at: number; bytes: number };
    const span = now - from.at;
    // MB per second over the window (bytes per ms ÷ 1000).
    const rate = span > 0 ? (bytes - from.bytes) / span / 1000 : 0;
    const columns = Math.max(40, Math.min(this.stream.columns ?? 80, 120));
    const share = Math.min(1, bytes / this.total);
    let speed = "";
    if (span >= RATE_MIN_SPAN) {
      speed = ` ${rate.toFixed(0)} MB/s`;
      if (rate > 0 && share < 1) speed += ` ${timeLeft((this.total - bytes) / 1e6 / rate)}`;
    }
    const tail = ` ${Math.floor(share * 100)}% ${(bytes / 1e6).toFixed(0)}/${(this.total / 1e6).toFixed(0)} MB${speed}`;
    const name = this.label.length > 24 ? `…${this.label.slice(-23)}` : this.label;
    const barWidth = Math.max(10, columns - name.length - tail.length - 4);
    const filled = Math.round(share * barWidth);
    this.stream.write(`\r${name} [${"#".repeat(filled)}${"-".repeat(barWidth - filled)}]${tail}`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.stream.write("\r\u001b[2K");
  }
}

/** `9 s left`, `2 min 05 s left`, `1 h 02 min left` (seconds rounded up). */
export function timeLeft(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} s left`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s left`;
  const minutes = Math.ceil(s / 60);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min left`;
}
