// How much crash text is analysed and stored at once, across all requests. One big text costs
// the server many times its size while it is filed (a 9.5 MB panic headline peaks at about
// 350 MB: the text copied to the analysis thread and to the store's writer, the document, the
// gzip), so concurrent big uploads take turns instead of multiplying that peak (16 at once
// reached 2.1 GB). Small texts, the usual reports, fit side by side and never wait.

export class TextBudget {
  private used = 0;
  private readonly waiting: { size: number; go: () => void }[] = [];

  /** limit: characters of text filed at once; a longer text is filed alone. */
  constructor(readonly limit: number) {}

  /** Resolves once size fits (first come, first served), holding it until release(size). */
  acquire(size: number): Promise<void> {
    const held = Math.min(size, this.limit);
    if (this.waiting.length === 0 && this.used + held <= this.limit) {
      this.used += held;
      return Promise.resolve();
    }
    return new Promise((go) => this.waiting.push({ size: held, go }));
  }

  release(size: number): void {
    this.used -= Math.min(size, this.limit);
    for (let next = this.waiting[0]; next !== undefined; next = this.waiting[0]) {
      if (this.used + next.size > this.limit) break;
      this.waiting.shift();
      this.used += next.size;
      next.go();
    }
  }
}
