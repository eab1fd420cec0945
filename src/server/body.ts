// The request body, bounded: at most `limit` bytes as sent and at most `limit` bytes once
// decompressed (a gzip or brotli bomb stops at the limit, it is never inflated whole).
// Encodings: what real clients send. sentry-go sends none; the Go module and sentry-javascript
// gzip; sentry-python brotli (`br`) when the brotli module is installed, else gzip; `deflate`
// is HTTP's third common one (zlib-wrapped, or raw as some clients send it).

import type { IncomingMessage } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
import { HttpError } from "./http-error.js";

export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

/** The body of a fetch Request (an app called without a Node server, and small bodies). */
export async function readBody(request: Request, limit: number): Promise<Buffer> {
  const encoding = checkHeaders(
    request.headers.get("content-length"),
    request.headers.get("content-encoding"),
    limit,
  );
  const chunks: Buffer[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw overLimit(limit);
      }
      chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
  }
  return decode(Buffer.concat(chunks, size), encoding, limit);
}

/**
 * The body read straight from Node's request: the upload's hot path, which skips building a
 * fetch Request and its web stream around every upload.
 */
export async function readIncoming(incoming: IncomingMessage, limit: number): Promise<Buffer> {
  const header = (name: string) => {
    const value = incoming.headers[name];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  };
  const encoding = checkHeaders(header("content-length"), header("content-encoding"), limit);
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
      if (size > limit) {
        done();
        incoming.pause();
        reject(overLimit(limit));
      } else chunks.push(chunk);
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
  return decode(raw, encoding, limit);
}

function checkHeaders(length: string | null, encodingHeader: string | null, limit: number) {
  if (length !== null && Number(length) > limit) {
    throw new HttpError(413, `body of ${length} bytes is over the limit of ${limit} bytes`);
  }
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

function decode(raw: Buffer, encoding: string, limit: number): Buffer {
  if (encoding === "identity") return raw;
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
