// Maps: nil map writes, unhashable keys, and concurrent use caught by the map's own
// writing flag (runtime/map*.go until go1.23; internal/runtime/maps, the Swiss tables,
// since go1.24).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const NIL_MAP: Explanation = {
  title: "Assignment to entry in nil map",
  what: "The program stored into a map that was never created (`var m map[K]V` or a struct field left nil). Reading, ranging over and deleting from a nil map are fine; storing into one panics, because there is no table to store into.",
  mechanism: [
    {
      until: "go1.3",
      text: 'The C runtime raised it with `runtime·panicstring("assignment to entry in nil map")` (hashmap.c; hashmap.goc in go1.3): a `runtime.Error` whose text carries the prefix, so the headline reads `panic: runtime error: assignment to entry in nil map`.',
    },
    {
      since: "go1.4",
      until: "go1.6",
      text: 'runtime/hashmap.go\'s `mapassign1` panicked with the plain string `"assignment to entry in nil map"`: the headline has no prefix, and `recover()` returns a `string`, not a `runtime.Error`.',
    },
    {
      since: "go1.7",
      text: '`m[k] = v` compiles to `runtime.mapassign*` (`internal/runtime/maps` since go1.24), which panics with `plainError("assignment to entry in nil map")` when the map pointer is nil: a `runtime.Error` without the `runtime error:` prefix.',
    },
  ],
  causes: [
    "A struct with a map field built as a literal or zero value (`&Cache{}`, `var s Stats`) without `make` for the map.",
    "A map-typed package variable or result declared but never made.",
    "A nested map (`map[string]map[string]int`) whose inner map was not created before `m[a][b] = v`.",
    "JSON decoding into a struct whose map field stays nil when the key is absent, then writing to it.",
  ],
  fix: "Create the map where the value is built (a constructor, or lazily before the first write), and create inner maps of nested maps on first use.",
  example: `type Cache struct{ items map[string]Item }

func NewCache() *Cache { return &Cache{items: make(map[string]Item)} }

inner, ok := m[a]
if !ok {
	inner = make(map[string]int)
	m[a] = inner
}
inner[b]++`,
  confirm: [
    "The crash site (`frame`) is the assignment; the map on that line is nil.",
    "`staticcheck ./...` (SA5000) reports assignments to maps that are provably nil.",
  ],
};

const UNHASHABLE: Explanation = {
  title: "Unhashable or uncomparable type in an interface",
  what: "A value whose dynamic type cannot be compared with `==` (a slice, map or func, or a struct or array containing one) was used where Go compares or hashes it at run time: as a map key of interface type, or in `==` between two interfaces. The static types allowed it because the type was an interface.",
  mechanism: [
    {
      text: "Comparing interfaces calls `runtime.efaceeq`/`ifaceeq`, and hashing an interface key calls `runtime.typehash`/`interhash`; they panic with `runtime error: comparing uncomparable type T` or `runtime error: hash of unhashable type T` (a `runtime.Error`) when the dynamic type has no equality.",
    },
    {
      until: "go1.3",
      text: "The C runtime had two checks: the interface hash and equality (iface.c) named the type (`runtime error: hash of unhashable type T`, `… comparing uncomparable type T`), the algorithm table's `nohash`/`noequal` (alg.c) did not — `runtime error: hash of unhashable type` and `runtime error: comparing uncomparable types` without a type.",
    },
    {
      since: "go1.25",
      text: "A lookup or delete on a nil or empty Swiss-table map checks the key without hashing it (`mapKeyError`, internal/runtime/maps) and panics with `hash of unhashable type: T` — the same `runtime.Error`, with a colon and without the `runtime error:` prefix; a non-empty map still reports `runtime error: hash of unhashable type T`.",
    },
  ],
  causes: [
    "A `map[any]V` or `map[SomeInterface]V` fed a slice or a map as key (e.g. a decoded JSON array).",
    "`==` between two `any`/`error` values holding slices or structs with slice fields (`errors.Is` falls back to `==` only for comparable targets, but hand-written comparisons do not).",
    "Generic code constrained by `comparable` instantiated with an interface type, then given an uncomparable value (go1.20+ allows this instantiation).",
  ],
  fix: "Use a comparable key (a string form of the slice, an array, or a struct of comparable fields), or compare with `reflect.DeepEqual`/`slices.Equal` instead of `==`.",
  example: `key := strings.Join(parts, "\\x00") // not []string as a map key
seen[key] = true

if reflect.DeepEqual(a, b) { // not a == b for interfaces holding slices
	...
}`,
  confirm: [
    "The message names the dynamic type; the crash site is the map operation or comparison.",
    "`go vet ./...` cannot see it (the static types are interfaces); a test with the value that crashed reproduces it.",
  ],
};

const CONCURRENT: Explanation = {
  title: "Concurrent map access",
  what: "Two goroutines used the same map at the same time and at least one of them was writing. Go maps are not safe for concurrent use; the runtime caught the overlap and stopped the program, because a map written concurrently can be corrupted silently. Recover cannot catch it.",
  mechanism: [
    {
      text: "Each map has a `hashWriting` flag that a write sets while it runs. A write that finds the flag already set reports `concurrent map writes`, a read reports `concurrent map read and map write`, an iteration `concurrent map iteration and map write`, `maps.Clone` `concurrent map clone and map write` (go1.21+). The check is best effort: it only fires when two operations overlap in time, so the absence of this error does not mean the map is used safely.",
    },
    {
      until: "go1.18",
      text: "Reported with `throw`: the crashing goroutine shows the runtime's map frames (`runtime.mapassign_faststr`, `runtime.throw`) with pc/sp, and every goroutine is printed.",
    },
    {
      since: "go1.19",
      until: "go1.25",
      text: "Reported with `fatal`: no runtime frames on the crashing goroutine, but every goroutine is printed, so the other party is often visible.",
    },
    {
      since: "go1.24",
      text: "Maps are Swiss tables in `internal/runtime/maps`: the error comes from `internal/runtime/maps.fatal`, and other goroutines inside a map operation show `internal/runtime/maps.*` frames even at the default traceback level. `small map with no empty slot (concurrent map writes?)` (go1.24–go1.26) is the same race caught as a corrupted small map.",
    },
    {
      since: "go1.26",
      text: "`fatal` follows GOTRACEBACK: at the default level only the crashing goroutine is printed. Run with `GOTRACEBACK=all` to see the other goroutines.",
    },
  ],
  causes: [
    "A map shared by HTTP handlers, workers or callbacks (a cache, a registry, a counter map) without a lock.",
    "A map read under `RLock` but written elsewhere without `Lock`, or written while holding only `RLock`.",
    "A map captured by goroutines started in a loop, or a struct with a map copied by value so that its mutex no longer protects it.",
    "Iterating over a map (or encoding it with encoding/json or fmt) while another goroutine updates it.",
  ],
  fix: "Guard every access to the map with one `sync.Mutex` (or `sync.RWMutex` with `RLock` for reads only), or give the map to a single goroutine and talk to it over channels. `sync.Map` fits maps that are written once and read many times, or written by disjoint key sets.",
  example: `type Cache struct {
	mu    sync.RWMutex
	items map[string]Item
}

func (c *Cache) Get(k string) (Item, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	it, ok := c.items[k]
	return it, ok
}

func (c *Cache) Put(k string, it Item) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = it
}`,
  confirm: [
    "`go test -race ./...` or `go run -race .` reports both accesses with their stacks, even when they do not overlap in time.",
    "`GOTRACEBACK=all` (go1.26+) prints the other goroutines; `GOTRACEBACK=system` also shows the runtime's map frames in go1.23 and older.",
  ],
};

export const MAP_RULES: Rule[] = [
  rule({
    id: "nil-map-assignment",
    category: "nil-map-write",
    kind: "runtime-error",
    since: "go1.1",
    pattern: /^(?:runtime error: )?assignment to entry in nil map$/,
    eras: [
      // go1.2 src/pkg/runtime/hashmap.c, go1.3 hashmap.goc: runtime·panicstring.
      { text: /^runtime error: /, since: "go1.1", until: "go1.3" },
      // go1.4.3, go1.6 src/runtime/hashmap.go: panic("…"); go1.7.4: plainError.
      { text: /^assignment/, since: "go1.4" },
    ],
    explanation: NIL_MAP,
  }),
  rule({
    id: "hash-of-unhashable-type",
    category: "other",
    kind: "runtime-error",
    since: "go1.1",
    // go1.2 src/pkg/runtime/alg.c (nohash: no type) and iface.c; go1.4.3–go1.27
    // src/runtime/alg.go; go1.25+ internal/runtime/maps/map.go unhashableTypeError (colon).
    pattern: /^(?:runtime error: )?hash of unhashable type(?::? (?<type>.+))?$/,
    eras: [
      { text: /^runtime error: hash of unhashable type$/, since: "go1.1", until: "go1.3" },
      { text: /^hash of unhashable type: /, since: "go1.25" },
    ],
    summary: (v) =>
      `A value of ${v.type === undefined ? "an unhashable type" : `type ${v.type}`} was used as a map key of interface type.`,
    explanation: UNHASHABLE,
  }),
  rule({
    id: "comparing-uncomparable-type",
    category: "other",
    kind: "runtime-error",
    since: "go1.1",
    // go1.2 src/pkg/runtime/alg.c noequal: "comparing uncomparable types", no type name.
    pattern: /^runtime error: comparing uncomparable (?:types|type (?<type>.+))$/,
    eras: [
      { text: /^runtime error: comparing uncomparable types$/, since: "go1.1", until: "go1.3" },
    ],
    summary: (v) =>
      `Two interface values holding ${v.type === undefined ? "an uncomparable type" : `a ${v.type}`} were compared with ==.`,
    explanation: UNHASHABLE,
  }),
  rule({
    id: "concurrent-map-writes",
    category: "concurrent-map",
    kind: "user-fatal",
    since: "go1.6",
    pattern: /^concurrent map writes$/,
    summary: () => "Two goroutines wrote to the same map at the same time.",
    explanation: CONCURRENT,
  }),
  rule({
    id: "concurrent-map-read-write",
    category: "concurrent-map",
    kind: "user-fatal",
    since: "go1.6",
    pattern: /^concurrent map read and map write$/,
    summary: () => "A goroutine read a map while another goroutine was writing to it.",
    explanation: CONCURRENT,
  }),
  rule({
    id: "concurrent-map-iteration-write",
    category: "concurrent-map",
    kind: "user-fatal",
    since: "go1.8",
    pattern: /^concurrent map iteration and map write$/,
    summary: () => "A goroutine ranged over a map while another goroutine was writing to it.",
    explanation: CONCURRENT,
  }),
  rule({
    id: "concurrent-map-clone-write",
    category: "concurrent-map",
    kind: "user-fatal",
    since: "go1.21",
    pattern: /^concurrent map clone and map write$/,
    summary: () => "A map was cloned (maps.Clone) while another goroutine was writing to it.",
    explanation: CONCURRENT,
  }),
  rule({
    id: "small-map-no-empty-slot",
    category: "concurrent-map",
    kind: "user-fatal",
    since: "go1.24",
    until: "go1.26",
    pattern: /^small map with no empty slot \(concurrent map writes\?\)$/,
    summary: () =>
      "A small map was found full mid-write: two goroutines wrote to it at the same time.",
    explanation: CONCURRENT,
  }),
];
