// The one error type of the binary readers (executables, and next core files): every problem with
// an input file becomes a BinaryError whose message says what was wrong and, where it applies, at
// which file offset. Parsers throw nothing else.

export type BinaryErrorKind = "not-go" | "truncated" | "corrupt" | "unsupported";

export class BinaryError extends Error {
  override readonly name = "BinaryError";
  constructor(
    readonly kind: BinaryErrorKind,
    message: string,
    /** File offset the message points at, when there is one. */
    readonly offset?: number,
  ) {
    super(message);
  }
}

export function hex(n: number | bigint): string {
  return `0x${n.toString(16)}`;
}

/** `not a Go binary: <why>` */
export function notGo(why: string): BinaryError {
  return new BinaryError("not-go", `not a Go binary: ${why}`);
}

/** `truncated <what> at offset 0x…` */
export function truncated(what: string, offset: number | bigint): BinaryError {
  return new BinaryError("truncated", `truncated ${what} at offset ${hex(offset)}`, Number(offset));
}

/**
 * `corrupt <what> at offset 0x…`: the file offset of the field or record named (a bigint when a
 * damaged header points past 2⁵³, so that the message still gives it exactly).
 */
export function corrupt(what: string, offset?: number | bigint): BinaryError {
  const at = offset === undefined ? "" : ` at offset ${hex(offset)}`;
  return new BinaryError(
    "corrupt",
    `corrupt ${what}${at}`,
    offset === undefined ? undefined : Number(offset),
  );
}

export function unsupported(what: string): BinaryError {
  return new BinaryError("unsupported", `unsupported: ${what}`);
}
