#!/usr/bin/env node
// The CLI as an ES module, for scripts and tests that run `dist/src/cli/main.js`: the same as
// the bin, main.cts, which it runs.

import "./main.cjs";
