// The 16-byte header "go 1.N trace\0\0\0" (Go 1.26 src/internal/trace/version/version.go).

/** Headers Go's readers know: 1.11, 1.19, 1.21 (old format), 1.22, 1.23, 1.25, 1.26. */
export const OLD_FORMAT_VERSIONS = [11, 19, 21];
export const NEW_FORMAT_VERSIONS = [22, 23, 25, 26];

export type HeaderResult = { version: number } | { error: string };

export function readHeader(bytes: Uint8Array): HeaderResult {
  const text = Buffer.from(bytes.subarray(0, 16)).toString("latin1");
  const m = /^go 1\.(\d{1,3}) trace\0\0\0$/.exec(text);
  if (m === null)
    return {
      error: 'bad file format at offset 0: not a Go execution trace (no "go 1.N trace" header)',
    };
  const version = Number(m[1]);
  if (!OLD_FORMAT_VERSIONS.includes(version) && !NEW_FORMAT_VERSIONS.includes(version)) {
    return { error: `unknown or unsupported trace version go 1.${version} (header at offset 0)` };
  }
  return { version };
}
