// `go test -json` (cmd/test2json) and gotestsum's `--jsonfile`: one event per line,
//   {"Time":"…","Action":"output","Package":"example.com/p","Test":"TestX","Output":"panic: boom\n"}
// The program's own text is the `Output` of `output` events (`build-output` for the compiler,
// keyed by `ImportPath`); other events (start, run, pass, fail, pause, cont) carry none.
// Output is reassembled per test, and per package for what no test owns: test2json attributes
// every line of a crash to one test, so each crash stays whole in its stream.

export type TestEvent =
  /** Text the test binary printed: `output` may hold several lines, or end mid-line. */
  | { key: string; output: string }
  /** An event without text. */
  | { key: string; output: null };

/** A test2json event, or null when `text` is not one. */
export function parseTestEvent(text: string): TestEvent | null {
  if (
    !text.startsWith('{"Time":') &&
    !text.startsWith('{"Action":') &&
    !text.startsWith('{"ImportPath":')
  ) {
    return null;
  }
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof event !== "object" || event === null) return null;
  const { Action, Package, ImportPath, Test, Output } = event as Record<string, unknown>;
  if (typeof Action !== "string") return null;
  // `go tool test2json` run on a test binary without `-p` leaves the package out (Package is
  // `omitempty`, go1.15 src/cmd/internal/test2json/test2json.go:32): the test alone keys it.
  const owner = typeof Package === "string" ? Package : ImportPath;
  if (owner !== undefined && typeof owner !== "string") return null;
  const test = typeof Test === "string" && Test !== "" ? Test : null;
  if (owner === undefined && test === null && Action !== "output") return null;
  const pkg = owner ?? "";
  const key = test === null ? pkg : pkg === "" ? test : `${pkg} ${test}`;
  const hasText = (Action === "output" || Action === "build-output") && typeof Output === "string";
  return { key, output: hasText ? (Output as string) : null };
}
