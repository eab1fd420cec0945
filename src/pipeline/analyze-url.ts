// A running process's goroutines read from the URL the user gave: the text profiles (debug=1,
// debug=2) go through the same stream as any crash text; the binary profile (debug=0, gzip-
// compressed protobuf) is decoded and read into the same dump.

import { InputError } from "../input/open.js";
import { type FetchLimits, fetchBody } from "../input/url.js";
import { goroutineDump } from "../pprof/goroutines.js";
import { decodeProfile, isGzip } from "../pprof/profile.js";
import {
  type Analysis,
  type AnalyzeOptions,
  analyzeStream,
  analyzeText,
  diagnose,
} from "./analyze.js";
import { foldsOfCrash } from "./folds.js";

/** Throws `InputError` (one line) when the URL cannot be read or holds another kind of profile. */
export async function analyzeUrl(
  url: string,
  limits: FetchLimits,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const body = await fetchBody(url, limits);
  const first = await body.next();
  if (first.done) return analyzeText("", { ...options, name: url });
  const head = first.value;
  if (!isGzip(head)) {
    return analyzeStream(
      (async function* () {
        yield head;
        yield* body;
      })(),
      { ...options, name: url },
    );
  }
  // Gzip over HTTP is net/http/pprof's binary profile; read it whole (it is small: one
  // record per distinct stack), then see what it holds.
  const chunks: Uint8Array[] = [head];
  for await (const chunk of body) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  const decoded = decodeProfile(bytes, limits.maxBytes);
  if ("error" in decoded) {
    // Gzip-compressed text (a dump served as a .gz file) is read as text.
    return analyzeText(bytes, { ...options, name: url });
  }
  const dump = goroutineDump(decoded.profile);
  if ("error" in dump) throw new InputError(`${url}: ${dump.error}`);
  const similarity = options.similarity ?? "pointers";
  const { crash } = dump;
  const folds = foldsOfCrash(crash, { similarity });
  // As a streamed dump: without keepGoroutines, the crash holds the sample its folds kept.
  if (options.keepGoroutines !== true) crash.goroutines = folds.sample.result();
  const analyzed = diagnose(crash, url, folds);
  return {
    input: url,
    bytes: bytes.length,
    lines: 0,
    crashes: [analyzed],
    strayCount: 0,
    stray: [],
    wrappers: { docker: 0, cri: 0, prefixed: 0, json: 0, learnt: 0, testJson: 0, escaped: 0 },
    truncatedLines: 0,
    warnings: [],
  };
}
