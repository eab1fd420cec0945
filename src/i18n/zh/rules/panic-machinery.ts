// panic 机制本身与 range-over-func 检查（panic-machinery.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const PANIC_NIL: Explanation = {
  title: "panic(nil)",
  what: "程序调用了 `panic(nil)`（或以值为 nil 的 `err` 调用了 `panic(err)`）。`recover()` 无法区分 nil panic 值和“没有 panic”，因此 go1.21 把它替换成了 `*runtime.PanicNilError`。",
  mechanism: [
    {
      until: "go1.20",
      text: "值保持为 nil：标题显示为 `panic: nil`，`recover()` 返回 nil，于是延迟调用中的代码以为没有发生 panic。",
    },
    {
      since: "go1.21",
      text: "`runtime.gopanic` 把 nil 值替换为 `*runtime.PanicNilError`（`panic called with nil argument`），`recover()` 会像返回其他值一样返回它。`GODEBUG=panicnil=1`（或 go.mod 中 `go` 行低于 1.21）恢复旧行为和 `panic: nil` 文本。",
    },
    {
      since: "go1.27",
      text: "`PanicNilError.Error()` 带上了运行时错误的前缀：`runtime error: panic called with nil argument`。",
    },
  ],
  causes: [
    "`panic(err)` 而 `err` 在这条路径上为 nil（前面的检查判断错了变量）。",
    "无条件地对 `recover()` 的结果重新 panic（`panic(recover())`），而实际上并没有 panic。",
    "故意用 `panic(nil)` 来控制流程。",
  ],
  fix: "用能说明出了什么问题的非 nil 值 panic，并且在用 `err` panic 之前检查 `err != nil`。",
  example: `if err != nil {
	panic(fmt.Errorf("load config: %w", err))
}

if r := recover(); r != nil {
	panic(r) // 只对真实的 panic 重新 panic
}`,
  confirm: ["崩溃位置就是那次 `panic` 调用；打印传给它的值。"],
};

const WHILE_PRINTING: Explanation = {
  title: "打印 panic 值时又发生 panic",
  what: "程序本已因一个 panic 而即将终止，而运行时为打印标题调用该值的 `Error()` 或 `String()` 方法时，这个方法又 panic 了。原 panic 的文本丢失了；冒号后面是新 panic 的文本（或类型）。",
  mechanism: [
    {
      text: "打印之前，`runtime.preprintpanics` 对每个 panic 值调用 `Error()`/`String()`；其中发生的 panic 会被恢复并转为 `throw`。",
    },
    {
      until: "go1.18",
      text: "文本只有 `panic while printing panic value`。",
    },
    {
      since: "go1.19",
      text: "文本会附上内层 panic：若是字符串则为 `: <string value>`，否则为 `: type <T>`（例如 `Error()` 内部的下标错误为 `: type runtime.boundsError`）。",
    },
  ],
  causes: [
    "以 nil 指针调用了指针接收者的 `Error()` 方法（被 panic 的是一个带类型的 nil error）。",
    "`Error()`/`String()` 方法对该值中未设置的字段做了下标访问或解引用。",
  ],
  fix: "让 `Error()` 和 `String()` 对所有可能被调用的值都安全，包括 nil 接收者；这样原来的 panic 就能打印出来。",
  example: `func (e *QueryError) Error() string {
	if e == nil {
		return "<nil QueryError>"
	}
	return e.Query + ": " + e.Err.Error()
}`,
  confirm: [
    "该 goroutine（协程）的调用栈在 `runtime.preprintpanics` 之上显示了 panic 的那个 `Error`/`String` 方法。",
  ],
};

const PANIC_IN_RUNTIME_STATE: Explanation = {
  title: "在运行时无法 panic 的状态下发生 panic",
  what: "panic 开始时，当前线程所处的状态无法进行栈展开：位于系统栈上、在内存分配器内部、禁止了抢占，或持有运行时锁。运行时打印 panic 值，然后终止程序。",
  mechanism: [
    {
      text: "`runtime.gopanic` 在展开前检查当前 M，抛出 `panic on system stack`、`panic during malloc`、`panic during preemptoff`（之前打印 `preempt off reason: …`）或 `panic holding locks`，并先以 `panic: …` 打印 panic 值。",
    },
  ],
  causes: [
    "运行时缺陷，或运行时状态被 `unsafe` 代码或 cgo 破坏。",
    "运行时在受限状态下调用的代码中发生了 panic：终结器、经 `go:linkname` 挂接的运行时钩子、信号处理路径、内存剖析器回调。",
    "在不恰当的时刻从 C 调用了 Go（来自信号处理函数的 cgo 回调）。",
  ],
  fix: "修复最先打印的那个 panic（它才是真正的错误），并查看调用栈上是哪个运行时函数；如果不涉及 `unsafe`、linkname 或 cgo 代码，请报告给 Go 项目。",
  example: `// 打印出的 panic 值就是要修复的缺陷；带上指针检查和竞态检查运行：
//   go test -race -gcflags=all=-d=checkptr ./...`,
  confirm: ["`GOTRACEBACK=system` 会显示持有锁或运行在系统栈上的运行时栈帧。"],
};

const BAD_RECOVERY: Explanation = {
  title: "恢复失败",
  what: "`recover()` 拦住了一个 panic，但运行时无法让注册了该延迟调用（其中执行了 `recover`）的函数继续执行：保存的栈状态不一致。这是运行时不变式被破坏。",
  mechanism: [
    {
      text: "成功恢复之后，`runtime.recovery` 展开到注册该延迟调用的那个栈帧；当它应返回的栈帧不在 panic 记录所说的位置时，抛出 `bad recovery`、`recovery failed` 或 `bad panic stack`。",
    },
  ],
  causes: [
    "`unsafe` 代码、汇编或 cgo 破坏了栈。",
    "运行时或编译器缺陷（用该消息在 Go 的问题跟踪系统中搜索）。",
  ],
  fix: "检查该 goroutine 调用栈中的 `unsafe`、汇编和 cgo 代码；如果都没有，请附上完整输出和 Go 版本报告给 Go 项目。",
  example: `// 用竞态检测器和 checkptr 复现：
//   go test -race -gcflags=all=-d=checkptr ./...`,
  confirm: ["`go test -race ./...`", "`GOTRACEBACK=system` 查看运行时栈帧"],
};

const RANGEFUNC: Explanation = {
  title: "range-over-func 迭代器违反了循环协议",
  what: "range-over-func 迭代器（`for x := range seq`，其中 `seq` 是 `func(yield func(T) bool)`）在循环体要求它停止之后（因为 `break`/`return`，`yield` 返回了 false）、在循环已经退出之后，或在循环体 panic 之后仍在调用 `yield`；或者它恢复了来自循环体的 panic 却没有重新 panic。",
  mechanism: [
    {
      since: "go1.23",
      text: "编译器把循环体包装成一个记录循环状态的 `yield` 函数，并调用 `runtime.panicrangestate`，它以 `runtime error: range function continued iteration after function for loop body returned false` / `… after loop body panic` / `… after whole loop exit`，或 `range function recovered a loop body panic and did not resume panicking` panic。",
    },
    {
      since: "go1.22",
      until: "go1.22",
      text: "仅在 `GOEXPERIMENT=rangefunc` 下可用；文本为 `range function continued iteration after exit`。",
    },
  ],
  causes: [
    "迭代器忽略了 `yield` 的返回值：写成了 `for _, v := range items { yield(v) }`，而不是 `if !yield(v) { return }`。",
    "迭代器从另一个 goroutine 或在返回之后调用 `yield`。",
    "迭代器在 `yield` 周围恢复了 panic 并把它吞掉。",
  ],
  fix: "一旦 `yield` 返回 false 就停止迭代，返回之后绝不再调用它，并让来自 `yield` 的 panic 继续传播。",
  example: `func All[T any](items []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range items {
			if !yield(v) {
				return
			}
		}
	}
}`,
  confirm: ["调用栈在循环体和调用方之间显示了迭代器函数；检查其中每一处 `yield(` 调用。"],
};

export const ZH_PANIC_MACHINERY: RuleTexts = {
  "panic-nil-error": { explanation: PANIC_NIL },
  "panic-nil-legacy": {
    summary: () =>
      "程序调用了 panic(nil)（在 go1.21 之前或设置了 GODEBUG=panicnil=1 时打印为 `panic: nil`）。",
    explanation: PANIC_NIL,
  },
  "panic-while-printing-panic-value": {
    summary: (v) =>
      v.type !== undefined
        ? `panic 值的 Error/String 方法以一个 ${v.type} panic 了。`
        : v.inner !== undefined
          ? `panic 值的 Error/String 方法 panic 了：${v.inner}`
          : "panic 值的 Error/String 方法 panic 了。",
    explanation: WHILE_PRINTING,
  },
  "panic-holding-locks": { explanation: PANIC_IN_RUNTIME_STATE },
  "panic-during-malloc": { explanation: PANIC_IN_RUNTIME_STATE },
  "panic-during-preemptoff": {
    summary: (v) =>
      v.preemptOffReason !== undefined
        ? `panic 开始时抢占处于关闭状态（${v.preemptOffReason}）。`
        : "panic 开始时抢占处于关闭状态。",
    explanation: PANIC_IN_RUNTIME_STATE,
  },
  "panic-on-system-stack": { explanation: PANIC_IN_RUNTIME_STATE },
  "bad-recovery": { explanation: BAD_RECOVERY },
  "rangefunc-continued-after-false": { explanation: RANGEFUNC },
  "rangefunc-continued-after-panic": { explanation: RANGEFUNC },
  "rangefunc-continued-after-exit": { explanation: RANGEFUNC },
  "rangefunc-missing-panic": { explanation: RANGEFUNC },
  "rangefunc-continued-after-exit-go122": { explanation: RANGEFUNC },
};
