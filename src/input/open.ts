// Where crash text comes from: a file, standard input, gzip-compressed or not (told by
// the magic bytes, not the name).

import { createReadStream, readFileSync, statSync } from "node:fs";

// A small crash's start-up (issue 16): a file is looked at and a small one read synchronously.
// Neither node:fs/promises nor createReadStream, which load fs/promises' streams and readline
// (a millisecond); and no asynchronous call, whose first one starts libuv's threads (a
// millisecond of CPU, more on a loaded machine).

export interface Input {
  /** As the user named it: a path, or `-` for standard input. */
  name: string;
  /** The file to read, when the input is a regular file (its parts can then be read apart). */
  path?: string;
  /** Size in bytes when known (a regular file). */
  size: number | null;
  /** The bytes; a file is opened only when they are first asked for. */
  chunks: AsyncIterable<Buffer>;
}

/** The size of the pieces a file is read in. */
export const CHUNK_BYTES = 1024 * 1024;

/** Opens a path (or `-` for stdin). Throws a one-line error when the file cannot be read. */
export async function openInput(
  name: string,
  warn: (message: string) => void = () => {},
): Promise<Input> {
  if (name === "-") {
    return { name, size: null, chunks: gunzipIfCompressed(process.stdin, warn) };
  }
  let size: number;
  let small: boolean;
  try {
    const info = statSync(name);
    if (info.isDirectory()) throw new InputError(`${name} is a directory, not a file`);
    size = info.size;
    // A pipe or a device says size 0 and may never end: it is streamed.
    small = info.isFile() && size <= CHUNK_BYTES;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${name}: ${whyUnreadable(error)}`);
  }
  const chunks = {
    [Symbol.asyncIterator]: () =>
      gunzipIfCompressed(
        small ? readWhole(name) : createReadStream(name, { highWaterMark: CHUNK_BYTES }),
        warn,
      )[Symbol.asyncIterator](),
  };
  return { name, path: name, size, chunks };
}

/** A small file's bytes in one chunk, as createReadStream would give them. */
async function* readWhole(name: string): AsyncGenerator<Buffer> {
  const bytes = readFileSync(name);
  if (bytes.length > 0) yield bytes;
}

/** An input that cannot be read: shown to the user in one line. */
export class InputError extends Error {}

/** Why a file could not be read, in a few words (`no such file`, `permission denied`). */
export function whyUnreadable(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Yields the bytes of `source`, decompressed when they start with the gzip magic 1f 8b.
 * A damaged or cut gzip stream yields what could be decompressed and warns.
 */
export async function* gunzipIfCompressed(
  source: AsyncIterable<Uint8Array | string>,
  warn: (message: string) => void,
): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  let first: Buffer | undefined;
  try {
    // A pipe may deliver the magic's two bytes in two reads: read until there are two.
    while (first === undefined || first.length < 2) {
      const step = await iterator.next();
      if (step.done) break;
      const chunk = toBuffer(step.value);
      first = first === undefined ? chunk : Buffer.concat([first, chunk]);
    }
    if (first === undefined) return;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read input: ${whyUnreadable(error)}`);
  }
  const rest = {
    [Symbol.asyncIterator]: () => iterator,
  } as AsyncIterable<Uint8Array | string>;
  if (first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b) {
    // Imported here: plain text, the common case, never loads them.
    const [{ Readable }, { createGunzip }] = await Promise.all([
      import("node:stream"),
      import("node:zlib"),
    ]);
    const whole = Readable.from(
      (async function* () {
        yield first;
        for await (const chunk of rest) yield toBuffer(chunk);
      })(),
    );
    const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
    whole.on("error", (error) => gunzip.destroy(error));
    whole.pipe(gunzip);
    try {
      for await (const chunk of gunzip) yield chunk as Buffer;
    } catch (error) {
      warn(
        `gzip data ends early or is damaged (${whyUnreadable(error)}); analysed what came before`,
      );
    }
    return;
  }
  yield first;
  try {
    for await (const chunk of rest) yield toBuffer(chunk);
  } catch (error) {
    // A source that already says what went wrong (a URL's limits) is not reworded.
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read input: ${whyUnreadable(error)}`);
  }
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk);
  return Buffer.isBuffer(chunk)
    ? chunk
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
