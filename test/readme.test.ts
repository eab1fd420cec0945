// README.md stays true: every ```console block that runs `npx panicscope …` must print what
// the block shows.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
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
