// The per-project token, compared in constant time: both sides are hashed first so that
// neither the length nor a common prefix of the expected token shows in the timing.

import { createHash, timingSafeEqual } from "node:crypto";
import { HttpError } from "./http-error.js";

/** More accepted tokens, by their SHA-256 in hex: the inbox's ingest tokens (inbox/tokens.ts). */
export interface MoreTokens {
  /** The project of the token with this hash, or undefined. */
  project(sha256hex: string): number | undefined;
  readonly size: number;
}

/**
 * Whom a request speaks for: a project (an inbox token's), or every project (`--token`, or an
 * open server) — `null`. Uploads without a project go to the default one.
 */
export type TokenScope = number | null;

/** The same token given bare: a Sentry DSN's public key. */
export function keyChecker(
  token: string | undefined,
  more?: MoreTokens,
): (key: string | null) => TokenScope {
  if (token === undefined && more === undefined) return () => null;
  const expected = token === undefined ? null : createHash("sha256").update(token).digest();
  return (key) => {
    if (expected === null && (more?.size ?? 0) === 0) return null;
    if (key === null)
      throw new HttpError(401, "missing sentry_key (X-Sentry-Auth or ?sentry_key=)");
    const scope = accepted(key, expected, more);
    if (scope === false) throw new HttpError(401, "wrong sentry_key");
    return scope;
  };
}

/** The given token against `--token` (constant time) and the inbox's tokens (by hash). */
function accepted(
  given: string,
  expected: Buffer | null,
  more: MoreTokens | undefined,
): TokenScope | false {
  const hash = createHash("sha256").update(given).digest();
  if (expected !== null && timingSafeEqual(hash, expected)) return null;
  return more?.project(hash.toString("hex")) ?? false;
}

export function tokenChecker(
  token: string | undefined,
  more?: MoreTokens,
): (authorization: string | undefined) => TokenScope {
  if (token === undefined && more === undefined) return () => null;
  const expected = token === undefined ? null : createHash("sha256").update(token).digest();
  return (authorization) => {
    // No --token and no token made in the inbox: anyone may upload, as the server warned.
    if (expected === null && (more?.size ?? 0) === 0) return null;
    if (!authorization) throw new HttpError(401, "missing Authorization: Bearer token");
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match) throw new HttpError(401, "Authorization must be: Bearer TOKEN");
    const scope = accepted(match[1] as string, expected, more);
    if (scope === false) throw new HttpError(401, "wrong token");
    return scope;
  };
}
