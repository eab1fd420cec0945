// Prints `panicscope analyze --json --goroutines` for every crash text in testdata/ into a
// folder, one file per input, so that a refactoring can prove its documents byte-identical:
//   node scripts/snapshot-documents.mjs OUT            (this checkout's dist/)
//   node scripts/snapshot-documents.mjs --compare A B  (lists the inputs whose documents differ)
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";

function inputs(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) inputs(path, out);
    else if (/\.(txt|log|json|gz)$/.test(name) && !name.endsWith(".expect.json")) out.push(path);
  }
  return out;
}

function run(file) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["dist/src/cli/main.js", "analyze", "--json", "--goroutines", file],
      { maxBuffer: 1 << 30 },
      (error, stdout, stderr) => resolve({ code: error?.code ?? 0, stdout, stderr }),
    );
  });
}

const args = process.argv.slice(2);
if (args[0] === "--compare") {
  const [a, b] = args.slice(1);
  const names = readdirSync(a).sort();
  let differ = 0;
  for (const name of names) {
    let other = null;
    try {
      other = readFileSync(join(b, name), "utf8");
    } catch {}
    if (other !== readFileSync(join(a, name), "utf8")) {
      differ++;
      console.log(`differs: ${name}`);
    }
  }
  console.log(`${names.length - differ} identical, ${differ} different`);
  process.exit(differ === 0 ? 0 : 1);
}
const out = args[0];
if (out === undefined) {
  console.error("usage: snapshot-documents.mjs OUT | --compare A B");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const files = inputs("testdata");
let next = 0;
async function worker() {
  while (next < files.length) {
    const file = files[next++];
    const { code, stdout, stderr } = await run(file);
    writeFileSync(join(out, file.replaceAll("/", "__")), `exit ${code}\n${stderr}${stdout}`);
  }
}
await Promise.all(Array.from({ length: cpus().length }, worker));
console.log(`${files.length} documents written to ${out}`);
