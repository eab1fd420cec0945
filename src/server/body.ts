// The request body, bounded: at most `limit` bytes as sent and at most `limit` bytes once
// decompressed (a gzip or brotli bomb stops at the limit, it is never inflated whole).
// Encodings: what real clients send. sentry-go sends none; the Go module and sentry-javascript
// gzip; sentry-python brotli (`br`) when the brotli module is installed, else gzip; `deflate`
// is HTTP's third common one (zlib-wrapped, or raw as some clients send it).

import type { IncomingMessage } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
import type { BodyHold } from "./body-budget.js";
import { HttpError } from "./http-error.js";

export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

/** Holds nothing: for bodies the budget does not count (small JSON of the issue routes). */
const UNCOUNTED: BodyHold = { growTo() {}, release() {} };

/**
 * The body of a fetch Request (an app called without a Node server, and small bodies). Every
 * byte read, and the body once decompressed, is held in `hold` first (body-budget.ts).
 */
export async function readBody(
  request: Request,
  limit: number,
  hold: BodyHold = UNCOUNTED,
): Promise<Buffer> {
  const encoding = checkHeaders(
    request.headers.get("content-length"),
    request.headers.get("content-encoding"),
    limit,
    hold,
  );
  const chunks: Buffer[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      try {
        if (size > limit) throw overLimit(limit);
        hold.growTo(size);
      } catch (error) {
        await reader.cancel();
        throw error;
      }
      chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
  }
  return decode(Buffer.concat(chunks, size), encoding, limit, hold);
}

/**
 * The body read straight from Node's request: the upload's hot path, which skips building a
 * fetch Request and its web stream around every upload.
 */
export async function readIncoming(
  incoming: IncomingMessage,
  limit: number,
  hold: BodyHold,
): Promise<Buffer> {
  const header = (name: string) => {
    const value = incoming.headers[name];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  };
  let encoding: string;
  try {
    encoding = checkHeaders(header("content-length"), header("content-encoding"), limit, hold);
  } catch (error) {
    if (isRefusedForNow(error)) incoming.resume();
    throw error;
  }
  const raw = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      incoming.off("data", data);
      incoming.off("end", end);
      incoming.off("error", reject);
      incoming.off("close", close);
    };
    const data = (chunk: Buffer) => {
      size += chunk.length;
      try {
        if (size > limit) throw overLimit(limit);
        hold.growTo(size);
        chunks.push(chunk);
      } catch (error) {
        done();
        if (isRefusedForNow(error)) incoming.resume();
        else incoming.pause();
        reject(error);
      }
    };
    const end = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    // The client went away before the end of its body: nothing to store.
    const close = () => {
      done();
      reject(new HttpError(400, "the body ended before its end"));
    };
    incoming.on("data", data);
    incoming.on("end", end);
    incoming.on("error", reject);
    incoming.on("close", close);
  });
  return decode(raw, encoding, limit, hold);
}

/**
 * A body refused for now (the bound of bytes held, body-budget.ts) is read to its end and
 * dropped, holding nothing: the client, still sending, then reads the 503 and its Retry-After
 * instead of losing its connection mid-body (EPIPE), and the connection stays usable.
 */
function isRefusedForNow(error: unknown): boolean {
  return error instanceof HttpError && error.status === 503;
}

function checkHeaders(
  length: string | null,
  encodingHeader: string | null,
  limit: number,
  hold: BodyHold,
) {
  if (length !== null && Number(length) > limit) {
    throw new HttpError(413, `body of ${length} bytes is over the limit of ${limit} bytes`);
  }
  // Refused before a byte is read when the declared body would pass the bound.
  const declared = Number(length);
  if (length !== null && Number.isSafeInteger(declared) && declared > 0) hold.growTo(declared);
  const encoding = (encodingHeader ?? "identity").trim().toLowerCase();
  const known = encoding === "x-gzip" ? "gzip" : encoding;
  if (!ENCODINGS.includes(known)) {
    throw new HttpError(
      415,
      `Content-Encoding ${encoding} is not supported (gzip, br, deflate or none)`,
    );
  }
  return known;
}

const ENCODINGS = ["identity", "gzip", "br", "deflate"];

function overLimit(limit: number): HttpError {
  return new HttpError(413, `body is over the limit of ${limit} bytes`);
}

function decode(raw: Buffer, encoding: string, limit: number, hold: BodyHold): Buffer {
  if (encoding === "identity") return raw;
  // Held once inflated (the compressed bytes are then garbage). Decompression is synchronous,
  // so at most one body at a time is briefly held twice, compressed and not.
  const decoded = inflate(raw, encoding, limit);
  hold.growTo(decoded.length);
  return decoded;
}

function inflate(raw: Buffer, encoding: string, limit: number): Buffer {
  const bounded = { maxOutputLength: limit };
  try {
    if (encoding === "gzip") return gunzipSync(raw, bounded);
    if (encoding === "br") return brotliDecompressSync(raw, bounded);
    return isZlibHeader(raw) ? inflateSync(raw, bounded) : inflateRawSync(raw, bounded);
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      const what = encoding === "gzip" ? "gunzipped" : `decompressed (${encoding})`;
      throw new HttpError(413, `${what} body is over the limit of ${limit} bytes`);
    }
    throw new HttpError(400, `body is not valid ${encoding}: ${(error as Error).message}`);
  }
}

/** RFC 1950's two header bytes: method 8 (deflate) and a check that makes them a multiple of 31. */
function isZlibHeader(raw: Buffer): boolean {
  const [cmf = 0, flg = 0] = raw;
  return (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}
