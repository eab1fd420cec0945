// Container runtimes' log files, which wrap every line the program wrote:
//   docker json-file: {"log":"panic: boom\n","stream":"stderr","time":"2026-11-28T15:49:01.1Z"}
//   CRI (containerd, CRI-O; `kubectl logs` files under /var/log/pods):
//     2026-11-28T15:49:01.123456789Z stderr F panic: boom
// Both split lines longer than 16 KiB: docker leaves the `\n` off all but the last piece,
// CRI tags the pieces `P` and the last one `F`.

export interface ContainerLine {
  text: string;
  stream: string;
  /** More of this line follows in the next record of the same stream. */
  partial: boolean;
}

/** A docker json-file record, or null. */
export function parseDockerLine(text: string): ContainerLine | null {
  if (text.charCodeAt(0) !== 0x7b /* { */ || !text.startsWith('{"log":')) return null;
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof record !== "object" || record === null) return null;
  const { log, stream } = record as { log?: unknown; stream?: unknown };
  if (typeof log !== "string") return null;
  const partial = !log.endsWith("\n");
  let content = partial ? log : log.slice(0, -1);
  if (content.endsWith("\r")) content = content.slice(0, -1);
  return { text: content, stream: typeof stream === "string" ? stream : "", partial };
}

const CRI_TIME =
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d) (stdout|stderr) ([PF])(?: |$)/;

/** A CRI log record, or null. */
export function parseCriLine(text: string): ContainerLine | null {
  const c = text.charCodeAt(0);
  if (c < 0x30 || c > 0x39) return null;
  const match = CRI_TIME.exec(text);
  if (match === null) return null;
  return {
    text: text.slice(match[0].length),
    stream: match[1] as string,
    partial: match[2] === "P",
  };
}

/**
 * `kubectl logs --timestamps` (and `docker logs -t`, GitHub Actions' log): the record's time
 * (RFC 3339 in UTC, RFC3339Nano: its fraction's trailing zeros dropped), a blank, the line.
 */
const KUBECTL_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z(?: |$)/;

/** A line of `kubectl logs --timestamps`, or null. */
export function parseKubectlLine(text: string): ContainerLine | null {
  const match = KUBECTL_TIME.exec(text);
  return match === null ? null : { text: text.slice(match[0].length), stream: "", partial: false };
}
