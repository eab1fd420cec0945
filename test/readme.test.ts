// README.md stays true: every ```console block that runs `npx panicscope …` must print what
// the block shows.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

/**
 * The `symbolize` example builds testdata/binary/prog first: the block is run as written — the
 * build into a temporary folder instead of /tmp/prog, and the PC the README names replaced by
 * the one this build's `prog callers` prints (the same with the Go release the README names)
 * — so a change to the program that moves its lines shows up here.
 */
test("README: the symbolize example prints what the current testdata program gives", (t) => {
  const block = /```console\n(\$ cd testdata\/binary\/prog && go build [^\n]*)\n([\s\S]*?)```/.exec(
    readme,
  );
  assert.ok(block, "README.md has no symbolize example");
  const build = /-o (\S+) \./.exec(block[1] as string);
  assert.ok(build, "the example's build names its output");
  const go = spawnSync("go", ["version"], { encoding: "utf8" });
  if (go.status !== 0) {
    t.skip("no Go toolchain");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "panicscope-readme-"));
  try {
    const binary = join(dir, "prog");
    const built = spawnSync("go", ["build", "-trimpath", "-ldflags=-s -w", "-o", binary, "."], {
      cwd: join(ROOT, "testdata", "binary", "prog"),
      encoding: "utf8",
    });
    assert.equal(built.status, 0, built.stderr);
    // The README's PC: the second PC runtime.Callers returned (in callersOuter), minus one.
    const pcs = spawnSync(binary, ["callers"], { encoding: "utf8" }).stdout.match(
      /^pc\t(0x[0-9a-f]+)$/gm,
    );
    const second = pcs?.[1]?.slice(3);
    assert.ok(second !== undefined, "prog callers printed no second PC");
    const pc = `0x${(BigInt(second) - 1n).toString(16)}`;
    const readmePc = /symbolize --binary \S+ (0x[0-9a-f]+)/.exec(block[2] as string)?.[1] ?? "";
    const runs = (block[2] as string).split(/^(?=\$ )/m);
    assert.equal(runs.length, 2);
    for (const run of runs) {
      const [command = "", ...output] = run.split("\n");
      const line = command.replaceAll(build[1] as string, binary).replaceAll(readmePc, pc);
      const piped = /^\$ echo (\S+) \| npx panicscope (.*)$/.exec(line);
      const direct = /^\$ npx panicscope (.*)$/.exec(line);
      const args = (piped?.[2] ?? direct?.[1] ?? "").split(" ");
      const result = spawnSync(process.execPath, [MAIN, ...args], {
        cwd: ROOT,
        encoding: "utf8",
        input: piped === null ? "" : `${piped[1]}\n`,
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined },
      });
      assert.equal(result.stdout, output.join("\n").replaceAll(readmePc, pc), command);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
