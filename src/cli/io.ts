// Standard input and output helpers shared by commands.

import type { Writable } from "node:stream";

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Text split into lines the way Go's bufio.ScanLines does (a trailing \r dropped). */
export function splitLines(input: Buffer): string[] {
  const text = input.toString("utf8");
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
}

/** Buffers output and writes it in large chunks, waiting when the stream asks to. */
export class Writer {
  private buf: string[] = [];
  private size = 0;
  constructor(private readonly stream: Writable) {}

  async write(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) await this.flush();
  }

  /** Writes bytes as they are (after anything buffered). */
  async writeBytes(b: Buffer): Promise<void> {
    await this.flush();
    if (!this.stream.write(b)) await new Promise<void>((r) => this.stream.once("drain", () => r()));
  }

  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const s = this.buf.join("");
    this.buf = [];
    this.size = 0;
    if (!this.stream.write(s)) await new Promise<void>((r) => this.stream.once("drain", () => r()));
  }

  async end(): Promise<void> {
    await this.flush();
  }
}
