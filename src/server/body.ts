// The request body, bounded: at most `limit` bytes as sent and at most `limit` bytes once
// gunzipped (a gzip bomb stops at the limit, it is never inflated whole).

import { gunzipSync } from "node:zlib";
import { HttpError } from "./http-error.js";

export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

export async function readBody(request: Request, limit: number): Promise<Buffer> {
  const length = request.headers.get("content-length");
  if (length !== null && Number(length) > limit) {
    throw new HttpError(413, `body of ${length} bytes is over the limit of ${limit} bytes`);
  }
  const encoding = (request.headers.get("content-encoding") ?? "identity").trim().toLowerCase();
  if (encoding !== "gzip" && encoding !== "identity") {
    throw new HttpError(415, `Content-Encoding ${encoding} is not supported (gzip or none)`);
  }
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
        throw new HttpError(413, `body is over the limit of ${limit} bytes`);
      }
      chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
  }
  const raw = Buffer.concat(chunks, size);
  if (encoding === "identity") return raw;
  try {
    return gunzipSync(raw, { maxOutputLength: limit });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new HttpError(413, `gunzipped body is over the limit of ${limit} bytes`);
    }
    throw new HttpError(400, `body is not valid gzip: ${(error as Error).message}`);
  }
}
