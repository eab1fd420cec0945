// Every goroutine read from a real core equals what the runtime printed to stderr just before
// it aborted (GOTRACEBACK=crash): id, state, wait minutes, every frame's function, file, line,
// offset and inlining, and the created-by line — per Go release, stripped and PIE builds.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Toolchain } from "../binary/toolchains.js";
import {
  arm64CrossGcc,
  arm64Sysroot,
  coreToolchains,
  coreUnavailable,
  crashCore,
  qemuArm64,
} from "./cores.js";
import { assertSameGoroutines, readCore } from "./same-goroutines.js";

const why = coreUnavailable();

const BUILDS: { name: string; flags: string[] }[] = [
  { name: "default", flags: [] },
  { name: "stripped", flags: ["-ldflags=-s -w"] },
  { name: "stripped PIE", flags: ["-buildmode=pie", "-ldflags=-s -w"] },
];

interface Case {
  build: (typeof BUILDS)[number];
  args: string[];
  goarch?: "arm64";
  /** Built with cgo and linked by the system linker. */
  cgo?: boolean;
  /** Environment of the crashing run. */
  env?: Record<string, string>;
  /** Started as the dynamic loader's argument: the auxiliary vector's entry is not the PIE's. */
  launch?: "loader";
}

/** go1.26+ prints pprof labels in goroutine headers when asked. */
const LABELS: Case = {
  build: { name: "stripped", flags: ["-ldflags=-s -w"] },
  args: ["labels"],
  env: { GODEBUG: "tracebacklabels=1" },
};

const CGO = {
  name: "cgo external-link stripped PIE",
  flags: ["-buildmode=pie", "-ldflags=-s -w -linkmode=external"],
};

/**
 * stripped or not × PIE or not × cgo or not: the build of each combination (the named builds
 * above where they are one), cgo ones linked by the system linker.
 */
function matrixBuild(stripped: boolean, pie: boolean, cgo: boolean): Case["build"] {
  if (cgo && stripped && pie) return CGO;
  if (!cgo && !pie) return stripped ? BUILDS[1]! : BUILDS[0]!;
  if (!cgo) return stripped ? BUILDS[2]! : { name: "PIE", flags: ["-buildmode=pie"] };
  const ldflags = `-ldflags=${stripped ? "-s -w " : ""}-linkmode=external`;
  const name = ["cgo external-link", stripped ? "stripped" : "", pie ? "PIE" : ""].filter(Boolean);
  return { name: name.join(" "), flags: [...(pie ? ["-buildmode=pie"] : []), ldflags] };
}

/** Every combination on amd64 and on arm64 (under qemu-user, when installed), a nil-field SIGSEGV. */
function matrix(): Case[] {
  const out: Case[] = [];
  for (const goarch of [undefined, "arm64" as const]) {
    if (goarch === "arm64" && (qemuArm64() === undefined || arm64Sysroot() === undefined)) continue;
    for (const cgo of [false, true]) {
      if (cgo && goarch === "arm64" && arm64CrossGcc() === undefined) continue;
      for (const stripped of [false, true])
        for (const pie of [false, true])
          out.push({ build: matrixBuild(stripped, pie, cgo), args: ["segv"], goarch, cgo });
    }
  }
  return out;
}

function caseKey(c: Case): string {
  return JSON.stringify([c.build.flags, c.args, c.goarch ?? "", c.cgo ?? false, c.env, c.launch]);
}

function cases(tc: Toolchain): Case[] {
  // Every build and mode on the machine's Go, and stripped × PIE × cgo on both architectures;
  // the other releases get the stripped builds, on arm64 (under qemu-user) too (an error's
  // panic value through an inlined call read from arm64's _panic as well), PIE when
  // Debian's arm64 loader is unpacked (scripts/debian-sysroot.sh arm64).
  const arm64: Case[] =
    qemuArm64() === undefined
      ? []
      : [
          { build: BUILDS[1]!, args: ["segv"], goarch: "arm64" },
          { build: BUILDS[1]!, args: ["panic"], goarch: "arm64" },
          { build: BUILDS[1]!, args: ["deadlock"], goarch: "arm64" },
          ...(arm64Sysroot() === undefined
            ? []
            : [
                { build: BUILDS[2]!, args: ["segv"], goarch: "arm64" as const },
                { build: BUILDS[2]!, args: ["deadlock"], goarch: "arm64" as const },
              ]),
        ];
  if (tc.name === "go") {
    const all: Case[] = [
      ...BUILDS.flatMap((build) =>
        [["segv"], ["panic"], ["deadlock"], ["many", "2000"]].map((args) => ({ build, args })),
      ),
      ...arm64,
      { build: BUILDS[1]!, args: ["many", "2000"], goarch: "arm64" },
      { build: CGO, args: ["segv"], cgo: true },
      LABELS,
      { build: BUILDS[2]!, args: ["segv"], launch: "loader" },
      { build: CGO, args: ["segv"], cgo: true, launch: "loader" },
      ...(arm64Sysroot() === undefined
        ? []
        : [
            {
              build: BUILDS[2]!,
              args: ["segv"],
              goarch: "arm64" as const,
              launch: "loader" as const,
            },
          ]),
      // gcc links a cgo PIE at address 0, and qemu-user maps it elsewhere: a slide that is not 0.
      ...(arm64Sysroot() === undefined || arm64CrossGcc() === undefined
        ? []
        : [
            { build: CGO, args: ["segv"], goarch: "arm64" as const, cgo: true },
            {
              build: CGO,
              args: ["segv"],
              goarch: "arm64" as const,
              cgo: true,
              launch: "loader" as const,
            },
          ]),
    ];
    const known = new Set(all.map(caseKey));
    const more = matrix().filter((c) => !known.has(caseKey(c)));
    return [...all, ...more].filter((c) => c.goarch === undefined || arm64.length > 0);
  }
  return [
    { build: BUILDS[1]!, args: ["panic"] },
    { build: BUILDS[2]!, args: ["segv"] },
    { build: BUILDS[2]!, args: ["deadlock"] },
    ...arm64,
    ...(tc.name === "go1.27" ? [LABELS] : []),
    ...(tc.name === "go1.19" || tc.name === "go1.24"
      ? [{ build: CGO, args: ["segv"], cgo: true }]
      : []),
  ];
}

describe("core files: goroutines equal the runtime's own traceback", { skip: why }, () => {
  for (const tc of why === undefined ? coreToolchains() : []) {
    for (const { build, args, goarch, cgo, env, launch } of cases(tc)) {
      const how = launch === undefined ? "" : " (started by the loader)";
      it(`${tc.version} ${goarch ?? "amd64"} ${build.name}: ${args.join(" ")}${how}`, () => {
        const run = crashCore(tc, build.flags, args, goarch, cgo, env, "crash", launch);
        const { fromCore, fromText } = readCore(run);
        assertSameGoroutines(fromCore, fromText);
        assert.equal(fromCore.kind, fromText.kind);
        assert.deepEqual(
          fromCore.panics.map((p) => p.value),
          fromText.panics.map((p) => p.value),
        );
        assert.equal(fromCore.fatal, fromText.fatal);
        if (fromText.signal !== undefined) {
          const { name, code, addr, pc } = fromText.signal;
          assert.deepEqual(
            { name, code, addr, pc },
            {
              name: fromCore.signal?.name,
              code: fromCore.signal?.code,
              addr: fromCore.signal?.addr,
              pc: fromCore.signal?.pc,
            },
          );
        }
        assert.equal(fromCore.crashing?.id ?? null, fromText.crashing?.id ?? null);
      });
    }
  }
});
