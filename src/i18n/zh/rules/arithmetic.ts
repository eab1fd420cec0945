// 整数与浮点陷阱（arithmetic.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const DIVIDE: Explanation = {
  title: "整数除以零",
  what: "整数除法或取余（`a / b`、`a % b`）的除数为零。在 Go 中整数除以零没有结果，所以运行时会 panic；浮点数除以零则不会 panic（得到 ±Inf 或 NaN）。",
  mechanism: [
    {
      text: "编译器在除法指令之前插入零检查（或者让 CPU 陷入，再把代码为 `FPE_INTDIV` 的 SIGFPE 变成同样的 panic：此时标题后面会跟一行 `[signal SIGFPE …]`）。无论哪种方式，值都是 `runtime.divideError`，一个可以被 `recover` 捕获的 `runtime.Error`。",
    },
  ],
  causes: [
    "对空集合求平均值或比率（`sum / len(items)`、`count` 为 0 时的 `total / count`）。",
    "从配置或输入读取的除数（批大小、页大小、分片数）为 0 或缺失。",
    "在轮询或哈希代码中对可能为零的长度取模（`i % len(s)`）。",
  ],
  fix: "在除数的来源处检查它（启动时校验配置），并在除法处显式处理空集合的情况。",
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
    "查看崩溃位置（`frame`）那一行的除数：打印它，或用导致崩溃的输入写一个测试。",
    "`go vet ./...` 会报告常量除以零；依赖输入的情况需要测试或 `go test -fuzz`。",
  ],
};

const OVERFLOW: Explanation = {
  title: "整数溢出陷阱",
  what: "CPU 触发了整数溢出陷阱（代码为 `FPE_INTOVF` 的 SIGFPE，或 Windows 上的 `EXCEPTION_INT_OVERFLOW`），运行时把它变成了 panic。Go 自己的整数运算溢出时静默回绕，从不陷入，而且 `math.MinInt64 / -1` 被定义为不陷入，所以这几乎总是来自汇编或 C 代码，或来自除法指令在溢出时会陷入的平台。",
  mechanism: [
    {
      text: "`runtime.sigpanic` 把代码为 `FPE_INTOVF` 的 SIGFPE 映射为 `panicoverflow`，一个 `runtime.Error`（`recover` 可以捕获）。`[signal SIGFPE …]` 行给出出错的 pc。",
    },
  ],
  causes: [
    "手写的汇编或 cgo 代码执行了一条溢出时会陷入的指令。",
    "在绕过编译器处理的代码（汇编、C）中，用最小的负整数除以 -1。",
  ],
  fix: "找到打印出的 pc 处的指令（`go tool objdump -s FuncName binary`）并检查其操作数；在 C 代码中避免有符号溢出，那在 C 里是未定义行为。",
  example: `// 在 Go 中编译器会处理这种情况；在 C/汇编中要自己检查：
if b == -1 && a == math.MinInt64 {
	return 0, errors.New("overflow")
}
return a / b, nil`,
  confirm: [
    "对 `[signal …]` 行中的 pc 执行 `go tool objdump -s 'pkg.Func' ./binary`",
    "对 C 栈帧执行 `addr2line -e ./binary <pc>`",
  ],
};

const FLOAT: Explanation = {
  title: "浮点异常",
  what: "CPU 触发了浮点异常（代码既不是整数除零也不是整数溢出的 SIGFPE），运行时把它变成了 panic。Go 运行时屏蔽了浮点异常，所以单靠 Go 代码绝不会导致这种情况：一定是有什么解除了屏蔽。",
  mechanism: [
    {
      text: "`runtime.sigpanic` 把其他所有 SIGFPE 代码映射为 `panicfloat`（`floating point error`，一个 `runtime.Error`）。浮点控制状态是每个线程独立的，因此某个解除了异常屏蔽的 C 库（例如 `feenableexcept`）会让该线程上之后的 Go 浮点运算陷入。",
    },
  ],
  causes: [
    "某个（经由 cgo 使用的）C 库启用了浮点异常且没有恢复。",
    "汇编代码修改了 `MXCSR`/x87 控制字。",
  ],
  fix: "在 C 调用之后恢复浮点环境（在 C 包装函数中使用 `fesetenv`/`feclearexcept`），或把该库放在一个锁定的、不运行其他 Go 代码的操作系统线程上。",
  example: `/*
#include <fenv.h>
void call_lib(void) {
	fenv_t env;
	feholdexcept(&env);
	lib_compute();
	fesetenv(&env); // 恢复被屏蔽的异常
}
*/
import "C"`,
  confirm: [
    "检查是否有 cgo 依赖调用了 `feenableexcept` 或修改了 FPU 控制字",
    "对 `[signal SIGFPE …]` 行中的 pc 执行 `go tool objdump`，即可看到陷入的指令",
  ],
};

const SHIFT: Explanation = {
  title: "移位位数为负",
  what: "移位运算（`x << n` 或 `x >> n`）的有符号移位位数为负数。go1.13 起 Go 允许有符号的移位位数，但会在运行时检查它不为负。",
  mechanism: [
    {
      since: "go1.13",
      text: "对位数为有符号非常量的移位，编译器在移位前插入检查并调用 `runtime.panicshift`，一个 `runtime.Error`（`negative shift amount`）。",
    },
  ],
  causes: [
    "通过减法算出的移位位数（`bits - n`、`width - len`）变成了负数。",
    "从输入读取的位数未经校验。",
  ],
  fix: "校验位数，或在确认其在范围内之后把它转为无符号数。",
  example: `if n < 0 || n >= 64 {
	return 0, fmt.Errorf("shift %d out of range", n)
}
return x << uint(n), nil`,
  confirm: ["在崩溃位置打印移位位数，或用导致崩溃的输入写一个测试"],
};

const SIMD: Explanation = {
  title: "SIMD 内建函数的立即数越界",
  what: "一个需要常量立即数操作数的 SIMD 内建函数（`GOEXPERIMENT=simd`，go1.26 起）收到了超出范围的值，而且该值不是编译期常量，因此检查发生在运行时。",
  mechanism: [
    {
      since: "go1.26",
      text: "非常量立即数越界时，编译器调用 `runtime.panicSimdImm`（`out-of-range immediate for simd intrinsic`，一个 `runtime.Error`）。",
    },
  ],
  causes: ["在内建函数期望小常量（通道下标、混洗控制值）的地方传入了变量。"],
  fix: "传入处于该内建函数文档所述范围内的常量，或在调用前检查该变量。",
  example: `const lane = 2 // 常量，在编译期检查
v := x.GetElem(lane)`,
  confirm: ["用 `GOEXPERIMENT=simd go vet ./...` 构建，并查阅该内建函数的文档了解有效范围"],
};

export const ZH_ARITHMETIC: RuleTexts = {
  "integer-divide-by-zero": { explanation: DIVIDE },
  "integer-overflow": { explanation: OVERFLOW },
  "floating-point-error": { explanation: FLOAT },
  "negative-shift-amount": { explanation: SHIFT },
  "simd-immediate-out-of-range": { explanation: SIMD },
};
