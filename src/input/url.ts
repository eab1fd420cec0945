// A running process's goroutines over HTTP (net/http/pprof's /debug/pprof/goroutine): only the
// URL the user gave — redirects are not followed —, within a time limit and a size limit, every
// failure one line that says what went wrong.

import { InputError } from "./open.js";

export interface FetchLimits {
  /** The whole answer, headers and body, within this many milliseconds. */
  timeoutMs: number;
  /** At most this many bytes of body. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 1 << 30 };

/** Whether an input named on the command line is a URL rather than a file. */
export function isUrl(name: string): boolean {
  return /^https?:\/\//i.test(name);
}

/**
 * The body of `url`, chunk by chunk as it arrives. Throws `InputError` (one line) when the server
 * cannot be reached, answers anything but 200, redirects, sends more than `maxBytes`, or does not
 * finish within `timeoutMs` — also while the body is being read.
 */
export async function fetchBody(
  url: string,
  limits: FetchLimits = DEFAULT_LIMITS,
): Promise<AsyncGenerator<Uint8Array>> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`${url} is not a URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new InputError(`${url}: only http:// and https:// URLs are read`);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(parsed, { signal, redirect: "manual" });
  } catch (error) {
    throw new InputError(failure(url, error, limits));
  }
  if (response.status !== 200) {
    const why = await firstLine(response);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location !== null)
      throw new InputError(
        `${url} answered ${response.status}, a redirect to ${location}: panicscope reads only the URL given, so give that one`,
      );
    throw new InputError(
      `${url} answered ${response.status} ${response.statusText}${why === "" ? "" : `: ${why}`}`,
    );
  }
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  if (length > limits.maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new InputError(tooLarge(url, limits));
  }
  return (async function* () {
    if (response.body === null) return;
    let read = 0;
    const reader = response.body.getReader();
    try {
      for (;;) {
        let step: Awaited<ReturnType<typeof reader.read>>;
        try {
          step = await reader.read();
        } catch (error) {
          throw new InputError(failure(url, error, limits));
        }
        if (step.done) return;
        read += step.value.byteLength;
        if (read > limits.maxBytes) throw new InputError(tooLarge(url, limits));
        yield step.value;
      }
    } finally {
      await reader.cancel().catch(() => {});
    }
  })();
}

function tooLarge(url: string, limits: FetchLimits): string {
  return `${url} sent more than ${limits.maxBytes} bytes: stopped (--max-size raises the limit)`;
}

function failure(url: string, error: unknown, limits: FetchLimits): string {
  if (
    error instanceof DOMException &&
    (error.name === "TimeoutError" || error.name === "AbortError")
  )
    return `${url} did not answer in full within ${limits.timeoutMs / 1000}s (--timeout raises the limit)`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code === "ECONNREFUSED")
    return `cannot reach ${url}: connection refused (is the process running, and is that its pprof port?)`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `cannot reach ${url}: unknown host`;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET")
    return `${url}: the connection was closed before the answer ended`;
  if (cause?.message === "bad port")
    return `cannot read ${url}: fetch refuses that port (a well-known port of another protocol)`;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `cannot read ${url}: ${message}`;
}

/** The first line of an error answer (net/http/pprof says `Unknown profile` and the like). */
async function firstLine(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) return "";
  try {
    // One chunk is enough for one line, and an endless error page is not read to its end.
    const step = await reader.read();
    const text = step.done ? "" : new TextDecoder().decode(step.value);
    return (text.split("\n", 1)[0] ?? "").trim().slice(0, 200);
  } catch {
    return "";
  } finally {
    await reader.cancel().catch(() => {});
  }
}
