// Panics of standard-library packages on invalid arguments (strings, bytes, time,
// regexp, text/template, math/rand, math/big, errors, context, slices, runtime/pprof).
// They are ordinary panics with string values: recover catches them, and the program's
// own frame below the library's is where the bad argument came from.

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const CONFIRM_ARGUMENT = [
  "The first frame in the program's own code (`your code` above) passed the argument; print it there.",
  "A unit test calling that function with the same input reproduces it.",
];

/** A standard-library argument check: same shape for every package. */
function argumentCheck(
  title: string,
  what: string,
  mechanism: string,
  causes: string[],
  fix: string,
  example: string,
): Explanation {
  return {
    title,
    what,
    mechanism: [{ text: mechanism }],
    causes,
    fix,
    example,
    confirm: CONFIRM_ARGUMENT,
  };
}

const REPEAT = argumentCheck(
  "strings/bytes Repeat with a bad count",
  "`strings.Repeat`/`bytes.Repeat` got a negative count, or a count whose result length overflows `int`.",
  "The functions check the count and panic with `strings: negative Repeat count` or (go1.21+) `strings: Repeat output length overflow`; the bytes package says `bytes:`.",
  [
    "A width computed by subtraction (`width - len(s)`) that went negative, in padding or table-drawing code.",
  ],
  "Clamp the count at zero (and at a sane maximum) before calling Repeat.",
  `pad := max(0, width-len(s))
line := s + strings.Repeat(" ", pad)`,
);

const BUILDER_COPY = argumentCheck(
  "strings.Builder copied after use",
  "A `strings.Builder` that already held data was copied by value and the copy was written to. A Builder shares its buffer with the strings it returned, so copies must not grow it.",
  "Every write checks that the Builder's `addr` field still points to itself and panics with `strings: illegal use of non-zero Builder copied by value` otherwise.",
  [
    "A struct containing a `strings.Builder` passed or returned by value.",
    "A Builder stored in a slice or map of values and copied out.",
  ],
  "Keep Builders in variables or in structs used through pointers; pass `*strings.Builder`.",
  `func write(b *strings.Builder) { b.WriteString("x") } // pointer, not a copy`,
);

const BUFFER_MISC = argumentCheck(
  "strings/bytes buffer misuse",
  "`strings.Builder.Grow`/`bytes.Buffer.Grow` got a negative count, `bytes.Buffer.Truncate` a length past the unread data, a `bytes.Buffer` grew past the maximum size, or `strings.NewReplacer` got an odd number of arguments.",
  "The methods check their arguments and panic with `strings.Builder.Grow: negative count`, `bytes.Buffer: truncation out of range`, `bytes.Buffer: too large`, `strings.NewReplacer: odd argument count`.",
  ["Sizes computed by subtraction.", "Replacer pairs built from a list with a missing element."],
  "Validate sizes before `Grow`/`Truncate`, and build Replacer arguments in pairs.",
  `if n > 0 {
	b.Grow(n)
}`,
);

const TICKER = argumentCheck(
  "Ticker with a non-positive interval",
  "`time.NewTicker`, `time.Tick`-like helpers or `Ticker.Reset` got a duration of zero or less.",
  "`time.NewTicker` and `(*Ticker).Reset` panic with `non-positive interval for NewTicker` / `… for Ticker.Reset`.",
  [
    "An interval from configuration that was unset (0) or parsed in the wrong unit.",
    "An integer used as a Duration (`time.Duration(n)` is n nanoseconds, and 0 stays 0).",
  ],
  "Validate the interval when the configuration is loaded and use a default for 0.",
  `if interval <= 0 {
	interval = 30 * time.Second
}
t := time.NewTicker(interval)`,
);

const TIMER = argumentCheck(
  "Timer or Ticker used without being created",
  "`Reset` or `Stop` was called on a `time.Timer`/`time.Ticker` value that was not made by `time.NewTimer`/`AfterFunc`/`NewTicker` (a zero value declared as a struct field or variable).",
  "The methods panic with `time: Reset called on uninitialized Timer` (or `Stop`, `Ticker`).",
  ["A `time.Timer` embedded by value in a struct instead of a `*time.Timer` from `NewTimer`."],
  "Create timers with `time.NewTimer`/`time.AfterFunc` and keep the pointer.",
  `s.timer = time.NewTimer(d) // not var t time.Timer`,
);

const LOCATION = argumentCheck(
  "time function called with a nil Location",
  "`time.Date` or `Time.In` got a nil `*time.Location`.",
  "They panic with `time: missing Location in call to Date` / `… to Time.In`.",
  [
    "The result of `time.LoadLocation` used without checking its error (it returns nil on error, e.g. when the tz database is missing in a container).",
  ],
  "Check the error of `time.LoadLocation`; import `time/tzdata` (or install tzdata) in minimal images.",
  `loc, err := time.LoadLocation("Europe/Berlin")
if err != nil {
	return err // in scratch images: import _ "time/tzdata"
}`,
);

const REGEXP = argumentCheck(
  "regexp.MustCompile with an invalid pattern",
  "`regexp.MustCompile` (or `MustCompilePOSIX`) was given a pattern that does not compile; the panic quotes the pattern and the parse error.",
  "`MustCompile` calls `Compile` and panics with `regexp: Compile(<quoted pattern>): <error>` on error.",
  [
    "A pattern built from input or configuration.",
    "Perl syntax that RE2 does not support (backreferences `\\1`, lookahead `(?=…)`).",
  ],
  "Use `MustCompile` only for constant patterns (package-level variables, so a bad pattern fails at start-up and in tests); use `Compile` and handle the error for anything dynamic. Quote literal input with `regexp.QuoteMeta`.",
  `re, err := regexp.Compile(userPattern)
if err != nil {
	return fmt.Errorf("bad pattern: %w", err)
}`,
);

const TEMPLATE = argumentCheck(
  "template.Must with a template that does not parse",
  "`template.Must` got an error from parsing a template: a syntax error, or a function that was not defined before parsing.",
  "`Must` panics with the error, which reads `template: NAME:LINE: message` (text/template and html/template).",
  [
    "A function used in the template but added with `Funcs` after `Parse` (functions must be added before).",
    "A typo in an action, an unclosed `{{if}}`/`{{range}}`.",
  ],
  "Add `Funcs` before `Parse`, and parse templates at start-up (or in a test) so errors show early.",
  `t := template.Must(template.New("page").Funcs(funcs).Parse(text))`,
);

const RAND = argumentCheck(
  "math/rand called with a non-positive bound",
  "`rand.Intn(n)` (or `Int63n`, `Int31n`, `IntN`, `N`, `Shuffle`) got `n <= 0` (`n < 0` for Shuffle).",
  "The functions panic with `invalid argument to Intn` (naming the function).",
  ["`rand.Intn(len(s))` on an empty slice."],
  "Check the bound (usually an empty list) before picking.",
  `if len(items) == 0 {
	return nil, errEmpty
}
pick := items[rand.Intn(len(items))]`,
);

const BIG_DIV = argumentCheck(
  "math/big division by zero",
  "A `math/big` division (`Quo`, `Div`, `Mod`, `QuoRem`, `DivMod`) or `Rat` with a zero denominator was asked to divide by zero.",
  "math/big panics with `division by zero` (a plain string, unlike integer division's runtime error).",
  ["A zero divisor from input, as with ordinary integer division."],
  "Check `y.Sign() == 0` before dividing.",
  `if y.Sign() == 0 {
	return nil, errors.New("division by zero")
}
z := new(big.Int).Quo(x, y)`,
);

const ERRORS_AS = argumentCheck(
  "errors.As with an invalid target",
  "`errors.As(err, target)` got a target that is nil, not a pointer, or a pointer to a type that is neither an interface nor implements `error`.",
  "`errors.As` panics with `errors: target cannot be nil`, `errors: target must be a non-nil pointer` or `errors: *target must be interface or implement error`.",
  [
    "Passing the error variable itself instead of its address (`errors.As(err, myErr)` instead of `&myErr`).",
    "A target of a value type whose `Error` method has a pointer receiver.",
  ],
  "Pass the address of a variable of the error's type.",
  `var pe *fs.PathError
if errors.As(err, &pe) {
	fmt.Println(pe.Path)
}`,
);

const CONTEXT = argumentCheck(
  "context derived from a nil parent",
  "`context.WithCancel`, `WithTimeout`, `WithValue` or a sibling was called with a nil parent context.",
  "They panic with `cannot create context from nil parent` (go1.15+).",
  ["Passing `nil` as a context (use `context.Background()` or `context.TODO()`)."],
  "Never pass nil for a `context.Context`.",
  `ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
defer cancel()`,
);

const SLICES = argumentCheck(
  "slices function with an invalid argument",
  "`slices.Min`/`Max` (and the Func variants) got an empty slice, `slices.Grow` a negative count, or `slices.Chunk` a size below 1.",
  "They panic with `slices.Max: empty list`, `cannot be negative`, `cannot be less than 1` (go1.21+; Chunk go1.23+).",
  ["Taking the minimum or maximum of a result that can be empty."],
  "Check `len(s) > 0` before `slices.Min`/`Max`.",
  `if len(xs) == 0 {
	return 0, false
}
return slices.Max(xs), true`,
);

const PPROF = argumentCheck(
  "runtime/pprof profile misuse",
  "A custom profile was created twice with the same name (or a built-in one), used before creation, or had a value added twice; or `pprof.Labels` got an odd number of arguments.",
  "runtime/pprof panics with `pprof: NewProfile name already in use: NAME`, `pprof: Profile.Add of duplicate value`, `uneven number of arguments to pprof.Labels`, …",
  [
    "`pprof.NewProfile` in code that runs more than once (a constructor, a test).",
    "Labels built from a list with a missing value.",
  ],
  "Create custom profiles once (a package-level variable) and pass labels in key-value pairs.",
  `var inflight = pprof.NewProfile("example.com/inflight")`,
);

export const STDLIB_RULES: Rule[] = [
  rule({
    id: "strings-repeat-negative",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.8",
    pattern: /^(?<package>strings|bytes): negative Repeat count$/,
    explanation: REPEAT,
  }),
  rule({
    id: "strings-repeat-overflow",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.21",
    pattern:
      /^(?<package>strings|bytes): (?:Repeat|Join) output length overflow$|^(?:strings|bytes): Repeat count causes overflow$/,
    explanation: REPEAT,
  }),
  rule({
    id: "strings-builder-copy",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.10",
    pattern: /^strings: illegal use of non-zero Builder copied by value$/,
    explanation: BUILDER_COPY,
  }),
  rule({
    id: "strings-misc",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern:
      /^(?:strings\.Builder\.Grow: negative count|strings\.NewReplacer: odd argument count|bytes\.Buffer\.Grow: negative count|bytes\.Buffer: truncation out of range|bytes\.Buffer: too large)$/,
    explanation: BUFFER_MISC,
  }),
  rule({
    id: "time-ticker-nonpositive",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern: /^non-positive interval for (?<function>NewTicker|Ticker\.Reset)$/,
    explanation: TICKER,
  }),
  rule({
    id: "time-uninitialized-timer",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.4",
    pattern: /^time: (?<method>Reset|Stop) called on uninitialized (?<type>Timer|Ticker)$/,
    explanation: TIMER,
  }),
  rule({
    id: "time-missing-location",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern: /^time: missing Location in call to (?<function>Date|Time\.In)$/,
    explanation: LOCATION,
  }),
  rule({
    id: "regexp-mustcompile",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern: /^regexp: Compile(?:POSIX)?\((?<pattern>`[^`]*`|"(?:[^"\\]|\\.)*")\): (?<error>.+)$/,
    summary: (v) => `The regular expression ${v.pattern} does not compile: ${v.error}.`,
    explanation: REGEXP,
  }),
  rule({
    id: "template-must",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern: /^template: (?<template>\S+?):(?<line>\d+)(?::(?<column>\d+))?: (?<error>.+)$/,
    summary: (v) => `Template ${v.template} line ${v.line}: ${v.error}.`,
    explanation: TEMPLATE,
  }),
  rule({
    id: "math-rand-invalid-argument",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern:
      /^invalid argument to (?<function>Intn|Int63n|Int31n|IntN|Int64N|Int32N|UintN|Uint64N|Uint32N|N|Shuffle)$/,
    explanation: RAND,
  }),
  rule({
    id: "math-big-division-by-zero",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern: /^division by zero$/,
    explanation: BIG_DIV,
  }),
  rule({
    id: "errors-as-target",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.13",
    pattern:
      /^errors: (?:target cannot be nil|target must be a non-nil pointer|\*target must be interface or implement error)$/,
    explanation: ERRORS_AS,
  }),
  rule({
    id: "context-nil-parent",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.15",
    pattern: /^cannot create context from nil parent$/,
    explanation: CONTEXT,
  }),
  rule({
    id: "slices-empty-minmax",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.21",
    pattern:
      /^slices\.(?<function>Min|Max|MinFunc|MaxFunc): empty list$|^cannot be negative$|^cannot be less than 1$/,
    explanation: SLICES,
  }),
  rule({
    id: "pprof-misuse",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern:
      /^pprof: (?:NewProfile with empty name|NewProfile name already in use: (?<name>.+)|use of uninitialized Profile|use of zero Profile|Add called on built-in Profile .+|Profile\.Add of duplicate value)$|^uneven number of arguments to pprof\.Labels$/,
    explanation: PPROF,
  }),
];
