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

/** Id lists smaller than this cross to another thread as copies (postMessage clones them). */
const TRANSFER_MIN_BYTES = 8 * 1024;

export class IdList {
  /** null while the list holds one id or none: most buckets of an `exact` fold have one. */
  private data: Uint32Array | Float64Array | null = null;
  /** The only id while `data` is null. */
  private first = 0;
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
    if (this.length === 0 && this.data === null) {
      this.first = id;
      this.length = 1;
      return true;
    }
    const data = this.storage(this.length + 1, id);
    data[this.length++] = id;
    return true;
  }

  append(other: IdList): void {
    if (other.length > 0) {
      const theirs = other.view();
      const data = this.storage(
        this.length + theirs.length,
        theirs instanceof Float64Array ? -1 : 0,
      );
      data.set(theirs, this.length);
      this.length += theirs.length;
    }
    this.dropped += other.dropped;
  }

  at(i: number): number {
    return this.data === null ? this.first : (this.data[i] as number);
  }

  /** The ids as a view (valid until the next push). */
  view(): Uint32Array | Float64Array {
    if (this.data !== null) return this.data.subarray(0, this.length);
    if (this.length === 0) return new Uint32Array(0);
    return fitsUint32(this.first) ? Uint32Array.of(this.first) : Float64Array.of(this.first);
  }

  /**
   * Cuts the storage to the ids held and returns it when it is large enough to be worth moving
   * to another thread rather than copied (postMessage's transfer list); null otherwise.
   */
  detachable(): ArrayBuffer | null {
    const data = this.data;
    if (data === null || data.byteLength < TRANSFER_MIN_BYTES) return null;
    if (data.length > this.length) this.data = data.slice(0, this.length);
    return (this.data as Uint32Array | Float64Array).buffer as ArrayBuffer;
  }

  /** Storage for `size` ids, 8-byte once `id` (about to be stored) does not fit in 4. */
  private storage(size: number, id: number): Uint32Array | Float64Array {
    let data = this.data;
    if (data === null) {
      data = fitsUint32(this.first) ? new Uint32Array(4) : new Float64Array(4);
      if (this.length === 1) data[0] = this.first;
    }
    if (size > data.length) {
      const grown =
        data instanceof Uint32Array
          ? new Uint32Array(Math.max(data.length * 2, size))
          : new Float64Array(Math.max(data.length * 2, size));
      grown.set(data.subarray(0, this.length));
      data = grown;
    }
    if (!fitsUint32(id) && data instanceof Uint32Array) data = Float64Array.from(data);
    this.data = data;
    return data;
  }
}

function fitsUint32(id: number): boolean {
  return id >= 0 && id <= 0xffffffff && Number.isInteger(id);
}
