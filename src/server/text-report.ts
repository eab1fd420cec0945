// The other form of an upload: the crash text itself as the body (`Content-Type: text/plain`,
// gzip optional) and its metadata in headers, for clients with no JSON at hand (`curl
// --data-binary @crash.txt`, a shell hook). It becomes the same Report as the JSON form.

import { HttpError } from "./http-error.js";
import { indexedValue, type Report } from "./report.js";

/** Header → the report field it sets (PROTOCOL.md, "The text as the body"). */
const STRING_HEADERS = [
  ["panicscope-release", "release"],
  ["panicscope-environment", "environment"],
  ["panicscope-host", "host"],
  ["panicscope-kind", "kind"],
  ["panicscope-time", "time"],
] as const;

const MAX_HEADER = 1024;

export function isTextBody(contentType: string | undefined): boolean {
  return contentType !== undefined && /^\s*text\/plain\s*(;|$)/i.test(contentType);
}

export function parseTextReport(body: Buffer, headers: Headers): Report {
  // Invalid UTF-8 becomes U+FFFD, as the JSON form's encoder does it.
  const text = body.toString("utf8");
  if (text.length === 0) throw new HttpError(400, "body must be a non-empty crash text");
  const metadata: Record<string, unknown> = {};
  for (const [header, field] of STRING_HEADERS) {
    const value = headerValue(headers, header);
    if (value !== null) metadata[field] = value;
  }
  const context: Record<string, unknown> = {};
  const trace = headerValue(headers, "traceparent");
  if (trace !== null) {
    // W3C Trace Context: version-traceid-parentid-flags.
    const match = /^[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/.exec(trace);
    if (!match || /^0+$/.test(match[1] as string)) {
      throw new HttpError(
        400,
        "traceparent must be W3C trace context: 00-<32 hex>-<16 hex>-<2 hex>",
      );
    }
    context.traceId = match[1];
    context.spanId = match[2];
  }
  const requestId = headerValue(headers, "panicscope-request-id");
  if (requestId !== null) context.requestId = requestId;
  const route = headerValue(headers, "panicscope-route");
  if (route !== null) context.route = route;
  const tags = headerValue(headers, "panicscope-tags");
  if (tags !== null) context.tags = parseTags(tags);
  if (Object.keys(context).length > 0) metadata.context = context;
  const key = headerValue(headers, "idempotency-key");
  if (key !== null && key.length > 200) {
    throw new HttpError(400, "Idempotency-Key must be 1 to 200 characters");
  }
  if (key !== null) metadata.id = key;
  return {
    id: key,
    text,
    release: indexedValue((metadata.release as string | undefined) ?? null),
    environment: indexedValue((metadata.environment as string | undefined) ?? null),
    host: indexedValue((metadata.host as string | undefined) ?? null),
    metadata,
  };
}

function headerValue(headers: Headers, name: string): string | null {
  const value = headers.get(name);
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new HttpError(400, `${name} is empty`);
  if (trimmed.length > MAX_HEADER) {
    throw new HttpError(400, `${name} is longer than ${MAX_HEADER} characters`);
  }
  return trimmed;
}

/** `region=eu-west-1, tier=web` → `{region: "eu-west-1", tier: "web"}`. */
function parseTags(value: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const pair of value.split(",")) {
    const at = pair.indexOf("=");
    const key = pair.slice(0, at).trim();
    if (at <= 0 || key.length === 0) {
      throw new HttpError(400, `panicscope-tags: ${JSON.stringify(pair.trim())} is not key=value`);
    }
    tags[key] = pair.slice(at + 1).trim();
  }
  return tags;
}
