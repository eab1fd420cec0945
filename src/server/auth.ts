// The per-project token, compared in constant time: both sides are hashed first so that
// neither the length nor a common prefix of the expected token shows in the timing.

import { createHash, timingSafeEqual } from "node:crypto";
import { HttpError } from "./http-error.js";

/** More accepted tokens, by their SHA-256 in hex: the inbox's ingest tokens (inbox/tokens.ts). */
export interface MoreTokens {
  has(sha256hex: string): boolean;
  readonly size: number;
}

/** The same token given bare: a Sentry DSN's public key. */
export function keyChecker(
  token: string | undefined,
  more?: MoreTokens,
): (key: string | null) => void {
  if (token === undefined && more === undefined) return () => {};
  const expected = token === undefined ? null : createHash("sha256").update(token).digest();
  return (key) => {
    if (expected === null && (more?.size ?? 0) === 0) return;
    if (key === null)
      throw new HttpError(401, "missing sentry_key (X-Sentry-Auth or ?sentry_key=)");
    if (!accepted(key, expected, more)) throw new HttpError(401, "wrong sentry_key");
  };
}

/** The given token against `--token` (constant time) and the inbox's tokens (by hash). */
function accepted(given: string, expected: Buffer | null, more: MoreTokens | undefined): boolean {
  const hash = createHash("sha256").update(given).digest();
  if (expected !== null && timingSafeEqual(hash, expected)) return true;
  return more?.has(hash.toString("hex")) ?? false;
}

export function tokenChecker(
  token: string | undefined,
  more?: MoreTokens,
): (authorization: string | undefined) => void {
  if (token === undefined && more === undefined) return () => {};
  const expected = token === undefined ? null : createHash("sha256").update(token).digest();
  return (authorization) => {
    // No --token and no token made in the inbox: anyone may upload, as the server warned.
    if (expected === null && (more?.size ?? 0) === 0) return;
    if (!authorization) throw new HttpError(401, "missing Authorization: Bearer token");
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match) throw new HttpError(401, "Authorization must be: Bearer TOKEN");
    if (!accepted(match[1] as string, expected, more)) throw new HttpError(401, "wrong token");
  };
}
