// Integer and floating-point traps (runtime/panic.go panicdivide, panicoverflow,
// panicfloat, panicshift, panicSimdImm; signal_unix.go sigpanic for SIGFPE).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const DIVIDE: Explanation = {
  title: "Integer division by zero",
  what: "An integer division or remainder (`a / b`, `a % b`) had a zero divisor. Integer division by zero has no value in Go, so the runtime panics; floating-point division by zero does not panic (it gives ±Inf or NaN).",
  mechanism: [
    {
      text: "The compiler emits a zero check before the divide instruction (or lets the CPU trap and turns the SIGFPE with code FPE_INTDIV into the same panic: then a `[signal SIGFPE …]` line follows the headline). Either way the value is `runtime.divideError`, a `runtime.Error` that `recover` can catch.",
    },
  ],
  causes: [
    "Averages and rates over an empty set (`sum / len(items)`, `total / count` with count 0).",
    "A divisor read from configuration or input (a batch size, a page size, a number of shards) that was 0 or missing.",
    "Modulo by a length that can be zero (`i % len(s)`) in round-robin or hashing code.",
  ],
  fix: "Check the divisor where it comes from (validate configuration at start-up) and handle the empty case explicitly at the division.",
  example: `func mean(xs []int) (float64, bool) {
	if len(xs) == 0 {
		return 0, false
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs)), true
}`,
  confirm: [
    "Look at the divisor on the crash site's line (`frame`): print it or add a test with the input that crashed.",
    "`go vet ./...` reports constant division by zero; input-dependent ones need a test or `go test -fuzz`.",
  ],
};

const OVERFLOW: Explanation = {
  title: "Integer overflow trap",
  what: "The CPU raised an integer-overflow trap (SIGFPE with code FPE_INTOVF, or EXCEPTION_INT_OVERFLOW on Windows) and the runtime turned it into a panic. Go's own integer arithmetic wraps around silently and never traps, and `math.MinInt64 / -1` is defined not to trap, so this almost always comes from assembly or C code, or from a platform whose divide instruction traps on overflow.",
  mechanism: [
    {
      text: "`runtime.sigpanic` maps SIGFPE with FPE_INTOVF to `panicoverflow`, a `runtime.Error` (`recover` catches it). The `[signal SIGFPE …]` line shows the faulting pc.",
    },
  ],
  causes: [
    "Hand-written assembly or cgo code executing an instruction that traps on overflow.",
    "A division of the most negative integer by -1 in code that bypasses the compiler's handling (assembly, C).",
  ],
  fix: "Find the instruction at the printed pc (`go tool objdump -s FuncName binary`) and guard its operands; in C code, avoid signed overflow, which is undefined behaviour there.",
  example: `// In Go the compiler handles this case; in C/assembly check it yourself:
if b == -1 && a == math.MinInt64 {
	return 0, errors.New("overflow")
}
return a / b, nil`,
  confirm: [
    "`go tool objdump -s 'pkg.Func' ./binary` at the pc from the `[signal …]` line",
    "`addr2line -e ./binary <pc>` for a C frame",
  ],
};

const FLOAT: Explanation = {
  title: "Floating-point exception",
  what: "The CPU raised a floating-point exception (SIGFPE with a code other than integer divide or overflow) and the runtime turned it into a panic. Go runs with floating-point exceptions masked, so Go code alone never causes this: something unmasked them.",
  mechanism: [
    {
      text: "`runtime.sigpanic` maps any other SIGFPE code to `panicfloat` (`floating point error`, a `runtime.Error`). The floating-point control state is per thread, so a C library that unmasks exceptions (e.g. `feenableexcept`) makes later Go float operations on that thread trap.",
    },
  ],
  causes: [
    "A C library (through cgo) that enables floating-point exceptions and leaves them enabled.",
    "Assembly code that changes the MXCSR/x87 control word.",
  ],
  fix: "Restore the floating-point environment after the C call (`fesetenv`/`feclearexcept` in the C wrapper), or keep that library on a locked OS thread that runs no other Go code.",
  example: `/*
#include <fenv.h>
void call_lib(void) {
	fenv_t env;
	feholdexcept(&env);
	lib_compute();
	fesetenv(&env); // restore masked exceptions
}
*/
import "C"`,
  confirm: [
    "Check whether a cgo dependency calls `feenableexcept` or changes the FPU control word",
    "`go tool objdump` at the pc of the `[signal SIGFPE …]` line shows the trapping instruction",
  ],
};

const SHIFT: Explanation = {
  title: "Negative shift amount",
  what: "A shift (`x << n` or `x >> n`) had a negative signed shift count. Go allows signed shift counts since go1.13 but checks at run time that they are not negative.",
  mechanism: [
    {
      since: "go1.13",
      text: "The compiler emits a check before shifts by a signed, non-constant count and calls `runtime.panicshift`, a `runtime.Error` (`negative shift amount`).",
    },
  ],
  causes: [
    "A shift count computed by subtraction (`bits - n`, `width - len`) that went below zero.",
    "A count read from input without validation.",
  ],
  fix: "Validate the count, or make it unsigned after checking it is in range.",
  example: `if n < 0 || n >= 64 {
	return 0, fmt.Errorf("shift %d out of range", n)
}
return x << uint(n), nil`,
  confirm: ["Print the shift count at the crash site, or add a test with the input that crashed"],
};

const SIMD: Explanation = {
  title: "SIMD intrinsic immediate out of range",
  what: "A SIMD intrinsic (GOEXPERIMENT=simd, go1.26+) that needs a constant immediate operand was called with a value out of its range, and the value was not a compile-time constant so the check happened at run time.",
  mechanism: [
    {
      since: "go1.26",
      text: "The compiler calls `runtime.panicSimdImm` when a non-constant immediate is out of range (`out-of-range immediate for simd intrinsic`, a `runtime.Error`).",
    },
  ],
  causes: [
    "Passing a variable where the intrinsic expects a small constant (a lane index, a shuffle control).",
  ],
  fix: "Pass a constant within the documented range of the intrinsic, or check the variable before the call.",
  example: `const lane = 2 // a constant, checked at compile time
v := x.GetElem(lane)`,
  confirm: [
    "Build with `GOEXPERIMENT=simd go vet ./...` and read the intrinsic's documentation for the valid range",
  ],
};

export const ARITHMETIC_RULES: Rule[] = [
  rule({
    id: "integer-divide-by-zero",
    category: "divide-by-zero",
    kind: "runtime-error",
    since: "go1.1",
    pattern: /^runtime error: integer divide by zero$/,
    explanation: DIVIDE,
  }),
  rule({
    id: "integer-overflow",
    category: "divide-by-zero",
    kind: "runtime-error",
    since: "go1.4",
    pattern: /^runtime error: integer overflow$/,
    explanation: OVERFLOW,
  }),
  rule({
    id: "floating-point-error",
    category: "divide-by-zero",
    kind: "runtime-error",
    since: "go1.4",
    pattern: /^runtime error: floating point error$/,
    explanation: FLOAT,
  }),
  rule({
    id: "negative-shift-amount",
    category: "other",
    kind: "runtime-error",
    since: "go1.13",
    pattern: /^runtime error: negative shift amount$/,
    explanation: SHIFT,
  }),
  rule({
    id: "simd-immediate-out-of-range",
    category: "other",
    kind: "runtime-error",
    since: "go1.26",
    pattern: /^runtime error: out-of-range immediate for simd intrinsic$/,
    explanation: SIMD,
  }),
];
