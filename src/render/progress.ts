// A progress bar on stderr while a large input is read: only for a terminal, only for inputs
// of a few megabytes and more, redrawn at most ten times a second, erased when done.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Inputs smaller than this are read before a bar would be seen. */
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

export class ProgressBar {
  private last = 0;
  private drawn = false;
  private readonly start = Date.now();

  constructor(
    private readonly stream: ProgressStream,
    private readonly label: string,
    private readonly total: number,
  ) {}

  /** A bar for `total` bytes, or null where none should be drawn. */
  static for(stream: ProgressStream, label: string, total: number): ProgressBar | null {
    if (stream.isTTY !== true || !(total >= PROGRESS_MIN_BYTES)) return null;
    return new ProgressBar(stream, label, total);
  }

  update(bytes: number): void {
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const columns = Math.max(40, Math.min(this.stream.columns ?? 80, 120));
    const share = Math.min(1, bytes / this.total);
    const seconds = (now - this.start) / 1000;
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
    const tail = ` ${Math.floor(share * 100)}% ${(bytes / 1e6).toFixed(0)}/${(this.total / 1e6).toFixed(0)} MB ${rate.toFixed(0)} MB/s`;
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
