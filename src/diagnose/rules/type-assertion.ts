// Failed type assertions and conversions (runtime/error.go TypeAssertionError.Error,
// raised by runtime/iface.go panicdottypeE/I, panicnildottype, assertE2I).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const ASSERTION: Explanation = {
  title: "Failed type assertion",
  what: "A single-result type assertion `x.(T)` found that the interface did not hold a `T` (or, for an interface `T`, held a type without the methods `T` needs). Only the two-result form `v, ok := x.(T)` reports failure instead of panicking.",
  mechanism: [
    {
      text: "The compiler checks the dynamic type against `T` and on mismatch calls `runtime.panicdottypeE`/`panicdottypeI` (or `panicnildottype` when the interface is nil), which panic with a `*runtime.TypeAssertionError` (a `runtime.Error`). Its text names the interface's static type, the dynamic type it held (or `nil`) and the asserted type; `interface` alone means the static type is not known.",
    },
    {
      since: "go1.11",
      text: "When both types print the same name, the message adds `(types from different packages)` (two packages define a type of that name, e.g. two major versions of a module, or a vendored copy) or `(types from different scopes)` (two types declared in different functions).",
    },
  ],
  causes: [
    "Decoding JSON into `interface{}`/`any` and asserting the wrong Go type: numbers are `float64`, objects `map[string]any`, arrays `[]any`.",
    "A missing key or unset value: `ctx.Value(key).(T)`, `m[key].(T)` or a field of `any` type that is nil.",
    "A value stored as `*T` and asserted as `T` (or the other way round).",
    "The same type name from two module versions or two vendored copies (`types from different packages`).",
  ],
  fix: "Use the two-result form and handle the failure, or a type switch when several types are valid. For nil values, check presence first.",
  example: `v, ok := ctx.Value(userKey).(*User)
if !ok || v == nil {
	return errors.New("no user in context")
}

switch n := raw.(type) {
case float64: // encoding/json decodes every number as float64
	count = int(n)
case string:
	count, err = strconv.Atoi(n)
default:
	return fmt.Errorf("count: unexpected %T", raw)
}`,
  confirm: [
    "The crash site (`frame`) is the line of the assertion; the message names the type held and the type wanted.",
    "`go vet ./...` flags impossible assertions between interface types; `go mod graph | grep <module>` shows two versions of one module for `types from different packages`.",
  ],
};

const MISSING_METHOD: Explanation = {
  ...ASSERTION,
  title: "Type does not implement the interface asserted",
  what: "A type assertion to an interface type `x.(I)` found a dynamic type that lacks a method of `I` (or has it with a different signature or a pointer receiver while the value is not a pointer).",
  causes: [
    "A method declared on `*T` while a `T` value was stored in the interface: the method set of `T` does not include pointer methods.",
    "An optional-interface check (`x.(io.Closer)`, `w.(http.Flusher)`) written without `, ok`: not every implementation has the method.",
    "A method renamed or with a changed signature, so the type no longer satisfies the interface.",
  ],
  fix: "Use `v, ok := x.(I)` for optional interfaces; store `&T{}` when the methods have pointer receivers; add a compile-time check `var _ I = (*T)(nil)` next to the type.",
  example: `if c, ok := w.(io.Closer); ok {
	_ = c.Close()
}

var _ io.Closer = (*File)(nil) // compile error if *File stops implementing io.Closer`,
};

export const TYPE_ASSERTION_RULES: Rule[] = [
  rule({
    id: "type-assertion-nil",
    category: "type-assertion",
    kind: "runtime-error",
    since: "go1.1",
    pattern: /^interface conversion: (?<interface>.+?) is nil, not (?<asserted>.+)$/,
    summary: (v) => `The ${v.interface} value was nil where a ${v.asserted} was asserted.`,
    explanation: ASSERTION,
  }),
  rule({
    id: "type-assertion-missing-method",
    category: "type-assertion",
    kind: "runtime-error",
    since: "go1.1",
    pattern:
      /^interface conversion: (?<concrete>.+?) is not (?<asserted>.+): missing method (?<method>\S+)$/,
    summary: (v) => `${v.concrete} does not implement ${v.asserted}: it has no method ${v.method}.`,
    explanation: MISSING_METHOD,
  }),
  rule({
    id: "type-assertion-wrong-type",
    category: "type-assertion",
    kind: "runtime-error",
    since: "go1.11",
    pattern:
      /^interface conversion: (?<interface>.+?) is (?<concrete>.+), not (?<asserted>.+?)(?: \(types from different (?<scope>packages|scopes)\))?$/,
    summary: (v) =>
      v.scope === undefined
        ? `The ${v.interface} held a ${v.concrete}, not the ${v.asserted} asserted.`
        : `The ${v.interface} held a ${v.concrete} from another ${v.scope === "packages" ? "package" : "scope"} than the ${v.asserted} asserted (same name, different types).`,
    explanation: ASSERTION,
  }),
];
