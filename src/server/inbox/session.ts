// Sessions and CSRF. A session is a random token in an HttpOnly, SameSite=Strict cookie
// (Secure when the request came over TLS, directly or as X-Forwarded-Proto says); the store
// keeps only its SHA-256, so a read of the database logs nobody in. Every form carries the
// session's CSRF token; the sign-in and setup forms, before any session, carry a token that
// must equal a cookie of their own (double submit).

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { InboxStore, Session } from "../../store/inbox-types.js";

export const SESSION_COOKIE = "panicscope_session";
const FORM_COOKIE = "panicscope_form";
const SESSION_DAYS = 14;

export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const x = createHash("sha256").update(a).digest();
  const y = createHash("sha256").update(b).digest();
  return timingSafeEqual(x, y);
}

/** Whether the browser reached us over TLS (a proxy in front says so in X-Forwarded-Proto). */
export function overTls(c: Context): boolean {
  const forwarded = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || new URL(c.req.url).protocol === "https:";
}

function cookieOptions(c: Context, maxAge: number) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "Strict" as const,
    secure: overTls(c),
    maxAge,
  };
}

export async function startSession(c: Context, store: InboxStore, userId: number): Promise<void> {
  const token = randomToken();
  const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  await store.createSession(tokenHash(token), userId, randomToken(), expires);
  setCookie(c, SESSION_COOKIE, token, cookieOptions(c, SESSION_DAYS * 86_400));
  deleteCookie(c, FORM_COOKIE, { path: "/" });
}

export async function currentSession(c: Context, store: InboxStore): Promise<Session | null> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token === undefined || token.length > 100) return null;
  return store.getSession(tokenHash(token), new Date().toISOString());
}

export async function endSession(c: Context, store: InboxStore): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token !== undefined) await store.deleteSession(tokenHash(token));
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: overTls(c) });
}

/** The token the sign-in and setup forms carry: the cookie's, made now if there is none. */
export function formToken(c: Context): string {
  const known = getCookie(c, FORM_COOKIE);
  if (known !== undefined && /^[A-Za-z0-9_-]{43}$/.test(known)) return known;
  const token = randomToken();
  setCookie(c, FORM_COOKIE, token, cookieOptions(c, 3600));
  return token;
}

export function formTokenMatches(c: Context, given: string | undefined): boolean {
  return sameToken(getCookie(c, FORM_COOKIE), given);
}
