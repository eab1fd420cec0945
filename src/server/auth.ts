// The per-project token, compared in constant time: both sides are hashed first so that
// neither the length nor a common prefix of the expected token shows in the timing.

import { createHash, timingSafeEqual } from "node:crypto";
import { HttpError } from "./http-error.js";

/** The same token given bare: a Sentry DSN's public key. */
export function keyChecker(token: string | undefined): (key: string | null) => void {
  if (token === undefined) return () => {};
  const expected = createHash("sha256").update(token).digest();
  return (key) => {
    if (key === null)
      throw new HttpError(401, "missing sentry_key (X-Sentry-Auth or ?sentry_key=)");
    const given = createHash("sha256").update(key).digest();
    if (!timingSafeEqual(given, expected)) throw new HttpError(401, "wrong sentry_key");
  };
}

export function tokenChecker(
  token: string | undefined,
): (authorization: string | undefined) => void {
  if (token === undefined) return () => {};
  const expected = createHash("sha256").update(token).digest();
  return (authorization) => {
    if (!authorization) throw new HttpError(401, "missing Authorization: Bearer token");
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match) throw new HttpError(401, "Authorization must be: Bearer TOKEN");
    const given = createHash("sha256")
      .update(match[1] as string)
      .digest();
    if (!timingSafeEqual(given, expected)) throw new HttpError(401, "wrong token");
  };
}
