// Goroutine ids of one bucket, 4 bytes each: a dump of 3·10⁶ identical goroutines keeps
// 12 MB of ids, not 3·10⁶ boxed numbers. Ids past 2³²−1 (never seen; goids are counters)
// switch the list to 8-byte storage.

export class IdList {
  private data: Uint32Array | Float64Array = new Uint32Array(4);
  length = 0;

  push(id: number): void {
    if (this.length === this.data.length) this.grow(this.data.length * 2);
    if (!(id >= 0 && id <= 0xffffffff && Number.isInteger(id)) && this.data instanceof Uint32Array)
      this.data = Float64Array.from(this.data);
    this.data[this.length++] = id;
  }

  append(other: IdList): void {
    if (this.length + other.length > this.data.length)
      this.grow(Math.max(this.data.length * 2, this.length + other.length));
    if (this.data instanceof Uint32Array && other.data instanceof Float64Array)
      this.data = Float64Array.from(this.data);
    this.data.set(other.data.subarray(0, other.length), this.length);
    this.length += other.length;
  }

  at(i: number): number {
    return this.data[i] as number;
  }

  /** The ids as a view (valid until the next push). */
  view(): Uint32Array | Float64Array {
    return this.data.subarray(0, this.length);
  }

  private grow(size: number): void {
    const next = this.data instanceof Uint32Array ? new Uint32Array(size) : new Float64Array(size);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}
