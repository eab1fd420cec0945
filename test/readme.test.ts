// README.md stays true: every ```console block that runs `npx panicscope …` must print what
// the block shows.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const ROOT = join(import.meta.dirname, "..", "..");
const MAIN = join(import.meta.dirname, "..", "src", "cli", "main.js");

interface Example {
  args: string[];
  output: string;
}

function examples(markdown: string): Example[] {
  const found: Example[] = [];
  const block = /```console\n([\s\S]*?)```/g;
  for (let match = block.exec(markdown); match !== null; match = block.exec(markdown)) {
    const [command, ...output] = (match[1] as string).split("\n");
    if (!command?.startsWith("$ npx panicscope ")) continue;
    found.push({
      args: command.slice("$ npx panicscope ".length).split(" "),
      output: output.join("\n"),
    });
  }
  return found;
}

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

test("README.md has examples to check", () => {
  assert.ok(examples(readme).length >= 2);
});

for (const example of examples(readme)) {
  test(`README: panicscope ${example.args.join(" ")}`, () => {
    const result = spawnSync(process.execPath, [MAIN, ...example.args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined },
    });
    assert.equal(result.stdout, example.output);
  });
}

test("README: the library example runs through the package name and prints what it shows", () => {
  const found = /<!-- library-example[^>]*-->\n```js\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/.exec(
    readme,
  );
  assert.ok(found, "README.md has no library example");
  const [, code, output] = found as unknown as [string, string, string];
  assert.match(code, /from "panicscope";/);
  // Inside the package, so that `import … from "panicscope"` resolves to this package itself.
  const script = join(ROOT, "dist", "readme-library-example.mjs");
  writeFileSync(script, code);
  try {
    const result = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: "utf8" });
    assert.equal(result.stderr, "");
    assert.equal(result.stdout, output);
  } finally {
    rmSync(script, { force: true });
  }
});
