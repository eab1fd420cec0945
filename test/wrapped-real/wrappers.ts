// How log systems and issue trackers store a program's output, line by line: what a real report
// becomes when the same crash reaches a user through one of them. Each shape is the system's
// own format (docker compose v1's `name  | ` and v2's `name-1  | `, journald's short and short-iso
// formats, `kubectl logs --timestamps`, docker's json-file driver, a GitHub Actions raw log, Go's
// stderr in Android's logcat, stern's pod and container, a markdown quote and an indented code
// block). The ones added after the first six are the shapes users paste most in testdata/real.

export type Wrapper = (line: string) => string;

export const WRAPPERS = {
  /** docker compose (v1) prefixes every line with the service name padded to the longest; a blank line keeps `name  |`. */
  compose: (line) => (line === "" ? "api_1  |" : `api_1  | ${line}`),
  /** `journalctl` (short format): time, host, `program[pid]: `. */
  journald: (line) => `Dec 07 14:20:45 host app[123]: ${line}`,
  /** `kubectl logs --timestamps`: RFC 3339 with nanoseconds, then a space. */
  kubectl: (line) => `2026-12-07T14:20:45.123456789Z ${line}`,
  /** docker's json-file log driver: one JSON record a line, the line with its newline in `log`. */
  jsonFile: (line) =>
    JSON.stringify({ log: `${line}\n`, stream: "stderr", time: "2026-12-07T14:20:45.123456789Z" }),
  /** A markdown quote (`> `) around a paste. */
  quote: (line) => `> ${line}`,
  /** A markdown indented code block: four spaces before every line that is not blank. */
  indented: (line) => (line === "" ? "" : `    ${line}`),
  /**
   * A GitHub Actions job's raw log: the runner writes `$"{DateTime.UtcNow.ToString("O")} {message}"`
   * (actions/runner src/Runner.Common/Logging.cs, PagingLogger.Write), .NET's round-trip time with
   * seven fractional digits; a blank line keeps the stamp and its blank.
   */
  actions: (line) => `2026-12-07T14:20:45.1234567Z ${line}`,
  /**
   * docker compose v2: `fmt.Sprintf("%-"+width+"s | ", name)`, the width the longest name plus one,
   * then the line, a blank one too: `api-1  | ` (docker/compose cmd/formatter/logs.go, setPrefix and
   * write).
   */
  composeV2: (line) => `api-1  | ${line}`,
  /**
   * Go's own stderr on Android, read with `adb logcat -v threadtime`: the runtime writes each line
   * as an entry of priority ERROR, tag `Go`, no thread id set (go1.26 src/runtime/write_err_android.go),
   * and liblog's logprint prints `"%s %5d %5d %c %-8s: "` before it (FORMAT_THREADTIME).
   */
  logcat: (line) => `12-07 14:20:45.123  1234     0 E Go      : ${line}`,
  /**
   * stern (and kubetail-like tools): its default template `{{color .PodColor .PodName}} {{color
   * .ContainerColor .ContainerName}} {{.Message}}` (stern/stern cmd/cmd.go), as pasted, colours gone.
   */
  stern: (line) => `api-7d9f8b6c5d-x2k4q api ${line}`,
  /**
   * `journalctl -o short-iso`: short's `host app[pid]: ` after an ISO 8601 time whose offset has no
   * colon (systemd/systemd issue 26639 asks for an RFC 3339 form because of it).
   */
  shortIso: (line) => `2026-12-07T14:20:45+0000 host app[123]: ${line}`,
} satisfies Record<string, Wrapper>;

export type WrapperName = keyof typeof WRAPPERS;

/** The text with every line wrapped; the final newline stays the text's own. */
export function wrapText(text: string, wrapper: Wrapper): string {
  const ends = text.endsWith("\n");
  const lines = (ends ? text.slice(0, -1) : text).split("\n");
  return lines.map(wrapper).join("\n") + (ends ? "\n" : "");
}
