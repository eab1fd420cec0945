// `analyze --json`: the crash document (src/document, panicscope/analysis@1) as JSON.

import type { CrashDocument } from "../document/types.js";

/**
 * Writes the document piece by piece: with every goroutine, a dump of 10⁶ goroutines is
 * gigabytes of JSON, more than one string can hold. Buckets and goroutines are written one per
 * line after the other fields: a bucket of 10⁶ goroutines has 10⁶ ids, which pretty-printed
 * would be 10⁶ lines.
 */
export async function writeDocument(
  document: CrashDocument,
  write: (text: string) => Promise<void>,
): Promise<void> {
  const buffer = new OutputBuffer(write);
  await buffer.add(`{\n  "schema": ${JSON.stringify(document.schema)},\n  "crashes": [`);
  let first = true;
  for (const crash of document.crashes) {
    await buffer.add(first ? "\n" : ",\n");
    first = false;
    const { buckets, goroutines, ...fields } = crash;
    const body = indent(JSON.stringify(fields, null, 2), "    ");
    // Open the object again after its last field.
    await buffer.add(`${body.slice(0, -"\n    }".length)},\n      "buckets": [`);
    await writeLines(buffer, buckets);
    if (goroutines !== undefined) {
      await buffer.add(`,\n      "goroutines": [`);
      await writeLines(buffer, goroutines);
    }
    await buffer.add("\n    }");
  }
  await buffer.add(
    `${first ? "" : "\n  "}],\n  "inputs": ${indent(JSON.stringify(document.inputs, null, 2), "  ").trimStart()}\n}\n`,
  );
  await buffer.flush();
}

/** The whole document as one string, for small analyses and tests. */
export async function documentJson(document: CrashDocument): Promise<string> {
  let out = "";
  await writeDocument(document, async (text) => {
    out += text;
  });
  return out;
}

/** A JSON array's items, one per line, and its closing bracket. */
async function writeLines(buffer: OutputBuffer, items: readonly unknown[]): Promise<void> {
  let i = 0;
  for (const item of items)
    await buffer.add(`${i++ === 0 ? "\n" : ",\n"}        ${JSON.stringify(item)}`);
  await buffer.add(`${items.length > 0 ? "\n      " : ""}]`);
}

function indent(text: string, prefix: string): string {
  return prefix + text.replaceAll("\n", `\n${prefix}`);
}

/** Collects output into pieces of about a megabyte before handing them to `write`. */
class OutputBuffer {
  private pieces: string[] = [];
  private size = 0;

  constructor(private readonly write: (text: string) => Promise<void>) {}

  async add(text: string): Promise<void> {
    this.pieces.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.pieces.join("");
    this.pieces = [];
    this.size = 0;
    await this.write(text);
  }
}
