// Function names as real tracebacks print them (sources named), split and classified.

import assert from "node:assert/strict";
import { test } from "node:test";
import { locationOf } from "../../src/names/owner.js";
import { packageOf } from "../../src/names/package-path.js";
import { parseFunc } from "../../src/names/parse.js";

test("package paths (real/babelweb2-5, real/gotgproto-120, traceback-format.md §7.2)", () => {
  assert.equal(
    packageOf("github.com/Vivena/babelweb2/parser.(*BabelDesc).Fill"),
    "github.com/Vivena/babelweb2/parser",
  );
  assert.equal(
    packageOf("github.com/celestix/gotgproto.(*Client).Start.func1"),
    "github.com/celestix/gotgproto",
  );
  assert.equal(packageOf("runtime/pprof.Do"), "runtime/pprof");
  assert.equal(packageOf("main.main"), "main");
  assert.equal(packageOf("gopkg.in/yaml%2ev2.(*decoder).unmarshal"), "gopkg.in/yaml%2ev2");
});

test("receivers, closures and generics", () => {
  assert.deepEqual(parseFunc("main.(*Worker).Run"), {
    pkg: "main",
    receiver: "*Worker",
    name: "Run",
    closure: "",
    typeArgs: "",
  });
  assert.deepEqual(parseFunc("main.Worker.step"), {
    pkg: "main",
    receiver: "Worker",
    name: "step",
    closure: "",
    typeArgs: "",
  });
  assert.deepEqual(parseFunc("main.main.func1.2"), {
    pkg: "main",
    receiver: "",
    name: "main",
    closure: "func1.2",
    typeArgs: "",
  });
  assert.deepEqual(parseFunc("main.main.gowrap1"), {
    pkg: "main",
    receiver: "",
    name: "main",
    closure: "gowrap1",
    typeArgs: "",
  });
  assert.deepEqual(parseFunc("main.(*Box[...]).Get"), {
    pkg: "main",
    receiver: "*Box",
    name: "Get",
    closure: "",
    typeArgs: "[...]",
  });
  assert.deepEqual(parseFunc("net/http.HandlerFunc.ServeHTTP"), {
    pkg: "net/http",
    receiver: "HandlerFunc",
    name: "ServeHTTP",
    closure: "",
    typeArgs: "",
  });
});

test("the runtime's own frames (ARCHITECTURE.md contract)", () => {
  for (const func of [
    "panic",
    "runtime.gopanic",
    "runtime/debug.Stack",
    "internal/runtime/maps.fatal",
    "internal/sync.(*Mutex).unlockSlow",
    "sync.fatal",
    "sync.throw",
    "stopm",
  ]) {
    assert.equal(locationOf(func), "runtime", func);
  }
});

test("standard library and the program's code", () => {
  for (const func of [
    "sync.(*Mutex).Lock",
    "net/http.(*conn).serve.func1",
    "testing.tRunner",
    "vendor/golang.org/x/net/http2.(*Framer).ReadFrame",
  ]) {
    assert.equal(locationOf(func), "stdlib", func);
  }
  for (const func of [
    "main.main",
    "github.com/x/internal/y.F",
    "golang.org/x/sync/errgroup.(*Group).Go.func1",
    "example.com/crashers.nilDeref",
    "_/home/darron/kvexpress/commands.init.8",
  ]) {
    assert.equal(locationOf(func), "user", func);
  }
});
