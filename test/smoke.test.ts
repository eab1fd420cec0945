import assert from "node:assert/strict";
import { test } from "node:test";
import { commands } from "../src/cli/commands.js";

test("the analyze command is registered", () => {
  assert.equal(typeof commands.analyze.run, "function");
});
