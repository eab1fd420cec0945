// How many request bytes the server holds at once, across all uploads: bodies being read and
// bodies read, decompressed, waiting for their turn to be filed (text-budget.ts) or being filed.
// Each held body costs several times its size (bytes, string, JSON), so without a bound the
// server's memory grew with the number of concurrent big uploads. Past the bound an upload is
// refused at once, 503 with Retry-After (the Go module keeps it spooled and tries again), never
// made to wait: a waiting body would still be held. A slow client holds only what it has sent;
// a declared Content-Length is held before any byte is read.
// Small bodies (at most 1 MiB, the usual reports are 2–50 KB) may use the whole bound; bigger
// ones leave an eighth of it to them, so big uploads never crowd out the usual reports.

import { HttpError } from "./http-error.js";

/** Bodies of at most this many bytes use the whole bound. */
export const SMALL_BODY = 1024 * 1024;

/** Seconds a refused client is told to wait before it tries again. */
export const RETRY_AFTER_SECONDS = 5;

export class BodyBudget {
  private used = 0;
  private readonly bigLimit: number;

  /** limit: bytes held at once; bodyLimit: the largest body, always let in alone. */
  constructor(
    readonly limit: number,
    bodyLimit: number,
  ) {
    this.bigLimit = Math.max(limit - Math.floor(limit / 8), bodyLimit);
  }

  /** Bytes held now, across all requests. */
  get held(): number {
    return this.used;
  }

  /** A request's share, empty until it grows; release() once the request is answered. */
  hold(): BodyHold {
    let mine = 0;
    return {
      growTo: (bytes) => {
        if (bytes <= mine) return;
        const after = this.used + bytes - mine;
        const room = bytes <= SMALL_BODY ? Math.max(this.limit, this.bigLimit) : this.bigLimit;
        // Alone, a body of the body limit always fits: the bound never refuses it for good.
        if (after > room && this.used > mine) {
          throw new HttpError(
            503,
            `the server holds ${this.used} bytes of uploads, its bound is ${this.limit}; try again later`,
            { "Retry-After": String(RETRY_AFTER_SECONDS) },
          );
        }
        this.used = after;
        mine = bytes;
      },
      release: () => {
        this.used -= mine;
        mine = 0;
      },
    };
  }
}

export interface BodyHold {
  /** Holds bytes in all for this request (never less than before), or throws the 503. */
  growTo(bytes: number): void;
  release(): void;
}
