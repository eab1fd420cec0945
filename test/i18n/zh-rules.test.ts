// The Chinese rule texts against the English catalogue: every rule has one, with every part,
// the same release ranges in its mechanism, the same code in its example, a summary exactly
// where the English has one (keeping the values the English sentence shows), and no English
// prose left outside backticks.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CATALOGUE } from "../../src/diagnose/catalogue.js";
import { readPanicValue } from "../../src/diagnose/rules/fallback.js";
import type { Explanation } from "../../src/diagnose/types.js";
import { ZH_RULES } from "../../src/i18n/zh/rules/index.js";
import { INSTANCES } from "../diagnose/instances.js";

/**
 * Go keywords, predeclared identifiers and standard package names: code even when written
 * without backticks (titles carry no backticks, as in the English).
 */
const GO_NAMES = [
  "break",
  "defer",
  "go",
  "case",
  "chan",
  "const",
  "continue",
  "default",
  "else",
  "fallthrough",
  "func",
  "goto",
  "import",
  "interface",
  "range",
  "return",
  "select",
  "struct",
  "switch",
  "type",
  "append",
  "clear",
  "close",
  "complex",
  "copy",
  "delete",
  "imag",
  "make",
  "panic",
  "print",
  "println",
  "real",
  "recover",
  "main",
  "init",
  "iota",
  "true",
  "false",
  "error",
  "string",
  "byte",
  "rune",
  "bool",
  "int8",
  "int16",
  "int32",
  "int64",
  "uint",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "uintptr",
  "float32",
  "float64",
  "unsafe",
  // standard packages named as packages ("sync 包")
  "reflect",
  "sync",
  "atomic",
  "testing",
  "time",
  "context",
  "strings",
  "bytes",
  "errors",
  "regexp",
  "slices",
  "crypto",
];

/**
 * English words a Chinese Go text keeps as they are: Go's own terms (goroutine, panic, defer),
 * signals, environment variables, tools and systems (see src/i18n/zh/rules/GLOSSARY.md).
 */
const ALLOWED = new Set(
  [
    // Go's keywords, predeclared names and terms, kept as they are by Chinese Go writers
    ...GO_NAMES,
    "goroutine",
    "cgo",
    "MIPS",
    "Swiss",
    // signals, environment variables and their settings
    "SIGSEGV",
    "SIGBUS",
    "SIGABRT",
    "SIGQUIT",
    "SIGILL",
    "SIGFPE",
    "SIGTRAP",
    "SIGPIPE",
    "SIGPROF",
    "SIGKILL",
    "SIGTERM",
    "SIGURG",
    "SIGCHLD",
    "SIGSYS",
    "SIGEMT",
    "GOTRACEBACK",
    "GOMAXPROCS",
    "GODEBUG",
    "GOEXPERIMENT",
    "GOMEMLIMIT",
    "GOGC",
    "GOARCH",
    "GOAMD64",
    "GOARM",
    "GOOS",
    "GOROOT",
    "GOFLAGS",
    // runtime and toolchain terms kept in English by Chinese Go writers
    "arena",
    "span",
    "checkptr",
    "cgocheck",
    "linkname",
    "nosplit",
    "sigcode",
    "malloc",
    "fork",
    "exec",
    "killer",
    // tools, systems and standards
    "QEMU",
    "chroot",
    "CAST",
    "FUSE",
    "Dockerfile",
    "SIMD",
    "range-over-func",
    "happens-before",
    "vendor",
    "staticcheck",
    "nilaway",
    "panicscope",
    "Ctrl",
    "channel",
    "Delve",
    "pprof",
    "Linux",
    "Windows",
    "macOS",
    "Unix",
    "Darwin",
    "FreeBSD",
    "Android",
    "Plan",
    "seccomp",
    "glibc",
    "musl",
    "Alpine",
    "Docker",
    "Kubernetes",
    "systemd",
    "ulimit",
    "ASan",
    "AddressSanitizer",
    "MemorySanitizer",
    "ThreadSanitizer",
    "valgrind",
    "FIPS",
    "BoringCrypto",
    "OpenSSL",
    "JSON",
    "HTTP",
    "HTTPS",
    "TLS",
    "ARM64",
    "AVX2",
    "AMD64",
    "amd64",
    "arm64",
    "wasm",
    "Wasm",
    "WebAssembly",
    "UTF-8",
    "RE2",
    "Perl",
    "Unicode",
    "NULL",
    "POSIX",
    "mmap",
    "munmap",
    "madvise",
    "ptrace",
    "errno",
    "EAGAIN",
    "ENOMEM",
    "EPERM",
    "ENOSYS",
  ].map((w) => w.toLowerCase()),
);

/** Words of 4+ Latin letters outside backtick code spans and outside the given values. */
function englishWords(text: string, values: string[] = []): string[] {
  let prose = text;
  // Longest first: a value may contain another (a pattern inside its parse error).
  const longestFirst = [...values].sort((a, b) => b.length - a.length);
  for (const value of longestFirst) if (value !== "") prose = prose.split(value).join(" ");
  prose = prose.replace(/`[^`]*`/g, " ");
  // Calls (`Done()`), settings (`GODEBUG=panicnil=1`), URLs and paths are names, not prose.
  prose = prose.replace(/[A-Za-z_][\w.]*\(\)/g, " ").replace(/\S+=\S+/g, " ");
  prose = prose.replace(/\bgo (?:test|vet|build|run|tool|mod|list|version|env)\b/g, " ");
  prose = prose.replace(/https?:\/\/\S+/g, " ").replace(/\S*\/\S*/g, " ");
  const words = (prose.match(/[A-Za-z][A-Za-z0-9_.-]*/g) ?? []).map((w) => w.replace(/[.-]+$/, ""));
  // Identifiers written as they are: dotted (`sync.Map`), camelCase, snake_case.
  const identifier = (w: string) => /\w\.\w/.test(w) || /[a-z][A-Z]/.test(w) || w.includes("_");
  return words.filter(
    (w) => /[A-Za-z]{4,}/.test(w) && !identifier(w) && !ALLOWED.has(w.toLowerCase()),
  );
}

/** The parts of an explanation a reader reads as prose. */
function proseParts(e: Explanation): string[] {
  return [e.title, e.what, ...e.mechanism.map((m) => m.text), ...e.causes, e.fix, ...e.confirm];
}

/** The backtick spans of a text: code, identifiers, commands and runtime messages. */
function codeSpans(text: string): string[] {
  return text.match(/`[^`]*`/g) ?? [];
}

/** An example's code with its `//` comments removed: it must stay the English code. */
function code(example: string): string {
  return example
    .split("\n")
    .map((line) => line.replace(/\s*\/\/.*$/, "").replace(/^\s*#.*$/, ""))
    .filter((line) => line.trim() !== "")
    .join("\n");
}

describe("Chinese rule texts", () => {
  test("every rule of the catalogue has one, and nothing else does", () => {
    const ids = CATALOGUE.map((r) => r.id);
    assert.deepEqual(
      ids.filter((id) => ZH_RULES[id] === undefined),
      [],
    );
    assert.deepEqual(
      Object.keys(ZH_RULES).filter((id) => !ids.includes(id)),
      [],
    );
  });

  for (const rule of CATALOGUE) {
    test(rule.id, () => {
      const zh = ZH_RULES[rule.id];
      assert.ok(zh, `no zh text for ${rule.id}`);
      const en = rule.explanation;
      const e = zh.explanation;
      for (const part of [e.title, e.what, e.fix, e.example]) assert.notEqual(part.trim(), "");
      // Titles are printed as they are (bold, no markup), as the English ones.
      if (!en.title.includes("`")) assert.ok(!e.title.includes("`"), `title ${e.title}`);
      assert.equal(e.causes.length, en.causes.length, "causes");
      assert.equal(e.confirm.length, en.confirm.length, "confirm");
      for (const part of [...e.causes, ...e.confirm]) assert.notEqual(part.trim(), "");
      assert.deepEqual(
        e.mechanism.map((m) => [m.since, m.until]),
        en.mechanism.map((m) => [m.since, m.until]),
        "mechanism releases",
      );
      for (const m of e.mechanism) assert.notEqual(m.text.trim(), "");
      assert.equal(code(e.example), code(en.example), "example code");
      const zhParts = proseParts(e);
      const lost = proseParts(en).flatMap((part, i) =>
        codeSpans(part).filter((span) => !(zhParts[i] ?? "").includes(span)),
      );
      assert.deepEqual(lost, [], "code, identifiers and runtime texts kept as they are");
      const left = zhParts.flatMap((p) => englishWords(p));
      assert.deepEqual(left, [], "English words outside backticks");
      assert.equal(zh.summary !== undefined, rule.summary !== undefined, "summary presence");
    });
  }

  test("summaries keep the values the English sentence shows", () => {
    let checked = 0;
    for (const instance of INSTANCES) {
      const rule = CATALOGUE.find((r) => r.id === instance.rule);
      const zhSummary = ZH_RULES[instance.rule]?.summary;
      if (rule?.summary === undefined || zhSummary === undefined) continue;
      // The program's own panic value is read from the text, as the diagnosis does.
      const values = {
        ...(rule.id === "custom-panic" ? readPanicValue(instance.text) : {}),
        ...instance.values,
      };
      const en = rule.summary(values);
      const zh = zhSummary(values);
      for (const value of Object.values(values)) {
        if (en.includes(value)) assert.ok(zh.includes(value), `${rule.id}: ${zh} lacks ${value}`);
      }
      assert.deepEqual(englishWords(zh, Object.values(values)), [], `${rule.id}: ${zh}`);
      checked++;
    }
    assert.ok(checked >= 40, `only ${checked} summaries checked`);
  });
});
