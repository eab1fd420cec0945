// Checks a crash document against its JSON Schema (schema/analysis-1.json, generated from
// src/document/types.ts), as the tests and the fuzz harness do. Ajv compiles the schema once.

import { readFileSync } from "node:fs";
import AjvModule, { type ValidateFunction } from "ajv";

// From dist/test/document/ to the package root.
const SCHEMA_URL = new URL("../../../schema/analysis-1.json", import.meta.url);

let compiled: ValidateFunction | null = null;

/**
 * The ways `document` breaks the schema, as `path: message` lines; empty when it is valid.
 * The document is checked as JSON carries it (undefined fields dropped).
 */
export function schemaErrors(document: unknown): string[] {
  if (compiled === null) {
    const ajv = new AjvModule.default({ allErrors: true, strict: false });
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_URL, "utf8")));
  }
  const plain: unknown = JSON.parse(JSON.stringify(document));
  if (compiled(plain)) return [];
  return (compiled.errors ?? []).map(
    (error) => `${error.instancePath || "/"}: ${error.message ?? "invalid"}`,
  );
}
