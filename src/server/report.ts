// The upload of PROTOCOL.md (panicscope/report@1): checked field by field, unknown fields
// ignored, absent ones as the protocol says.

import { HttpError } from "./http-error.js";
import { nestsDeeper } from "./json-depth.js";

/** Objects in objects, at most: a report has 4 (context.tags in the report). */
const MAX_DEPTH = 32;

export const REPORT_SCHEMA = "panicscope/report@1";

export interface Report {
  id: string | null;
  text: string;
  release: string | null;
  environment: string | null;
  host: string | null;
  /** Everything but `text`, as sent. */
  metadata: Record<string, unknown>;
}

const OPTIONAL_STRINGS = [
  "release",
  "environment",
  "host",
  "time",
  "processStart",
  "kind",
] as const;

/** Release, environment and host are indexed where issues are listed and filtered: there they
 * keep this many characters (as Sentry's limit on a release), the metadata keeps them as sent.
 * PostgreSQL refuses an index row of a few KB, and the report would get 503 at every retry. */
export const INDEXED_MAX = 200;

export function indexedValue(value: string | null): string | null {
  if (value === null || value.length <= INDEXED_MAX) return value;
  const end = /[\uD800-\uDBFF]/.test(value[INDEXED_MAX - 1] ?? "") ? INDEXED_MAX - 1 : INDEXED_MAX;
  return value.slice(0, end);
}

export function parseReport(body: Buffer, idempotencyKey: string | null): Report {
  if (nestsDeeper(body, MAX_DEPTH)) {
    throw new HttpError(400, `body nests deeper than ${MAX_DEPTH} levels`);
  }
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch (error) {
    throw new HttpError(400, `body is not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new HttpError(400, "body must be one JSON object (a panicscope/report@1 report)");
  }
  const { text, ...metadata } = value as Record<string, unknown>;
  if (metadata.schema !== REPORT_SCHEMA) {
    throw new HttpError(
      400,
      `schema must be "${REPORT_SCHEMA}", got ${JSON.stringify(metadata.schema)}`,
    );
  }
  if (typeof text !== "string" || text.length === 0) {
    throw new HttpError(400, "text must be a non-empty string");
  }
  for (const field of OPTIONAL_STRINGS) {
    if (metadata[field] !== undefined && typeof metadata[field] !== "string") {
      throw new HttpError(400, `${field} must be a string`);
    }
  }
  const id = metadata.id;
  if (id !== undefined && typeof id !== "string") throw new HttpError(400, "id must be a string");
  if (idempotencyKey !== null && id !== undefined && id !== idempotencyKey) {
    throw new HttpError(400, "id differs from the Idempotency-Key header");
  }
  const key = idempotencyKey ?? (id as string | undefined) ?? null;
  if (key !== null && (key.length === 0 || key.length > 200)) {
    throw new HttpError(400, "Idempotency-Key must be 1 to 200 characters");
  }
  return {
    id: key,
    text,
    release: indexedValue((metadata.release as string | undefined) ?? null),
    environment: indexedValue((metadata.environment as string | undefined) ?? null),
    host: indexedValue((metadata.host as string | undefined) ?? null),
    metadata,
  };
}
