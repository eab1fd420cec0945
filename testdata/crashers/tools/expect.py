#!/usr/bin/env python3
"""Writes the X.expect.json files beside the crash outputs made by testdata/gen.sh.

    expect.py go DIR        expectations for testdata/go/<go1.NN> (reads DIR/runs.tsv)
    expect.py readme DIR    rewrite testdata/go/README.md from the runs.tsv files
    expect.py wrapped DIR   expectations for testdata/wrapped (reads DIR/runs.tsv)

What is written, field by field (see testdata/README.md):

* kind, category, message, panics: from the program's own knowledge (CASES
  below), per Go version where the runtime prints them differently. Values that
  depend on the run (an address in `(*T) 0x…`, the durations in a test timeout
  message, which out-of-memory path the runtime took) are read off the headline
  and checked against a pattern.
* goroutine: the id in the first goroutine header after the headline (the
  runtime prints the crashing goroutine first; `runtime stack:` is skipped).
* goroutineCount: goroutine headers in the text (debug=1 profiles: the sum of
  the record counts).
* frame / origin: found in the text by the README rule (first frame that is not
  the runtime's own; for origin, and for the frame of a panic, below the
  bottom-most `panic(` frame) and then
  CHECKED against the program: a `// CRASH <case>` / `// ORIGIN <case>` marker
  gives the file and line, a pattern gives the function. A mismatch is an error:
  no expectation is written and the script exits non-zero.

Nothing here runs panicscope.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CRASHERS = os.path.dirname(HERE)
LAB = os.environ.get("PANICSCOPE_LAB", "/tmp/panicscope-lab")

# ------------------------------------------------------------------ markers

MARK_RX = re.compile(r"\b(CRASH|ORIGIN)((?: [a-z0-9][a-z0-9-]*)+)")


def load_markers(root, labroot):
    """(CRASH|ORIGIN, case) -> (file as printed, line)."""
    marks = {}
    for dirpath, _, files in os.walk(root):
        for f in sorted(files):
            if not f.endswith(".go"):
                continue
            path = os.path.join(dirpath, f)
            rel = os.path.relpath(path, root)
            with open(path) as fh:
                for n, line in enumerate(fh, 1):
                    if "//" not in line:
                        continue
                    comment = line.split("//", 1)[1]
                    for kind, names in MARK_RX.findall(comment):
                        for name in names.split():
                            key = (kind, name)
                            if key in marks:
                                raise SystemExit(f"marker {key} twice")
                            marks[key] = (os.path.join(labroot, rel), n)
    return marks


# ------------------------------------------------------------------ text

HEADER_RX = re.compile(r"^goroutine (\d+)(?: gp=\S+ m=\S+(?: mp=\S+)?)? \[")
FILE_RX = re.compile(r"^\t(.+?):(\d+)(?: \+0x[0-9a-f]+)?(?: fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+)?$")
FUNC_RX = re.compile(r"^(\S+)\((.*)\)$")


def runtime_own(func):
    return (
        func == "panic"
        or func.startswith("runtime.")
        or func.startswith("runtime/")
        or func.startswith("internal/")
        or func in ("sync.throw", "sync.fatal")
    )


def block_frames(lines, start):
    """Frames of the goroutine block whose header is lines[start]."""
    frames = []
    i = start + 1
    while i < len(lines) and lines[i] != "":
        line = lines[i]
        if line.startswith("created by ") or line.startswith("[originating from"):
            break
        m = FUNC_RX.match(line)
        if m and i + 1 < len(lines):
            fm = FILE_RX.match(lines[i + 1])
            if fm:
                frames.append({"func": m.group(1), "file": fm.group(1), "line": int(fm.group(2))})
                i += 2
                continue
        i += 1
    return frames


def site(frames):
    for f in frames:
        if not runtime_own(f["func"]):
            return f
    return None


def program_site(frames):
    """The first frame of the program's own code (neither the runtime's nor the standard library's)."""
    for f in frames:
        if runtime_own(f["func"]):
            continue
        head = f["func"].split("/")[0]
        if "/" in f["func"] and "." in head:
            return f
        if head.split(".")[0] in ("main", "command-line-arguments"):
            return f
    return None


def stuck_test_block(lines, value):
    """Header line index of the goroutine running the first test `running tests:` lists (the
    block whose frame just above testing.tRunner is that test's function); without the list
    (before go1.20), the first such block; None when no test's goroutine was printed."""
    names = [l.strip().rsplit(" (", 1)[0] for l in value.split("\nrunning tests:\n", 1)[1].split("\n")] \
        if "\nrunning tests:\n" in value else []
    blocks = []
    for k, l in enumerate(lines):
        if not HEADER_RX.match(l):
            continue
        frames = block_frames(lines, k)
        for j, f in enumerate(frames):
            if f["func"] == "testing.tRunner" and j > 0:
                test = re.sub(r"\.func\d+(\.\d+)*$", "", frames[j - 1]["func"]).rsplit(".", 1)[-1]
                if re.match(r"(Test|Benchmark|Fuzz|Example)", test):
                    blocks.append((test, k))
                break
    for name in names:
        top = name.split("/")[0]
        for test, k in blocks:
            if test == top:
                return k
    return blocks[0][1] if blocks and not names else None


def origin_site(frames):
    last_panic = None
    for k, f in enumerate(frames):
        if f["func"] == "panic":
            last_panic = k
    if last_panic is None:
        return site(frames)
    return site(frames[last_panic + 1:])


def headline_value_end(lines, h):
    """Index of the first blank line at or after the headline."""
    i = h
    while i < len(lines) and lines[i] != "":
        i += 1
    return i


def count_headers(lines, skip=()):
    return sum(1 for k, l in enumerate(lines) if HEADER_RX.match(l) and k not in skip)


def profile_count(lines):
    return sum(int(m.group(1)) for l in lines for m in [re.match(r"^(\d+) @ ", l)] if m)


# ------------------------------------------------------------------ cases


def P(value, recovered=False, repanicked=False, fatal=False):
    d = {"value": value, "recovered": recovered, "repanicked": repanicked}
    if fatal:
        d["fatal"] = True
    return d


NIL = "runtime error: invalid memory address or nil pointer dereference"
NILMAP = "assignment to entry in nil map"
DIV0 = "runtime error: integer divide by zero"
DEADLOCK = "all goroutines are asleep - deadlock!"


def long_line_value():
    items = [
        '{"sku":"SKU-%05d","qty":%d,"warehouse":"eu-west-%d"}' % (i, (i * 37) % 101, i % 3) for i in range(600)
    ]
    return 'unexpected response from inventory service: {"items":[' + ",".join(items) + "]}"


def repanic_chain(v, ver):
    # go1.25+ prints a re-panic of the same value once, as [recovered, repanicked]
    if ver >= (1, 25):
        return [P(v, True, True)]
    return [P(v, True), P(v)]


def simple_panic(category, value, frame_case, func_rx, **kw):
    d = dict(kind="panic", category=category, message=value, panics=lambda c: [P(ev(value, c))],
             frame=("marker", frame_case, func_rx), origin="frame")
    d.update(kw)
    return d


def fatal(category, message, frame, **kw):
    d = dict(kind="fatal", category=category, message=message, panics=[], frame=frame, origin="frame")
    d.update(kw)
    return d


def dump(count="headers", headline=None):
    return dict(kind="dump", category="goroutine-dump", panics=[], goroutine=None, frame=None,
                origin=None, count=count, headline=headline)


A_LISTEN = "listener failed: accept tcp [::]:8080: too many open files"

CASES = {
    "nil-deref": simple_panic("nil-deref", NIL, "nil-deref", r"main\.\(\*Account\)\.Balance"),
    "index-out-of-range": simple_panic("index-out-of-range", "runtime error: index out of range [6] with length 3",
                                       "index-out-of-range", r"main\.at"),
    "slice-bounds": simple_panic("slice-bounds", "runtime error: slice bounds out of range [:23] with capacity 14",
                                 "slice-bounds", r"main\.\(\*Buffer\)\.Next"),
    "slice-bounds-3": simple_panic("slice-bounds", "runtime error: slice bounds out of range [::6] with capacity 4",
                                   "slice-bounds-3", r"main\.window"),
    "nil-map-write": simple_panic("nil-map-write", NILMAP, "nil-map-write", r"main\.\(\*Registry\)\.Add"),
    "type-assertion": simple_panic("type-assertion", "interface conversion: interface {} is string, not int",
                                   "type-assertion", r"main\.retries"),
    "type-assertion-method": simple_panic(
        "type-assertion", "interface conversion: main.Square is not io.Closer: missing method Close",
        "type-assertion-method", r"main\.closeIt"),
    "close-closed-channel": simple_panic("closed-channel-close", "close of closed channel", "close-closed-channel",
                                         r"main\.\(\*Pipeline\)\.Stop"),
    "send-closed-channel": simple_panic("closed-channel-send", "send on closed channel", "send-closed-channel",
                                        r"main\.\(\*Pipeline\)\.Emit"),
    "close-nil-channel": simple_panic("nil-channel-close", "close of nil channel", "close-nil-channel",
                                      r"main\.\(\*Pipeline\)\.Stop"),
    "divide-by-zero": simple_panic("divide-by-zero", DIV0, "divide-by-zero", r"main\.Stats\.Mean"),
    "panic-string": simple_panic("custom-panic", "invariant violated: queue length is negative", "panic-string",
                                 r"main\.panicString"),
    "panic-error": simple_panic("custom-panic", "load /nonexistent/panicscope.yaml: not found", "panic-error",
                                r"main\.mustLoad"),
    "panic-custom-error": simple_panic("custom-panic", "config app.yaml:12: unknown key", "panic-custom-error",
                                       r"main\.panicCustomError"),
    "panic-stringer": simple_panic("custom-panic", "state#3 (draining)", "panic-stringer", r"main\.panicStringer"),
    "panic-int": simple_panic("custom-panic", "42", "panic-int", r"main\.panicInt"),
    "panic-struct-ptr": simple_panic("custom-panic", re.compile(r"\(\*main\.Request\) 0x[0-9a-f]+"),
                                     "panic-struct-ptr", r"main\.panicStructPtr"),
    "panic-named-string": simple_panic("custom-panic", 'main.Status("degraded")', "panic-named-string",
                                       r"main\.panicNamedString"),
    "panic-multiline": simple_panic(
        "custom-panic",
        "validation failed:\n  field name: required\n  field age: must be >= 0\ngoroutine 99 [fake]:",
        "panic-multiline", r"main\.panicMultiline"),
    "panic-control-chars": simple_panic(
        "custom-panic", "job failed: \x1b[31mERROR\x1b[0m disk full\r\aretrying",
        "panic-control-chars", r"main\.panicControlChars"),
    "panic-long-line": simple_panic("custom-panic", long_line_value(), "panic-long-line", r"main\.panicLongLine"),
    # go.mod says `go 1.19`, so go1.21+ keep GODEBUG panicnil=1 by default
    "panic-nil": simple_panic("custom-panic", "nil", "panic-nil", r"main\.panicNil"),
    "panic-nil-error": simple_panic(
        "custom-panic", lambda c: "nil" if c.ver < (1, 21) else "panic called with nil argument",
        "panic-nil", r"main\.panicNil"),
    "concurrent-map-writes": fatal("concurrent-map", "concurrent map writes",
                                   ("marker", "concurrent-map-writes", r"main\.\(\*Cache\)\.Put")),
    "concurrent-map-read-write": fatal("concurrent-map", "concurrent map read and map write",
                                       ("marker", "concurrent-map-read-write", r"main\.\(\*Cache\)\.Get")),
    "deadlock-chan": fatal("deadlock", DEADLOCK, None, goroutine=None, origin=None),
    "deadlock-mutex": fatal("deadlock", DEADLOCK, None, goroutine=None, origin=None),
    "deadlock-waitgroup": fatal("deadlock", DEADLOCK, None, goroutine=None, origin=None),
    "out-of-memory": fatal("out-of-memory", "out of memory",
                           ("marker", "out-of-memory", r"main\.outOfMemory")),
    "out-of-memory-data": fatal(
        "out-of-memory", re.compile(r"runtime: out of memory|out of memory allocating heap arena metadata"),
        ("marker", "out-of-memory-data", r"main\.outOfMemoryData")),
    "stack-overflow": fatal("stack-overflow", "stack overflow",
                            ("marker", "stack-overflow", r"main\.\(\*Node\)\.Depth")),
    # <= go1.20: a throw, `fatal error: unexpected signal during runtime
    # execution`, with no word of cgo but the runtime.cgocall frame under the
    # crashing goroutine: cgo-crash (testdata/README.md), as from go1.21 on.
    "cgo-segv": dict(
        kind=lambda c: "fatal" if c.ver < (1, 21) else "signal",
        category="cgo-crash",
        message=lambda c: "unexpected signal during runtime execution" if c.ver < (1, 21) else OMIT,
        panics=[], frame=("std", r"main\._Cfunc_config_port"), origin="frame",
        headline=r"^(fatal error: |SIGSEGV: )"),
    "cgo-abort": dict(kind="signal", category="cgo-crash", message=None, panics=[],
                      frame=("std", r"main\._Cfunc_fail_hard"), origin="frame", headline=r"^SIGABRT: "),
    "bad-pointer": fatal("bad-pointer", "fault", ("marker", "bad-pointer", r"main\.readHeader")),
    "unlock-unlocked-mutex": fatal("sync-misuse", "sync: unlock of unlocked mutex",
                                   ("std", r"sync\.\(\*Mutex\)\.(unlockSlow|Unlock)")),
    "runlock-unlocked-rwmutex": fatal("sync-misuse", "sync: RUnlock of unlocked RWMutex",
                                      ("std", r"sync\.\(\*RWMutex\)\.(rUnlockSlow|RUnlock)")),
    "negative-waitgroup": dict(kind="panic", category="sync-misuse", message="sync: negative WaitGroup counter",
                               panics=[P("sync: negative WaitGroup counter")],
                               frame=("std", r"sync\.\(\*WaitGroup\)\.Add"), origin="frame"),
    "goroutine-panic": simple_panic("custom-panic", "cannot handle job 2 (poison-pill)", "goroutine-panic",
                                    r"main\.\(\*Worker\)\.handle"),
    "repanic-same": dict(kind="panic", category="custom-panic", message="db: connection lost",
                         panics=lambda c: repanic_chain("db: connection lost", c.ver),
                         frame="origin",
                         origin=("marker", "repanic-same", r"main\.\(\*Tx\)\.Exec"),
                         headline=r"^panic: "),
    "repanic-different": dict(kind="panic", category="custom-panic",
                              message="transaction 2 aborted: db: connection lost",
                              panics=[P("db: connection lost", True),
                                      P("transaction 2 aborted: db: connection lost")],
                              frame="origin",
                              origin=("marker", "repanic-different", r"main\.\(\*Tx\)\.Exec")),
    "nested-panic": dict(kind="panic", category="custom-panic",
                         message="close 10.0.0.7:51234: use of closed network connection",
                         panics=[P(A_LISTEN), P("close 10.0.0.7:51234: use of closed network connection")],
                         frame="origin",
                         origin=("marker", "nested-panic", r"main\.\(\*Server\)\.Serve")),
    "three-panics": dict(kind="panic", category="custom-panic", message="third: flushing metrics failed",
                         panics=[P(A_LISTEN), P("close 10.0.0.9:40022: use of closed network connection"),
                                 P("third: flushing metrics failed")],
                         frame="origin",
                         origin=("marker", "three-panics", r"main\.\(\*Server\)\.Serve")),
    "panic-after-goexit": simple_panic("custom-panic", "cleanup after Goexit failed", "panic-after-goexit",
                                       r"main\.panicAfterGoexit\.func1\.1"),
    # go1.26+ prints the pending panic, then the fatal error as a TAB-indented
    # link of the chain; before, the panic value is not printed at all.
    "fatal-in-defer": dict(
        kind="fatal",
        # The fatal error decides (testdata/README.md), in every version: go1.26+ also prints
        # the pending panic, older releases print only the fatal error.
        category="sync-misuse",
        message="sync: unlock of unlocked mutex",
        panics=lambda c: ([P("request handler failed"), P("sync: unlock of unlocked mutex", fatal=True)]
                          if c.ver >= (1, 26) else []),
        frame=("std", r"sync\.\(\*Mutex\)\.(unlockSlow|Unlock)"),
        origin=("marker", "fatal-in-defer", r"main\.fatalInDefer"),
        headline=r"^(panic: |fatal error: )"),
    "many-goroutines": simple_panic("nil-map-write", NILMAP, "many-goroutines", r"main\.manyGoroutines"),
    "sigquit": dump(headline=r"^SIGQUIT: quit$"),
    "leak-early": dump(headline=r"^SIGQUIT: quit$"),
    "leak-late": dump(headline=r"^SIGQUIT: quit$"),
    "pprof-debug1": dump(count="profile"),
    "pprof-debug2": dump(),
    "runtime-stack": dump(),
    "runtime-stack-labels": dump(),
    "generic": simple_panic("index-out-of-range", "runtime error: index out of range [-1]", "generic",
                            r"main\.\(\*Stack\[\.\.\.\]\)\.Pop"),
    "closures": simple_panic("divide-by-zero", DIV0, "closures", r"main\.closures\.\S+"),
    "go-wrapper": simple_panic("divide-by-zero", DIV0, "go-wrapper", r"main\.process"),
    "locked-thread": simple_panic("nil-map-write", NILMAP, "locked-thread", r"main\.lockedThread"),
    "ancestors": simple_panic("nil-map-write", NILMAP, "ancestors", r"main\.leaf"),
    "crash-output": simple_panic("nil-map-write", NILMAP, "crash-output", r"main\.crashOutput"),
    "http-handler-panic": dict(kind="panic", category="nil-map-write", message=NILMAP,
                               panics=[P(NILMAP, True)],
                               frame="origin",
                               origin=("marker", "http-handler-panic", r"main\.\(\*API\)\.login"),
                               headline=r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d http: panic serving ",
                               value_block=False),
    "http-middleware-repanic": dict(kind="panic", category="nil-map-write", message=NILMAP,
                                    panics=[P(NILMAP, True)],
                                    frame="origin",
                                    origin=("marker", "http-middleware-repanic", r"main\.\(\*Cart\)\.put"),
                                    headline=r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d http: panic serving ",
                                    value_block=False),
    # The program printed `processing batch 3...` with no newline before the runtime's headline.
    "glued-output": dict(kind="panic", category="nil-map-write", message=NILMAP, panics=[P(NILMAP)],
                         frame=("marker", "glued-output", r"main\.\(\*Shipment\)\.add"), origin="frame",
                         headline=r"^processing batch 3\.\.\.panic: ", glued="processing batch 3..."),
    "race-run": dict(kind="race", category="data-race", message=None, panics=[], race="race", count=None),
    "test-panic": dict(kind="panic", category="nil-map-write", message=NILMAP,
                       panics=lambda c: repanic_chain(NILMAP, c.ver),
                       frame="origin",
                       origin=("marker", "test-panic", r"example\.com/crashers/tests\.\(\*Order\)\.Add")),
    "test-timeout": dict(kind="test-timeout", category="test-timeout",
                         message=re.compile(r"test timed out after 2s(\nrunning tests:\n\tTestSlow \(\d+(\.\d+)?m?s\))?"),
                         panics="message", frame=("test", None), origin="frame"),
    "test-race": dict(kind="race", category="data-race", message=None, panics=[], race="test-race", count=None),
    "deadlock-mutex-holder": fatal("deadlock", DEADLOCK, None, goroutine=None, origin=None),
    "created-by": simple_panic("custom-panic", "stopping with workers idle", "created-by", r"main\.createdBy"),
    "races": dict(kind="race", category="data-race", message=None, panics=[], race="races", count=None),
    "test-timeout-parallel": dict(
        kind="test-timeout", category="test-timeout",
        message=re.compile(r"test timed out after 2s\nrunning tests:(\n\tTestStuck(Cache|Queue) \(\d+(\.\d+)?m?s\)){2}"),
        panics="message", frame=("test", None), origin="frame"),
}

OMIT = object()


class Ctx:
    def __init__(self, ver, level, text):
        self.ver = ver
        self.level = level
        self.text = text
        self.lines = text.split("\n")


def ev(x, c):
    return x(c) if callable(x) and not isinstance(x, re.Pattern) else x


def headline_value(lines, h):
    """Panic value(s) printed from line h on: returns list of (value, suffix) per panic line."""
    end = headline_value_end(lines, h)
    return lines[h:end]


def read_panics(c, h):
    """The panic lines of the headline, joined as the README says (values only)."""
    out = []
    end = headline_value_end(c.lines, h)
    for k in range(h, end):
        line = c.lines[k]
        if re.match(r"^\tfatal error: ", line):
            break
        if line.startswith("[signal ") and k > h:
            break  # the signal line follows the panic lines
        m = re.match(r"^\t?panic: (.*?)(?: \[recovered(?:, repanicked)?\])?$", line)
        if m:
            out.append(m.group(1))
        elif out:
            # continuation of a multi-line value; go1.23+ puts a TAB after each newline
            cont = line[1:] if (c.ver >= (1, 23) and line.startswith("\t")) else line
            out[-1] += "\n" + cont
    return out


class Fail(Exception):
    pass


def check_site(found, spec, marks, what):
    if spec is None:
        if found is not None:
            raise Fail(f"{what}: expected none, text has {found}")
        return None
    if found is None:
        raise Fail(f"{what}: no frame found in text")
    kind = spec[0]
    if kind == "marker":
        _, case, func_rx = spec
        key = ("ORIGIN" if what == "origin" and ("ORIGIN", case) in marks else "CRASH", case)
        mfile, mline = marks[key]
        if (found["file"], found["line"]) != (mfile, mline):
            raise Fail(f"{what}: text has {found}, marker {key} says {mfile}:{mline}")
        if not re.fullmatch(func_rx, found["func"]):
            raise Fail(f"{what}: func {found['func']!r} does not match {func_rx}")
    elif kind == "std":
        if not re.fullmatch(spec[1], found["func"]):
            raise Fail(f"{what}: func {found['func']!r} does not match {spec[1]}")
    return dict(found)


RACE_ACCESS = re.compile(r"^(Read|Write) at 0x[0-9a-f]+ by (goroutine (\d+)|main goroutine):$")
RACE_PREV = re.compile(r"^Previous (read|write) at 0x[0-9a-f]+ by (goroutine (\d+)|main goroutine):$")
RACE_FRAME = re.compile(r"^  (\S+)\(\)$")
RACE_FILE = re.compile(r"^      (.+?):(\d+) \+0x[0-9a-f]+$")


def race_first_frame(lines, k):
    if k + 2 < len(lines):
        f = RACE_FRAME.match(lines[k + 1])
        l = RACE_FILE.match(lines[k + 2])
        if f and l:
            return {"func": f.group(1), "file": l.group(1), "line": int(l.group(2))}
    return None


def race_crash(lines, k, frame_spec, origin_spec, marks):
    """The expectation of the race report whose `WARNING: DATA RACE` line is lines[k]."""
    acc = next(j for j in range(k, len(lines)) if RACE_ACCESS.match(lines[j]))
    prev = next(j for j in range(k, len(lines)) if RACE_PREV.match(lines[j]))
    m = RACE_ACCESS.match(lines[acc])
    gid = int(m.group(3)) if m.group(3) else 1
    frame = check_site(race_first_frame(lines, acc), frame_spec, marks, "frame")
    origin = check_site(race_first_frame(lines, prev), origin_spec, marks, "origin")
    return {"kind": "race", "category": "data-race", "panics": [], "goroutine": gid, "frame": frame,
            "origin": origin}


def build(case, c, marks, source):
    spec = CASES[case]
    exp = {}
    lines = c.lines
    if spec.get("race"):
        rc = spec["race"]
        reports = [k for k, l in enumerate(lines) if l == "WARNING: DATA RACE"]
        if rc == "races":
            # several reports, one crash each; the HitCounter methods are one-liners, so the
            # functions say which access is which.
            return {"source": source, "crashes": [
                race_crash(lines, k, ("std", r"main\.\(\*HitCounter\)\.(Hits|Name|Report)"),
                           ("std", r"main\.\(\*HitCounter\)\.(Hit|Rename|Reset)"), marks) for k in reports]}
        if len(reports) != 1:
            raise Fail(f"{len(reports)} race reports")
        k = reports[0]
        acc = next(j for j in range(k, len(lines)) if RACE_ACCESS.match(lines[j]))
        prev = next(j for j in range(k, len(lines)) if RACE_PREV.match(lines[j]))
        m = RACE_ACCESS.match(lines[acc])
        gid = int(m.group(3)) if m.group(3) else 1
        frame = check_site(race_first_frame(lines, acc), ("marker", rc, r"\S+\.\(\*\w+\)\.(Snapshot|Count)"), marks,
                           "frame")
        origin = check_site(race_first_frame(lines, prev), ("marker", rc, r"\S+\.\(\*\w+\)\.(Inc|Record)"), marks,
                            "origin")
        crash = {"kind": "race", "category": "data-race", "panics": [], "goroutine": gid, "frame": frame,
                 "origin": origin}
        return {"source": source, "crashes": [crash]}

    kind = ev(spec["kind"], c)
    exp["kind"] = kind
    cat = ev(spec.get("category"), c)
    if cat is not OMIT and cat is not None:
        exp["category"] = cat

    # headline
    hl_rx = spec.get("headline") or {
        "panic": r"^panic: ",
        "fatal": r"^fatal error: ",
        "test-timeout": r"^panic: test timed out",
        "signal": r"^SIG[A-Z]+: ",
        "dump": None,
    }[kind]
    h = None
    if hl_rx:
        h = next((k for k, l in enumerate(lines) if re.search(hl_rx, l)), None)
        if h is None:
            raise Fail(f"no headline {hl_rx}")

    # a headline printed behind the program's own output: read the headline Go printed
    if spec.get("glued") is not None and h is not None:
        if not lines[h].startswith(spec["glued"]):
            raise Fail(f"headline line {lines[h]!r} does not start with {spec['glued']!r}")
        lines[h] = lines[h][len(spec["glued"]):]

    # message and panics
    msg = ev(spec.get("message"), c)
    printed = read_panics(c, h) if h is not None and kind in ("panic", "test-timeout") else []
    if isinstance(msg, re.Pattern):
        if kind == "fatal":
            cand = next((l[len("fatal error: "):] for l in lines if l.startswith("fatal error: ")), None)
        elif kind == "test-timeout":
            cand = printed[-1] if printed else None
        else:
            cand = printed[-1] if printed else None
        if cand is None or not msg.fullmatch(cand):
            raise Fail(f"message {cand!r} does not match {msg.pattern}")
        msg = cand
    if msg is not None and msg is not OMIT:
        exp["message"] = msg
    panics = ev(spec.get("panics"), c)
    if panics == "message":
        panics = [P(msg)]
    panics = [dict(p, value=(printed[-1] if isinstance(p["value"], re.Pattern) else p["value"])) for p in panics]
    if panics and isinstance(CASES[case].get("message"), re.Pattern) and kind == "panic":
        exp["message"] = panics[-1]["value"]
    exp["panics"] = panics

    # check message/panics against the headline text
    if kind in ("panic", "test-timeout") and spec.get("value_block", True):
        want = [p["value"] for p in panics if not p.get("fatal")]
        if printed != want:
            raise Fail(f"panic values in text {printed!r} != expected {want!r}")
        for p in panics:
            pass
    if kind == "fatal":
        fl = [l for l in lines if re.match(r"^\t?fatal error: ", l)]
        if not fl or fl[0].lstrip("\t") != "fatal error: " + exp["message"]:
            raise Fail(f"fatal line {fl[:1]} != {exp['message']!r}")
        if panics:
            txt = read_panics(c, h)
            want = [p["value"] for p in panics if not p.get("fatal")]
            if txt != want:
                raise Fail(f"pending panics {txt!r} != {want!r}")
    if kind == "panic" and not spec.get("value_block", True):
        if not lines[h].endswith(": " + exp["message"]):
            raise Fail(f"logged panic line {lines[h]!r}")
    # recovered markers
    if kind == "panic" and spec.get("value_block", True):
        plines = [l for l in lines[h:headline_value_end(lines, h)] if re.match(r"^\t?panic: ", l)]
        for p, l in zip(panics, plines):
            tail = " [recovered, repanicked]" if p["repanicked"] else (" [recovered]" if p["recovered"] else "")
            if tail and not l.endswith(tail):
                raise Fail(f"{l!r} should end with {tail!r}")

    # crashing goroutine
    g_spec = spec.get("goroutine", "first")
    crash_hdr = None
    if g_spec == "first":
        start = h + 1 if not spec.get("value_block", True) else headline_value_end(lines, h)
        crash_hdr = next((k for k in range(start, len(lines)) if HEADER_RX.match(lines[k])), None)
        if crash_hdr is None and c.level != "none":
            raise Fail("no goroutine after the headline")
    # GOTRACEBACK=none prints no goroutine, except for runtime throws, which
    # force the system level whatever GOTRACEBACK says
    if kind == "test-timeout" and crash_hdr is not None:
        test_hdr = stuck_test_block(lines, printed[-1] if printed else "")
        if test_hdr is not None:
            crash_hdr = test_hdr
    exp["goroutine"] = int(HEADER_RX.match(lines[crash_hdr]).group(1)) if crash_hdr is not None else None

    # goroutine count
    count = spec.get("count", "headers")
    relays = any(l == "-----" for l in lines)
    if count == "headers" and not relays:
        skip = set()
        if h is not None and spec.get("value_block", True):
            skip = set(range(h, headline_value_end(lines, h)))
        exp["goroutineCount"] = count_headers(lines, skip)
    elif count == "profile":
        exp["goroutineCount"] = profile_count(lines)

    # frame and origin
    frame_spec = spec.get("frame") if crash_hdr is not None else None
    origin_spec = spec.get("origin") if crash_hdr is not None else None
    if crash_hdr is not None:
        frames = block_frames(lines, crash_hdr)
        if kind == "test-timeout" and frame_spec == ("test", None):
            found = program_site(frames) or site(frames)
            exp["frame"] = dict(found) if found else None
            exp["origin"] = exp["frame"]
            frame_spec = origin_spec = None
        elif frame_spec == "origin":
            # A panic that ran into a deferred call (recovered and logged or re-panicked, or
            # panicked again): its site is where it was raised, below the `panic(` frame.
            exp["origin"] = check_site(origin_site(frames), origin_spec, marks, "origin")
            exp["frame"] = exp["origin"]
        else:
            exp["frame"] = check_site(site(frames), frame_spec, marks, "frame")
        if "origin" in exp:
            pass
        elif origin_spec == "frame":
            o = origin_site(frames)
            if o != site(frames):
                raise Fail(f"origin {o} differs from frame {site(frames)} but spec says equal")
            exp["origin"] = exp["frame"]
        else:
            exp["origin"] = check_site(origin_site(frames), origin_spec, marks, "origin")
    else:
        exp["frame"] = None
        exp["origin"] = None

    ordered = {k: exp[k] for k in ("kind", "category", "message", "panics", "goroutine", "goroutineCount", "frame",
                                   "origin") if k in exp}
    return {"source": source, "crashes": [ordered]}


def parse_ver(s):
    m = re.match(r"go(\d+)\.(\d+)", s)
    return (int(m.group(1)), int(m.group(2)))


def write_json(path, obj):
    with open(path, "w") as fh:
        json.dump(obj, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def read_runs(d):
    runs = []
    with open(os.path.join(d, "runs.tsv")) as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) >= 7:
                runs.append(dict(file=f[0], case=f[1], level=f[2], env=f[3], gover=f[4], cmd=f[5], rc=f[6]))
    return runs


# Builds of the same program that gen.sh runs a case under (id = case + suffix): the
# markers say where the crash is in each.
SHIFT = 3
VARIANTS = {
    "-shifted": lambda f, n: (f.replace(os.path.join(LAB, "crashers") + "/",
                                        os.path.join(LAB, "crashers-shifted") + "/"), n + SHIFT),
    "-trimpath": lambda f, n: (f.replace(os.path.join(LAB, "crashers") + "/", "example.com/crashers/"), n),
    "-noinline": lambda f, n: (f, n),
}


def variant_of(case):
    """(base case, marker transform) for a variant id such as nil-deref-shifted."""
    for suffix, move in VARIANTS.items():
        if case.endswith(suffix) and case[: -len(suffix)] in CASES:
            return case[: -len(suffix)], move
    return case, None


def cmd_go(d):
    all_marks = load_markers(CRASHERS, os.path.join(LAB, "crashers"))
    bad = 0
    for r in read_runs(d):
        case, move = variant_of(r["case"])
        marks = all_marks if move is None else {k: move(*v) for k, v in all_marks.items()}
        r = dict(r, case=case)
        path = os.path.join(d, r["file"])
        # newline="": a carriage return printed inside a panic value stays one.
        with open(path, encoding="utf-8", errors="surrogateescape", newline="") as fh:
            text = fh.read()
        c = Ctx(parse_ver(r["gover"]), r["level"], text)
        source = f"{r['env']} {r['gover']} {r['cmd']}"
        try:
            exp = build(r["case"], c, marks, source)
        except Fail as e:
            print(f"expect.py: {path}: {e}", file=sys.stderr)
            bad += 1
            continue
        write_json(path[: -len(".txt")] + ".expect.json", exp)
    if bad:
        print(f"expect.py: {bad} file(s) without expectation", file=sys.stderr)
        sys.exit(1)


def cmd_readme(outdir):
    vers = sorted((x for x in os.listdir(outdir) if re.match(r"go\d+\.\d+$", x)), key=parse_ver)
    runs = {v: read_runs(os.path.join(outdir, v)) for v in vers if os.path.exists(os.path.join(outdir, v, "runs.tsv"))}
    total = sum(len(r) for r in runs.values())
    size = 0
    for v in vers:
        for f in os.listdir(os.path.join(outdir, v)):
            size += os.path.getsize(os.path.join(outdir, v, f))
    out = []
    out.append("# testdata/go\n")
    out.append("Real output of the programs in `../crashers/`, one file per case, GOTRACEBACK level and Go "
               "release, made by `bash testdata/gen.sh` (see its header). Each `X.txt` is stdout and stderr "
               "exactly as printed (programs run through `go run`/`go test` end with the go command's own "
               "`exit status N` / `FAIL` lines); `X.expect.json` beside it holds what the text says (format: "
               "`../README.md`). `runs.tsv` in each folder lists file, case, level, environment, Go version, "
               "command and exit code of every run.\n")
    out.append("## Toolchains\n")
    out.append("| folder | `go version` | fixtures |")
    out.append("| --- | --- | --- |")
    for v in vers:
        if v in runs and runs[v]:
            out.append(f"| `{v}/` | {runs[v][0]['gover']} linux/amd64 | {len(runs[v])} |")
    out.append("")
    out.append(f"{total} fixtures, {size / 1e6:.1f} MB in all. Go 1.19 is Debian bookworm's `golang-1.19-go` "
               "(GOROOT `/usr/lib/go-1.19`); 1.21–1.25 are Debian's `golang-1.NN-go`/`-src` packages "
               "(bookworm-backports, trixie, trixie-backports) unpacked by `scripts/go-toolchains.sh` and run with "
               "GOROOT `/tmp/panicscope-lab/go1.NN` (a symlink); 1.26 is the system Go (`/usr/local/go`). "
               "Go 1.17/1.18 (bullseye-backports) could not be fetched here.\n")
    out.append("Programs run in `/tmp/panicscope-lab/crashers` (a copy of `../crashers`), so every path in a "
               "trace is the same on any machine. `./crashers` is built with `CGO_ENABLED=0` (a cgo binary "
               "never reports a deadlock); `./crashers-cgo` is the same program built with cgo, for the `cgo-*` "
               "cases. The environment is cleared of GODEBUG/GOTRACEBACK/GOFLAGS, then set as shown.\n")
    out.append("## Commands\n")
    out.append("Each case, the GOTRACEBACK levels it was run at, the command (run in "
               "`/tmp/panicscope-lab/crashers`) and the toolchains that have it. The file is "
               "`<go1.NN>/<case>.<level>.txt`.\n")
    out.append("| case | levels | environment and command | toolchains |")
    out.append("| --- | --- | --- | --- |")
    seen = {}
    for v in vers:
        for r in runs.get(v, []):
            env = " ".join(e for e in r["env"].split() if not e.startswith("GOTRACEBACK="))
            key = (r["case"], env, r["cmd"])
            ent = seen.setdefault(key, {"levels": [], "vers": []})
            if r["level"] not in ent["levels"]:
                ent["levels"].append(r["level"])
            if v not in ent["vers"]:
                ent["vers"].append(v)
    order = ["single", "all", "system", "crash", "none"]
    for (case, env, cmd), ent in sorted(seen.items()):
        levels = ", ".join(sorted(ent["levels"], key=order.index))
        full = f"`GOTRACEBACK=<level>{' ' + env if env else ''} {cmd}`".replace("|", "\\|")
        vs = "all" if len(ent["vers"]) == len(vers) else ", ".join(ent["vers"])
        out.append(f"| {case} | {levels} | {full} | {vs} |")
    out.append("")
    with open(os.path.join(outdir, "README.md"), "w") as fh:
        fh.write("\n".join(out))


# ------------------------------------------------------------------ wrapped

TESTDATA = os.path.dirname(CRASHERS)

WRAPPED_CASES = {
    "orders": simple_panic("nil-map-write", NILMAP, "orders", r"main\.\(\*Worker\)\.apply"),
    "inventory": simple_panic("index-out-of-range", "runtime error: index out of range [4] with length 4",
                              "inventory", r"main\.\(\*Stock\)\.Reserve"),
    "long": simple_panic("custom-panic", long_line_value(), "long", r"main\.long"),
    "klog": dict(kind="panic", category="nil-deref", message=NIL, panics=lambda c: repanic_chain(NIL, c.ver),
                 frame="origin",
                 origin=("marker", "klog", r"main\.\(\*Controller\)\.sync")),
    "slog": simple_panic("nil-map-write", NILMAP, "slog-crash", r"main\.\(\*Flusher\)\.flush"),
}

FORMATS = {
    "docker-json-file": "docker json-file log driver (one JSON object per line; lines over 16 KiB split)",
    "cri": "CRI container log, as containerd writes it for the kubelet (P/F tags)",
    "journald-short": "journalctl -o short (systemd journal)",
    "rsyslog": "rsyslog traditional file format, control characters escaped as #ooo",
    "stdlog-timestamps": "each line re-logged through Go's log package (log.LstdFlags)",
    "rfc3339": "each line prefixed with an RFC 3339 UTC timestamp",
    "klog": "k8s.io/klog/v2 output (only the first line of a message is prefixed)",
    "slog-json": "log/slog JSONHandler records, then the raw crash",
    "crlf": "CRLF line endings",
    "gzip": "gzip-compressed",
}


def unwrap(fmt, data):
    """Raw lines and, for each, the 1-based line of the file where it starts."""
    lines, where = [], []
    cur, start = None, None
    flines = data.split("\n")
    if flines and flines[-1] == "":
        flines.pop()
    for n, fl in enumerate(flines, 1):
        if fmt == "docker-json-file":
            e = json.loads(fl)
            piece, complete = e["log"], e["log"].endswith("\n")
            piece = piece[:-1] if complete else piece
        elif fmt == "cri":
            m = re.match(r"^\S+ (stdout|stderr) ([PF]) (.*)$", fl)
            piece, complete = m.group(3), m.group(2) == "F"
        elif fmt in ("journald-short", "rsyslog"):
            m = re.match(r"^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ \S+\[\d+\]: (.*)$", fl)
            piece, complete = m.group(1), True
            if fmt == "rsyslog":
                piece = re.sub(r"#([0-7]{3})", lambda x: chr(int(x.group(1), 8)), piece)
        elif fmt == "stdlog-timestamps":
            m = re.match(r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d (.*)$", fl)
            piece, complete = m.group(1), True
        elif fmt == "rfc3339":
            m = re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z (.*)$", fl)
            piece, complete = m.group(1), True
        else:
            piece, complete = fl, True
        if cur is None:
            cur, start = "", n
        cur += piece
        if complete:
            lines.append(cur)
            where.append(start)
            cur = None
    return lines, where


def crash_in(case_spec, seg, ver, marks, source):
    saved = CASES.get("_w")
    CASES["_w"] = case_spec
    try:
        return build("_w", Ctx(ver, "single", "\n".join(seg)), marks, source)["crashes"][0]
    finally:
        if saved is None:
            CASES.pop("_w", None)


def first_idx(lines, rx, start=0):
    return next(k for k in range(start, len(lines)) if re.search(rx, lines[k]))


def cmd_wrapped(d):
    marks = load_markers(os.path.join(d, "programs"), os.path.join(LAB, "wrapped"))
    runs = {}
    with open(os.path.join(d, "runs.tsv")) as fh:
        for line in fh:
            f, gover, cmd, rc, nlines = line.rstrip("\n").split("\t")
            runs.setdefault(f, []).append(dict(gover=gover, cmd=cmd, rc=rc, lines=int(nlines)))
    bad = 0
    for f, rs in sorted(runs.items()):
        fmt = f.split(".")[0]
        ver = parse_ver(rs[0]["gover"])
        cmds = " ; then ".join(r["cmd"] for r in rs)
        source = f"{FORMATS[fmt]}: {cmds} ({rs[0]['gover']}, GOTRACEBACK=single)"
        try:
            if fmt in ("crlf", "gzip"):
                m = re.match(r"^(?:crlf|gzip)\.(go\d+\.\d+)\.(.*)\.txt(?:\.gz)?$", f)
                orig = os.path.join(TESTDATA, "go", m.group(1), m.group(2) + ".expect.json")
                with open(orig) as fh:
                    exp = json.load(fh)
                exp["source"] = f"{FORMATS[fmt]} copy of testdata/go/{m.group(1)}/{m.group(2)}.txt, whose source is: " \
                                + exp["source"]
                path = os.path.join(d, re.sub(r"\.txt(\.gz)?$", "", f) + ".expect.json")
                write_json(path, exp)
                continue
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                data = fh.read()
            lines, where = unwrap(fmt, data)
            crashes = []
            if fmt in ("klog",):
                a = first_idx(lines, r"\] Observed a panic: ")
                b = first_idx(lines, r"^panic: ")
                crashes.append({"goroutineCount": count_headers(lines[a:b])})
                crashes.append(crash_in(WRAPPED_CASES["klog"], lines[b:], ver, marks, source))
            elif fmt == "slog-json":
                a = first_idx(lines, r'"msg":"panic recovered"')
                stack = json.loads(lines[a])["stack"].split("\n")
                crashes.append({"goroutineCount": count_headers(stack)})
                b = first_idx(lines, r"^panic: ")
                crashes.append(crash_in(WRAPPED_CASES["slog"], lines[b:], ver, marks, source))
            else:
                # one run per crash; runs.tsv has the file's line count after each run
                bounds, prev = [], 0
                for r in rs:
                    # raw line index where this run's file lines end
                    end = next((k for k, w in enumerate(where) if w > r["lines"]), len(lines))
                    bounds.append((prev, end))
                    prev = end
                for r, (a, b) in zip(rs, bounds):
                    prog = r["cmd"].split()[-1]
                    seg = lines[a:b]
                    c = crash_in(WRAPPED_CASES[prog], seg, ver, marks, source)
                    if len(rs) > 1:
                        h = a + first_idx(seg, r"^panic: ")
                        last = max(k for k in range(a, b) if lines[k].startswith("\t"))
                        # a line split into P/F pieces spans several file lines
                        end_line = (where[last + 1] - 1) if last + 1 < len(where) else len(data.rstrip("\n").split("\n"))
                        c["span"] = {"startLine": where[h], "endLine": end_line}
                    crashes.append(c)
            write_json(os.path.join(d, f[: -len(".txt")] + ".expect.json"), {"source": source, "crashes": crashes})
        except (Fail, StopIteration, ValueError, KeyError, AttributeError) as e:
            print(f"expect.py: {d}/{f}: {type(e).__name__}: {e}", file=sys.stderr)
            bad += 1
    if bad:
        sys.exit(1)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    mode, d = sys.argv[1], sys.argv[2]
    if mode == "go":
        cmd_go(d)
    elif mode == "readme":
        cmd_readme(d)
    elif mode == "wrapped":
        cmd_wrapped(d)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
