// A race report's generic function names: shape type arguments in full, blanks and all.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { parseCallLine } from "../../src/traceback/frame-lines.js";
import { parseCrashes } from "../../src/traceback/index.js";
import { blanksOnlyInShapeTypeArgs } from "../../src/traceback/shape-type-args.js";

const FILE = join(
  import.meta.dirname,
  "../../../testdata/real/holdout-16",
  "hugo-14412-race-generic-shape-type-names-with-spaces-radix-tree-first-access-cut.txt",
);

const DELETE =
  "github.com/gohugoio/go-radix.(*Tree[go.shape.interface { Path() string; github.com/gohugoio/hugo/hugolib.forEeachContentNode(func(github.com/gohugoio/hugo/hugolib/sitesmatrix.Vector, github.com/gohugoio/hugo/hugolib.contentNode) bool) bool }]).Delete";

test("a race report's call line whose shape type arguments hold blanks is a call (real/holdout-16/hugo-14412)", async () => {
  // Line 5 of the report, its indent off.
  const line = (readFileSync(FILE, "utf8").split("\n")[4] as string).trimStart();
  assert.deepEqual(parseCallLine(line), { func: DELETE, args: "" });
  const [crash] = parseCrashes(readFileSync(FILE, "utf8"));
  assert.equal(crash?.crashing?.id, 1038);
  assert.deepEqual(
    crash?.crashing?.frames.map((f) => [f.func.slice(f.func.lastIndexOf(".") + 1), f.file, f.line]),
    [
      ["Delete", "/home/runner/go/pkg/mod/github.com/gohugoio/go-radix@v1.2.0/radix.go", 323],
      ["func15", "/home/runner/work/hugo/hugo/hugolib/doctree/nodeshifttree.go", 612],
      ["Walk", "/home/runner/work/hugo/hugo/hugolib/doctree/nodeshifttree.go", 616],
      // The paste was cut under this call line.
      ["doCreatePages", "", 0],
    ],
  );
  assert.deepEqual(crash?.unparsed, []);
  const [doc] = toDocument(await analyzeFile(FILE)).crashes;
  assert.equal(doc?.category, "data-race");
  assert.equal(doc?.goroutine, 1038);
  assert.deepEqual(doc?.frame, {
    func: DELETE,
    file: "/home/runner/go/pkg/mod/github.com/gohugoio/go-radix@v1.2.0/radix.go",
    line: 323,
  });
});

test("blanks outside shape type arguments are no function name's", () => {
  // A markdown link's text, a log line: blanks outside brackets, or brackets with no shape.
  assert.equal(parseCallLine("[INFO go.shape.x y](z)"), null);
  assert.equal(blanksOnlyInShapeTypeArgs("see pkg.F[go.shape.int]"), false);
  assert.equal(blanksOnlyInShapeTypeArgs("pkg.F[a b]"), false);
  assert.equal(blanksOnlyInShapeTypeArgs("pkg.F[go.shape.chan int]"), true);
});
