// What `send` and `run` share: the crashes of a text, each as its own lines, and one upload
// in the form of the Go module's protocol (panicscope/report@1).

import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { toDocument } from "../document/to-document.js";
import type { DocumentCrash } from "../document/types.js";
import { analyzeText } from "../pipeline/analyze.js";

/** The crashes the library finds in `text`, and each one's own lines (its span). */
export async function crashesIn(
  text: string,
  name: string,
): Promise<{ crashes: DocumentCrash[]; texts: string[] }> {
  const { crashes } = toDocument(await analyzeText(text, { name }));
  const lines = text.split("\n");
  const texts = crashes.map(
    ({ span }) => `${lines.slice(span.startLine - 1, span.endLine).join("\n")}\n`,
  );
  return { crashes, texts };
}

export interface UploadFields {
  release?: string | undefined;
  environment?: string | undefined;
  host?: string | undefined;
  pid?: number | undefined;
}

export async function uploadCrash(
  server: string,
  token: string | undefined,
  text: string,
  fields: UploadFields,
): Promise<{ id: string; response: Response }> {
  const id = randomUUID();
  const report: Record<string, unknown> = {
    schema: "panicscope/report@1",
    id,
    kind: "crash",
    text,
    time: new Date().toISOString(),
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) report[key] = value;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "content-encoding": "gzip",
    "idempotency-key": id,
  };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${server.replace(/\/+$/, "")}/api/v1/crashes`, {
    method: "POST",
    headers,
    body: gzipSync(JSON.stringify(report)),
  });
  return { id, response };
}
