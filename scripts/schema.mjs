// Writes schema/analysis-1.json, the JSON Schema of the crash document, from its TypeScript
// types (src/document/types.ts `CrashDocument`): the types are the one source, the schema
// follows them. `node scripts/schema.mjs --check` fails when the committed schema is stale
// (a test runs it).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGenerator } from "ts-json-schema-generator";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "schema", "analysis-1.json");

export function generateSchema() {
  const schema = createGenerator({
    path: join(root, "src/document/types.ts"),
    tsconfig: join(root, "tsconfig.json"),
    type: "CrashDocument",
    expose: "export",
    topRef: true,
    jsDoc: "basic",
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema("CrashDocument");
  schema.$id = "urn:panicscope:schema:analysis-1";
  schema.title = "panicscope/analysis@1";
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = generateSchema();
  if (process.argv.includes("--check")) {
    if (readFileSync(out, "utf8") !== text) {
      console.error("schema/analysis-1.json is stale: run node scripts/schema.mjs");
      process.exit(1);
    }
  } else {
    writeFileSync(out, text);
    console.log(`wrote ${out}`);
  }
}
