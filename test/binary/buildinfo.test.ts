// Build info compared with `go version -m` for binaries of every format and several Go versions,
// with a replaced dependency, -trimpath, cgo, quoted -ldflags and version control stamps.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { formatGoVersionM, readBuildInfo, setting } from "../../src/binary/buildinfo.js";
import { openExecutable } from "../../src/binary/open.js";
import { FileSource } from "../../src/bytes/source.js";
import { tempDir } from "../temp-dir.js";
import { build, goEnv, goVersionM, ROOT, requireToolchain, TESTDATA } from "./toolchains.js";

type TC = "go" | "go1.19" | "go1.27";
const cases: {
  name: string;
  tc: TC;
  dir?: string;
  env?: Record<string, string>;
  flags?: string[];
  ext?: string;
}[] = [
  { name: "go1.26 linux/amd64 quoted -ldflags", tc: "go", flags: ["-ldflags=-s -w"] },
  { name: "go1.26 trimpath", tc: "go", flags: ["-trimpath"] },
  {
    name: "go1.26 cgo pie",
    tc: "go",
    dir: "cgo",
    env: { CGO_ENABLED: "1" },
    flags: ["-buildmode=pie"],
  },
  { name: "go1.26 windows", tc: "go", env: { GOOS: "windows" }, ext: ".exe" },
  { name: "go1.26 darwin/arm64", tc: "go", env: { GOOS: "darwin", GOARCH: "arm64" } },
  { name: "go1.26 linux/ppc64", tc: "go", env: { GOARCH: "ppc64" } },
  { name: "go1.26 linux/386", tc: "go", env: { GOARCH: "386" } },
  { name: "go1.19", tc: "go1.19" },
  {
    name: "go1.19 windows stripped",
    tc: "go1.19",
    env: { GOOS: "windows" },
    flags: ["-ldflags=-s -w"],
    ext: ".exe",
  },
  { name: "go1.27 pie", tc: "go1.27", flags: ["-buildmode=pie"] },
];

function ours(file: string) {
  const src = new FileSource(file);
  try {
    return readBuildInfo(openExecutable(src));
  } finally {
    src.close();
  }
}

describe("build info agrees with go version -m", () => {
  for (const c of cases) {
    test(c.name, (t) => {
      const tc = requireToolchain(t, c.tc);
      if (tc === undefined) return;
      const file = build({
        dir: c.dir ?? "prog",
        tc,
        env: c.env ?? {},
        flags: c.flags ?? [],
        ext: c.ext ?? "",
      });
      const bi = ours(file);
      assert.ok(bi);
      assert.equal(formatGoVersionM(file, bi), goVersionM(tc, file));
      assert.equal(bi.goVersion.startsWith(tc.version), true);
      if ((c.dir ?? "prog") === "prog") {
        assert.equal(bi.path, "example.com/prog");
        assert.deepEqual(bi.main, { path: "example.com/prog", version: "(devel)", sum: "" });
        assert.deepEqual(bi.deps, [
          {
            path: "example.com/dep",
            version: "v1.2.3",
            sum: "",
            replace: { path: "./dep", version: "(devel)", sum: "" },
          },
        ]);
      }
      assert.equal(setting(bi, "GOOS"), c.env?.GOOS ?? "linux");
      assert.equal(setting(bi, "GOARCH"), c.env?.GOARCH ?? "amd64");
      assert.equal(setting(bi, "CGO_ENABLED"), c.env?.CGO_ENABLED ?? "0");
      if (c.flags?.includes("-trimpath")) assert.equal(setting(bi, "-trimpath"), "true");
      if (c.flags?.includes("-ldflags=-s -w")) {
        assert.equal(setting(bi, "-ldflags"), "-s -w");
        assert.ok(bi.settings.some((s) => s.rawValue === '"-s -w"'));
      }
    });
  }

  test("vcs.revision, vcs.time and vcs.modified from a git checkout", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const dir = tempDir("panicscope-vcs-");
    cpSync(join(TESTDATA, "prog"), dir, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync("git", args, {
        cwd: dir,
        encoding: "utf8",
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: "2026-01-02T03:04:05Z",
          GIT_COMMITTER_DATE: "2026-01-02T03:04:05Z",
        },
      }).trim();
    git("init", "-q");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "x");
    const rev = git("rev-parse", "HEAD");
    const goBuild = (out: string) =>
      execFileSync(tc.go, ["build", "-buildvcs=true", "-o", out, "."], {
        cwd: dir,
        env: { ...goEnv({}), GOFLAGS: "" },
      });
    goBuild(join(dir, "clean"));
    writeFileSync(join(dir, "extra.go"), "package main\n");
    goBuild(join(dir, "dirty"));
    const clean = ours(join(dir, "clean"));
    const dirty = ours(join(dir, "dirty"));
    assert.ok(clean && dirty);
    assert.equal(setting(clean, "vcs"), "git");
    assert.equal(setting(clean, "vcs.revision"), rev);
    assert.equal(setting(clean, "vcs.time"), "2026-01-02T03:04:05Z");
    assert.equal(setting(clean, "vcs.modified"), "false");
    assert.equal(setting(dirty, "vcs.modified"), "true");
    for (const f of ["clean", "dirty"]) {
      const file = join(dir, f);
      assert.equal(formatGoVersionM(file, ours(file)!), goVersionM(tc, file));
    }
  });

  test("panicscope buildinfo prints what go version -m prints", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const file = build({ dir: "prog", tc, flags: ["-trimpath"] });
    const cli = join(ROOT, "dist/src/cli/main.js");
    const got = execFileSync(process.execPath, [cli, "buildinfo", file], { encoding: "utf8" });
    assert.equal(got, goVersionM(tc, file));
    const json = JSON.parse(
      execFileSync(process.execPath, [cli, "buildinfo", "--json", file], { encoding: "utf8" }),
    );
    assert.equal(json.path, "example.com/prog");
    assert.deepEqual(
      json.settings.find((s: { key: string }) => s.key === "-trimpath"),
      { key: "-trimpath", value: "true" },
    );
  });
});
