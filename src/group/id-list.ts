// Goroutine ids of one bucket, 4 bytes each: a dump of 3·10⁶ identical goroutines keeps
// 12 MB of ids, not 3·10⁶ boxed numbers. Ids past 2³²−1 (never seen; goids are counters)
// switch the list to 8-byte storage.
//
// Bounded: every list keeps its first MIN_KEPT ids; past that, only while the budget its
// fold shares lasts. An endless stream of goroutines then holds a flat amount of ids; the
// bucket's count stays exact and `dropped` says how many ids were not kept.

/** Ids every bucket keeps whatever the budget: small buckets list all of theirs. */
export const MIN_KEPT = 64;
/** Ids (with their parents, 8 bytes a goroutine) all buckets of a crash keep beyond that. */
export const ID_BUDGET = 1 << 22;

/** The ids left to keep, shared by the lists of one fold. */
export interface IdBudget {
  left: number;
}

export function newIdBudget(ids = ID_BUDGET): IdBudget {
  return { left: ids };
}

export class IdList {
  private data: Uint32Array | Float64Array = new Uint32Array(4);
  length = 0;
  /** Ids not kept: the budget was spent. */
  dropped = 0;

  /** Keeps `id` if the list is short or the budget allows; false when it was dropped. */
  push(id: number, budget?: IdBudget): boolean {
    if (budget !== undefined && this.length >= MIN_KEPT) {
      if (budget.left <= 0) {
        this.dropped++;
        return false;
      }
      budget.left--;
    }
    if (this.length === this.data.length) this.grow(this.data.length * 2);
    if (!(id >= 0 && id <= 0xffffffff && Number.isInteger(id)) && this.data instanceof Uint32Array)
      this.data = Float64Array.from(this.data);
    this.data[this.length++] = id;
    return true;
  }

  append(other: IdList): void {
    if (this.length + other.length > this.data.length)
      this.grow(Math.max(this.data.length * 2, this.length + other.length));
    if (this.data instanceof Uint32Array && other.data instanceof Float64Array)
      this.data = Float64Array.from(this.data);
    this.data.set(other.data.subarray(0, other.length), this.length);
    this.length += other.length;
    this.dropped += other.dropped;
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
