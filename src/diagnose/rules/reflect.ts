// Package reflect's panics (reflect/value.go ValueError, mustBe*, flag checks; type.go;
// runtime/proc.go reflectcall).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const CONFIRM_REFLECT = [
  "The frames above the crash site are reflect's; the first frame of the program's own code (`your code`) is the call that passed the wrong value, often inside a library (encoding, ORM, templating).",
  "Print `v.Kind()`, `v.Type()`, `v.IsValid()` and `v.CanSet()` just before the failing call.",
];

const KIND: Explanation = {
  title: "reflect method called on the wrong kind of Value",
  what: "A `reflect.Value` (or `reflect.Type`) method was called on a value of a kind it does not support — `Elem` on a struct, `Len` on an int, `Field` on a pointer — or on the zero `Value`, which is what reflect returns for a missing map key, a nil interface, or `FieldByName` with no such field.",
  mechanism: [
    {
      text: "Each method checks the kind first (`flag.mustBe`) and panics with a `*reflect.ValueError`: `reflect: call of reflect.Value.M on K Value`, or `on zero Value` when the Value is invalid. Type methods panic with `reflect: M of non-K type T`.",
    },
  ],
  causes: [
    "Not dereferencing a pointer before treating it as a struct (`reflect.ValueOf(&s).Field(0)` instead of `.Elem().Field(0)`).",
    "A lookup that found nothing (`MapIndex`, `FieldByName`, `MethodByName`) used without `IsValid()`.",
    "Reflecting on `nil` or an interface holding nil.",
  ],
  fix: "Check `Kind()` and `IsValid()` before calling kind-specific methods, and use `reflect.Indirect`/`Elem` to get from pointers to what they point to.",
  example: `v := reflect.Indirect(reflect.ValueOf(x))
if v.Kind() != reflect.Struct {
	return fmt.Errorf("want struct, got %s", v.Kind())
}
f := v.FieldByName("Name")
if !f.IsValid() {
	return errors.New("no field Name")
}`,
  confirm: CONFIRM_REFLECT,
};

const SETTABILITY: Explanation = {
  title: "reflect value cannot be set, exported or converted",
  what: "A `reflect.Value` was used in a way its flags forbid: setting a value that is not addressable (a copy), setting or reading through an unexported field, storing a value of a type not assignable to the target, or converting between types that do not convert.",
  mechanism: [
    {
      text: "`Set*` methods check `CanSet` (`flag.mustBeAssignable`): `reflect: reflect.Value.SetInt using unaddressable value` or `… using value obtained using unexported field`; `Value.Interface` refuses unexported fields; `Set`/`Convert` check the types: `reflect.Set: value of type A is not assignable to type B`, `reflect.Value.Convert: value of type A cannot be converted to type B`.",
    },
  ],
  causes: [
    "`reflect.ValueOf(s)` instead of `reflect.ValueOf(&s).Elem()`: the value is a copy and cannot be set.",
    "Unexported struct fields (lower-case names), which encoders and mappers cannot set or read.",
    "Setting an `int64` field from an `int` or a `float64` (from JSON) without converting.",
  ],
  fix: "Reflect on a pointer and call `Elem()` to get something settable, export the fields that must be set, and convert values to the field's type first (`v.Convert(f.Type())` when `CanConvert`).",
  example: `v := reflect.ValueOf(&cfg).Elem() // addressable
f := v.FieldByName("Port")
if f.CanSet() {
	val := reflect.ValueOf(port)
	if val.Type().ConvertibleTo(f.Type()) {
		f.Set(val.Convert(f.Type()))
	}
}`,
  confirm: CONFIRM_REFLECT,
};

const CALL: Explanation = {
  title: "reflect.Value.Call with wrong arguments",
  what: "`reflect.Value.Call`/`CallSlice` was given the wrong number of arguments, an argument of the wrong type, an invalid (zero) Value as argument, or `CallSlice` on a non-variadic function; or the call's arguments were larger than reflect can pass (1 GB).",
  mechanism: [
    {
      text: "`reflect.Value.call` checks the arguments against the function type and panics with `reflect: Call with too few input arguments`, `reflect: Call using A as type B`, `reflect: cannot use A as type B in Call`, … `runtime.reflectcall` panics with `arg size to reflect.call more than 1GB`.",
    },
    {
      until: "go1.6",
      text: "The runtime's text read `runtime: arg size to reflect.call more than 1GB`: a plain string panic in go1.4–go1.6, and `runtime error: runtime: arg size …` from the C runtime's `runtime·panicstring` until go1.3.",
    },
  ],
  causes: [
    "Dispatch tables that call handlers by reflection with arguments built from input.",
    "Variadic functions called with `Call` where `CallSlice` was meant (or the reverse).",
  ],
  fix: "Build the argument list from `fn.Type().In(i)` and convert each value; check `NumIn()` and `IsVariadic()` first.",
  example: `t := fn.Type()
if len(args) != t.NumIn() {
	return fmt.Errorf("want %d args, got %d", t.NumIn(), len(args))
}
for i, a := range args {
	if !a.Type().AssignableTo(t.In(i)) {
		return fmt.Errorf("arg %d: %s is not %s", i, a.Type(), t.In(i))
	}
}
out := fn.Call(args)`,
  confirm: CONFIRM_REFLECT,
};

const OTHER: Explanation = {
  title: "reflect misuse",
  what: "A reflect operation got an argument out of range or of the wrong sort: an index past the length (`Index`, `Field`, `Method`, `SetLen`), a nil type (`reflect.New(nil)`), a send on a receive-only channel, `MakeFunc` of a non-func type, and similar.",
  mechanism: [
    {
      text: "Package reflect checks its arguments and panics with a plain string naming the method: `reflect: slice index out of range`, `reflect: Field index out of range`, `reflect: New(nil)`, `reflect: indirection through nil pointer to embedded struct`, `reflect.Value.Equal: values of type T are not comparable`, …",
    },
  ],
  causes: [
    "Loops over `NumField()`/`Len()` of one value used to index another.",
    "An embedded struct pointer that is nil when a promoted field is accessed by reflection (`FieldByIndex`).",
  ],
  fix: "Check indexes against `Len()`/`NumField()`/`NumMethod()` of the same value, and nil embedded pointers before `FieldByIndex` (or use `FieldByIndexErr`, go1.18+).",
  example: `f, err := v.FieldByIndexErr(index) // go1.18+: error instead of panic on nil embedded pointers
if err != nil {
	return err
}`,
  confirm: CONFIRM_REFLECT,
};

export const REFLECT_RULES: Rule[] = [
  rule({
    id: "reflect-zero-value",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern: /^reflect: call of (?<method>\S+) on zero Value$/,
    summary: (v) => `${v.method} was called on the zero reflect.Value (nothing was there).`,
    explanation: KIND,
  }),
  rule({
    id: "reflect-wrong-kind",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern: /^reflect: call of (?<method>\S+) on (?!zero Value$)(?<kind>\w+(?: \w+)?) Value$/,
    summary: (v) => `${v.method} was called on a ${v.kind} Value, a kind it does not support.`,
    explanation: KIND,
  }),
  rule({
    id: "reflect-type-method-kind",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.14",
    pattern:
      /^reflect: (?<method>\w+) of (?:non-\w+|invalid|non-arithmetic|nil) [Tt]ype(?: (?<type>.+))?$/,
    explanation: KIND,
  }),
  rule({
    id: "reflect-unexported-field",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern:
      /^reflect(?:\.Value\.Interface|\.TypeAssert)?: (?:(?<method>\S+) using value obtained using unexported field|cannot return value obtained from unexported field or method)$/,
    explanation: SETTABILITY,
  }),
  rule({
    id: "reflect-unaddressable",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern: /^reflect: (?<method>\S+) using unaddressable value$/,
    summary: (v) => `${v.method} was called on a reflect.Value that is a copy (not addressable).`,
    explanation: SETTABILITY,
  }),
  rule({
    id: "reflect-not-assignable",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern:
      /^(?<method>reflect\.\S+): value of type (?<from>.+) is not assignable to type (?<to>.+)$/,
    summary: (v) => `${v.method} tried to store a ${v.from} into a ${v.to}.`,
    explanation: SETTABILITY,
  }),
  rule({
    id: "reflect-convert",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern:
      /^reflect\.Value\.Convert: value of type (?<from>.+) cannot be converted to type (?<to>.+)$|^reflect: cannot convert slice with length (?<length>\d+) to (?:pointer to )?array with length (?<arrayLength>\d+)$/,
    explanation: SETTABILITY,
  }),
  rule({
    id: "reflect-call-args",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern:
      /^reflect: (?:Call|CallSlice) (?:with too (?:few|many) input arguments|of non-variadic function|using (?<from>.+) as type (?<to>.+)|using zero Value argument)$|^reflect: cannot use .+ as type .+ in (?:Call|CallSlice)$/,
    explanation: CALL,
  }),
  rule({
    id: "reflect-call-arg-size",
    category: "other",
    kind: "runtime-error",
    since: "go1.2",
    // go1.2 src/pkg/runtime/proc.c runtime·panicstring("runtime: arg size …"); go1.4.3–go1.6
    // src/runtime/proc.go panic("runtime: arg size …"); go1.7.4+: plainError("arg size …").
    pattern: /^(?:runtime error: )?(?:runtime: )?arg size to reflect\.call more than 1GB$/,
    eras: [
      { text: /^runtime error: /, since: "go1.2", until: "go1.3" },
      { text: /^runtime: /, since: "go1.4", until: "go1.6" },
    ],
    explanation: CALL,
  }),
  rule({
    id: "reflect-index-range",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern:
      /^reflect: (?:slice|array|string) index out of range$|^reflect: Field index out of (?:range|bounds)$|^reflect: Method index out of range$|^reflect: slice (?:length|capacity) out of range in Set(?:Len|Cap)$/,
    explanation: OTHER,
  }),
  rule({
    id: "reflect-misc",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.1",
    pattern:
      /^reflect[.\w]*: (?:New\(nil\)|Zero\(nil\)|nil type passed to Type\.\w+|Method on nil interface value|indirection through nil pointer to embedded struct|send on recv-only channel|recv on send-only channel|close of receive-only channel|call of MakeFunc with non-Func type|negative len|negative cap|len > cap|\S+ of unexported method|\S+ of method on nil interface value)$|^reflect\.Value\.Equal: values of type .+ are not comparable$|^reflect\.MakeMapWithSize of non-map type$/,
    explanation: OTHER,
  }),
];
