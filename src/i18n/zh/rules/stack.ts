// goroutine 栈与系统栈（stack.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const OVERFLOW: Explanation = {
  title: "goroutine 栈溢出",
  what: "某个 goroutine（协程）的栈增长超过了最大栈大小（64 位系统上为 1 GB，32 位系统上为 250 MB，除非用 `debug.SetMaxStack` 修改过）。goroutine 的栈按需增长，所以触及上限几乎总是意味着无界递归。`recover` 无法捕获。",
  mechanism: [
    {
      text: "每个函数在入口处检查栈边界并调用 `runtime.morestack`；`runtime.newstack` 通过复制把栈扩大一倍。当新大小会超过上限时，它打印 `runtime: goroutine stack exceeds N-byte limit` 和 `runtime: sp=… stack=[lo, hi]`，然后抛出（`throw`）`stack overflow`。这次 `throw` 发生在系统栈上（先打印 `runtime stack:`），随后打印溢出的 goroutine。",
    },
    {
      until: "go1.20",
      text: "只打印前 100 个栈帧，随后是 `...additional frames elided...`：递归的入口通常看不到。",
    },
    {
      since: "go1.21",
      text: "打印前 50 个和最后 50 个栈帧，中间是 `...N frames elided...`：底部显示递归从哪里开始。",
    },
  ],
  causes: [
    "`String()`/`Error()`/`Format` 方法用 `%v`/`%s` 格式化自己的接收者（fmt 会再次调用该方法）。",
    "`MarshalJSON`/`UnmarshalJSON` 对同一类型调用 `json.Marshal`/`Unmarshal`。",
    "方法或设置方法误调用了自己（`func (c *C) Name() string { return c.Name() }`）。",
    "在含环的数据（指回自身的链式结构）上递归，或在非常深的输入上递归而没有深度限制。",
  ],
  fix: "找出重复出现的栈帧（递归环），给递归加上终止条件。对于格式化和 JSON 方法，先转换成一个没有该方法的类型。",
  example: `func (t T) String() string {
	type plain T // 字段相同，但没有 String 方法
	return fmt.Sprintf("T%+v", plain(t))
}

func (t T) MarshalJSON() ([]byte, error) {
	type alias T
	return json.Marshal(alias(t))
}`,
  confirm: [
    "崩溃 goroutine 顶部和底部重复出现的栈帧显示了这个环（panicscope 在 `recursion` 下给出它的名字）。",
    "`go vet ./...`（`printf` 检查）会报告 `Sprintf format %v with arg t causes recursive String method call`。",
  ],
};

const STACK_CORRUPT: Explanation = {
  title: "栈的簿记规则被破坏",
  what: "运行时发现某个 goroutine 栈或系统栈处于绝不应出现的状态：栈指针低于栈底、在禁止增长时需要增长栈、只能在系统栈上运行的函数跑在了 goroutine 栈上，或者系统栈（g0）本身溢出。",
  mechanism: [
    {
      text: "栈指针已越过栈底时，`runtime.newstack` 抛出 `runtime: split stack overflow`（之前打印 `runtime: split stack overflow: sp < lo`）；在系统调用切换期间必须增长栈时，抛出 `runtime: stack split at bad time`；`morestackc` 抛出 `attempt to execute system stack code on user stack`。",
    },
    {
      until: "go1.21",
      text: "系统栈（g0）溢出时只打印 `fatal: morestack on g0` 并中止（SIGTRAP/SIGABRT），没有回溯。",
    },
    {
      since: "go1.22",
      text: "系统栈溢出时打印 `runtime: morestack on g0, stack [lo hi], sp=…, called from`、出问题的栈帧，以及 `fatal error: morestack on g0`。`fatal: morestack on gsignal`（信号栈）仍然直接中止，没有回溯。",
    },
  ],
  causes: [
    "在系统栈上运行的代码发生深度递归：经由 cgo 调用的 C 代码反复回调 Go，或信号处理函数做了太多事情。",
    "汇编或 `//go:nosplit` 函数使用的栈超过了声明的大小，或通过 `go:linkname` 访问运行时内部。",
    "goroutine 的栈边界所在内存被破坏。",
  ],
  fix: "查看随错误打印的栈帧：需要栈空间的是哪个函数。减少 cgo 回调和 nosplit/汇编代码中的栈使用，并去掉对运行时内部的 linkname 访问。如果程序中没有这些，请报告给 Go 项目。",
  example: `// cgo：把繁重的工作交给 goroutine，不要在回调本身里做
//export onEvent
func onEvent(ev C.int) {
	events <- int(ev) // 转交出去；goroutine 栈可以增长，g0 不能
}`,
  confirm: [
    "消息之后（或 `runtime stack:` 之下）打印的栈帧显示了是哪个函数溢出。",
    "`go vet ./...`（`asmdecl` 检查）会按 Go 声明核对汇编的栈帧大小。",
  ],
};

const BAD_STACK_POINTER: Explanation = {
  title: "goroutine 栈上发现无效指针",
  what: "运行时在复制某个 goroutine 的栈（扩大或缩小）时，在编译器标记为指针的槽位里发现了一个不可能是指针的值（一个很小的非零数，或指向已释放内存的地址）。Go 无法安全地调整或扫描这样的值，于是终止。",
  mechanism: [
    {
      text: "`copystack` 期间，`runtime.adjustpointers` 检查每个栈帧的每个指针槽位；在 `GODEBUG=invalidptr=1`（默认）下，坏值会打印 `runtime: bad pointer in frame F at ADDR: VALUE` 并抛出 `invalid pointer found on stack`。",
    },
  ],
  causes: [
    "整数被存进了 `unsafe.Pointer` 变量，或对象被释放后仍把 `uintptr` 转换为 `unsafe.Pointer`。",
    "C 代码（cgo）写入了 Go 栈内存，或通过 Go 指针类型返回了一个伪造的小数值 C 指针。",
    "指针字段上的数据竞争。",
  ],
  fix: "查看 `bad pointer in frame` 行中给出的函数：找出那个存着非指针值的指针类型变量，把整数保存在 `uintptr` 而不是 `unsafe.Pointer` 中。",
  example: `// 错误：把句柄编号当作指针保存
p := unsafe.Pointer(uintptr(handle))
// 正确：保持为整数
var h uintptr = uintptr(handle)`,
  confirm: [
    "`go build -gcflags=all=-d=checkptr`（以及 `go vet` 的 `unsafeptr` 检查）查找无效转换",
    "`go test -race ./...`",
  ],
};

export const ZH_STACK: RuleTexts = {
  "stack-overflow": {
    summary: (v) =>
      v.stackLimit !== undefined
        ? `某个 goroutine 的栈超过了 ${v.stackLimit} 字节的上限：几乎总是无界递归。`
        : "某个 goroutine 的栈超过了大小上限：几乎总是无界递归。",
    explanation: OVERFLOW,
  },
  "split-stack-overflow": { explanation: STACK_CORRUPT },
  "stack-split-bad-time": { explanation: STACK_CORRUPT },
  "morestack-on-g0": {
    summary: (v) =>
      v.stack === "g0"
        ? "某个线程的系统栈（g0）溢出了。"
        : "某个线程的信号处理栈（gsignal）溢出了。",
    explanation: STACK_CORRUPT,
  },
  "attempt-system-stack-on-user-stack": { explanation: STACK_CORRUPT },
  "invalid-pointer-on-stack": {
    summary: (v) =>
      v.badPointerFrame !== undefined
        ? `栈帧 ${v.badPointerFrame} 的一个指针槽位中存着 ${v.badPointerValue}。`
        : "goroutine 栈上的一个指针槽位中存着一个不是有效指针的值。",
    explanation: BAD_STACK_POINTER,
  },
};
