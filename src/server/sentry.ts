// Sentry compatibility: the events an official Sentry SDK posts (sentry-go first) to
// `/api/<project>/envelope/` or `/api/<project>/store/`, read into the same Report as the Go
// module's upload. The event's stack (an exception's, else a crashed or current thread's) is
// written as a logged Go stack — the value, then `func` / `\tfile:line` pairs, newest first,
// the shape pkg/errors prints — so the library reads it as any other crash (kind `logged`)
// and its fingerprint agrees with the module's reports of the same bug. The event itself is
// kept whole in the metadata (`sentry`): the text is made from it, nothing is lost.

import { HttpError } from "./http-error.js";
import { nestsDeeper } from "./json-depth.js";
import type { Report } from "./report.js";

/** Items read from one envelope, at most: SDKs send one event with a few attachments. */
const MAX_ITEMS = 100;
/** Frames written per stack, at most (sentry-go sends at most 100). */
const MAX_FRAMES = 250;
const MAX_MESSAGE = 1000;
/** Nesting of an event, at most: a frame's local variables are the deepest part. */
const MAX_DEPTH = 64;

type Json = Record<string, unknown>;

/** The DSN's public key: `X-Sentry-Auth: Sentry sentry_key=…, …` or `?sentry_key=`. */
export function sentryKey(auth: string | undefined, query: string | undefined): string | null {
  if (auth !== undefined) {
    const match = /(?:^|[\s,])sentry_key\s*=\s*([^,\s]+)/.exec(auth);
    if (match) return match[1] as string;
  }
  return query ?? null;
}

/** The event items of an envelope (a header line, then items: a header line and a payload). */
export function envelopeEvents(body: Buffer): Json[] {
  let at = body.indexOf(0x0a);
  if (at === -1) at = body.length;
  parseObject(body.subarray(0, at), "the envelope header");
  const events: Json[] = [];
  let items = 0;
  for (let pos = at + 1; pos < body.length; ) {
    if (body[pos] === 0x0a) {
      pos++;
      continue;
    }
    if (++items > MAX_ITEMS) throw new HttpError(400, `envelope has over ${MAX_ITEMS} items`);
    let end = body.indexOf(0x0a, pos);
    if (end === -1) end = body.length;
    const header = parseObject(body.subarray(pos, end), `item ${items}'s header`);
    pos = end + 1;
    let payloadEnd: number;
    if (header.length !== undefined) {
      const length = header.length;
      if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
        throw new HttpError(400, `item ${items}'s length must be a whole number of bytes`);
      }
      payloadEnd = pos + length;
      if (payloadEnd > body.length) {
        throw new HttpError(400, `item ${items}'s length runs past the end of the envelope`);
      }
    } else {
      payloadEnd = body.indexOf(0x0a, pos);
      if (payloadEnd === -1) payloadEnd = body.length;
    }
    if (header.type === "event") {
      events.push(parseObject(body.subarray(pos, payloadEnd), `item ${items} (event)`));
    }
    pos = payloadEnd + 1;
  }
  return events;
}

/** The body of the older `store` endpoint: one event. */
export function storeEvent(body: Buffer): Json {
  return parseObject(body, "the event");
}

export function sentryReport(event: Json, project: string): Report {
  const eventId = typeof event.event_id === "string" ? event.event_id : null;
  if (eventId !== null && !/^[0-9a-f]{32}$/i.test(eventId.replaceAll("-", ""))) {
    throw new HttpError(400, "event_id must be 32 hex digits");
  }
  const release = shortString(event.release);
  const environment = shortString(event.environment);
  const host = shortString(event.server_name);
  const contexts = object(event.contexts);
  const metadata: Json = { kind: "logged", source: "sentry", project };
  if (typeof event.timestamp === "string") metadata.time = event.timestamp;
  if (release !== null) metadata.release = release;
  if (environment !== null) metadata.environment = environment;
  if (host !== null) metadata.host = host;
  const runtime = object(contexts.runtime);
  if (runtime.name === "go" && typeof runtime.version === "string") {
    metadata.build = { goVersion: runtime.version };
  }
  const context: Json = {};
  const trace = object(contexts.trace);
  if (typeof trace.trace_id === "string") context.traceId = trace.trace_id;
  if (typeof trace.span_id === "string") context.spanId = trace.span_id;
  const tags = tagsOf(event.tags);
  if (tags !== null) context.tags = tags;
  if (Object.keys(context).length > 0) metadata.context = context;
  metadata.sentry = event;
  return {
    id: eventId === null ? null : `sentry:${eventId.replaceAll("-", "").toLowerCase()}`,
    text: stackText(event),
    release,
    environment,
    host,
    metadata,
  };
}

/** The event as the lines a Go program logs for a recovered panic: the value, then its stack. */
export function stackText(event: Json): string {
  const exceptions = values(event.exception);
  const withStack = [...exceptions].reverse().find((e) => frames(e).length > 0);
  const threads = values(event.threads);
  const thread =
    threads.find((t) => t.crashed === true && frames(t).length > 0) ??
    threads.find((t) => t.current === true && frames(t).length > 0) ??
    threads.find((t) => frames(t).length > 0);
  const last = exceptions[exceptions.length - 1];
  const lines = [oneLine(messageOf(withStack ?? last, event))];
  const stack = frames(withStack ?? thread ?? {});
  // Sentry lists frames oldest first; Go prints the newest first.
  for (let i = stack.length - 1; i >= 0 && stack.length - i <= MAX_FRAMES; i--) {
    const frame = stack[i] as Json;
    const func = functionName(frame);
    const file = firstString(frame.abs_path, frame.filename) ?? "?";
    const line = typeof frame.lineno === "number" ? frame.lineno : 0;
    lines.push(oneLine(func), `\t${oneLine(file)}:${line}`);
  }
  return `${lines.join("\n")}\n`;
}

function messageOf(exception: Json | undefined, event: Json): string {
  if (exception !== undefined) {
    const value = firstString(exception.value);
    const type = firstString(exception.type);
    if (value !== null) return value;
    if (type !== null) return type;
  }
  const message = event.message;
  if (typeof message === "string" && message !== "") return message;
  const entry = object(event.logentry ?? message);
  return firstString(entry.formatted, entry.message) ?? "sentry event";
}

/** sentry-go splits `main.(*T).M` into module `main` and function `(*T).M`. */
function functionName(frame: Json): string {
  const func = firstString(frame.function) ?? "?";
  const module = firstString(frame.module);
  if (module === null || func.startsWith(`${module}.`)) return func;
  return `${module}.${func}`;
}

function frames(holder: Json): Json[] {
  return values(object(holder.stacktrace).frames);
}

/** A list the protocol writes as an array or as `{values: [...]}`. */
function values(value: unknown): Json[] {
  const list = Array.isArray(value) ? value : object(value).values;
  return Array.isArray(list) ? list.filter((v): v is Json => isObject(v)) : [];
}

function tagsOf(value: unknown): Record<string, string> | null {
  const tags: Record<string, string> = {};
  // An object, or a list of [key, value] pairs: both are the protocol's.
  const pairs = Array.isArray(value) ? value : Object.entries(object(value));
  for (const pair of pairs) {
    if (Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "string") {
      tags[pair[0]] = pair[1];
    }
  }
  return Object.keys(tags).length > 0 ? tags : null;
}

function oneLine(text: string): string {
  const line = text.replace(/[\r\n\t]+/g, " ");
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line;
}

function shortString(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value.slice(0, 200) : null;
}

function firstString(...candidates: unknown[]): string | null {
  for (const c of candidates) if (typeof c === "string" && c !== "") return c;
  return null;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function object(value: unknown): Json {
  return isObject(value) ? value : {};
}

function parseObject(bytes: Buffer, what: string): Json {
  if (nestsDeeper(bytes, MAX_DEPTH)) {
    throw new HttpError(400, `${what} nests deeper than ${MAX_DEPTH} levels`);
  }
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new HttpError(400, `${what} is not JSON: ${(error as Error).message}`);
  }
  if (!isObject(value)) throw new HttpError(400, `${what} must be a JSON object`);
  return value;
}
