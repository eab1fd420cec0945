// 运行时不变式失败：每个运行时区域一条规则，覆盖 runtime-internal.data.ts 中没有专门规则的
// throw、fatal 与 panic 文本，外加调度器锁和栈展开的 throw（runtime-internal.ts 的中文版）。
// 生成的那张表里只有消息文本和区域，没有说明文字：每个区域的中文说明在这里。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const CORRUPTION_CONFIRM = [
  "`go test -race ./...` 和 `go build -gcflags=all=-d=checkptr`，排除数据竞争和 `unsafe` 误用",
  "在 https://github.com/golang/go/issues 中搜索确切的消息，并试用你所用 Go 版本的最新补丁版本",
  "`GOTRACEBACK=system`（`throw` 已经隐含了它）会显示不变式被破坏处的运行时栈帧",
];

/** 每个区域共有的部分：被破坏的不变式意味着内存损坏或运行时缺陷（与英文的 area 一致）。 */
function area(title: string, what: string, mechanism: string, causes: string[]): Explanation {
  return {
    title,
    what,
    mechanism: [{ text: mechanism }],
    causes,
    fix: "先排除内存损坏——数据竞争、误用 `unsafe.Pointer`、cgo 写入 Go 内存、通过 `go:linkname` 访问运行时内部——然后升级到你所用 Go 版本的最新补丁版本。如果仍然出现，请附上完整输出、Go 版本和 `go env` 报告给 Go 项目。",
    example: `// 用能发现内存损坏的检查来复现：
//   go test -race -gcflags=all=-d=checkptr ./...
//   GODEBUG=gccheckmark=1 ./app`,
    confirm: CORRUPTION_CONFIRM,
  };
}

const GC_HEAP = area(
  "运行时不变式失败：堆与垃圾回收器",
  "内存分配器或垃圾回收器（GC）发现自己的数据结构（span、堆位图、工作缓冲区、arena、剖析桶）处于正确代码绝不会产生的状态，于是终止了程序。这不是该 goroutine（协程）当时所运行那一行的缺陷：堆在更早的时候就已被破坏。",
  "这些是 src/runtime 中的 `throw` 调用（`malloc`、`mheap`、`mgc*`、`mbitmap`、`mspan` 等）：崩溃的 goroutine 会带着运行时栈帧和 pc/sp 打印，常在 `runtime stack:` 之下。",
  [
    "接口、切片、字符串或 map 上的数据竞争造成的内存损坏。",
    "误用 `unsafe.Pointer`，或把指针藏在 `uintptr` 值中让 GC 看不见。",
    "C 代码（cgo）写入 Go 内存或保留 Go 指针。",
    "运行时缺陷；如果消息每次运行都不同，则可能是硬件故障。",
  ],
);

const SCHEDULER = area(
  "运行时不变式失败：调度器与运行时状态",
  "调度器发现 goroutine、线程（M）或处理器（P）处于它不允许的状态——goroutine 状态错误、锁计数不对、运行队列损坏——于是终止了程序。",
  "这些是 src/runtime 中的 `throw` 调用（`proc.go`、`lock_*.go`、`trace*.go` 等）；少数是 `fatal`（归咎于程序）或来自运行时 API 的 panic。",
  [
    "依赖通过 `go:linkname` 访问运行时内部，而它是为另一个 Go 版本构建的。",
    "内存损坏（数据竞争、`unsafe`、cgo）。",
    "运行时缺陷——用该消息在 Go 的问题跟踪系统中搜索。",
  ],
);

const OS = area(
  "运行时不变式失败：操作系统接口与运行时服务",
  "某项运行时服务——信号、系统调用、定时器、网络轮询器、通道的内部队列、panic 与 defer、cgo 胶水代码——发现了不可能的状态，或者一个不允许失败的操作系统调用失败了，运行时因此终止了程序。",
  "这些是 src/runtime 操作系统层中的 `throw` 调用（os_*.go、signal_*.go、netpoll_*.go、time.go、chan.go、panic.go、cgocall.go 等）。",
  [
    "不寻常的操作系统环境：seccomp 过滤器或沙箱拒绝了运行时需要的系统调用、非常老的内核、模拟器。",
    "内存损坏（数据竞争、`unsafe`、cgo）。",
    "该平台上的运行时缺陷。",
  ],
);

const STACK = area(
  "运行时不变式失败：栈与符号表",
  "栈增长、栈展开或运行时的函数表与类型表（`pclntab`、`moduledata`）发现了不可能的情况：无法展开的栈帧、错误的栈映射、对不上的类型表。",
  "这些是 src/runtime 中 stack.go、traceback.go、symtab.go、type.go、plugin.go 等文件里的 `throw` 调用。",
  [
    "汇编、cgo 或 `unsafe` 代码破坏了栈。",
    "插件或共享库与主程序使用了不同的 Go 版本或不同的构建标志。",
    "链接之后又被修改过的二进制（加壳工具、某些混淆器）。",
    "运行时或编译器缺陷。",
  ],
);

const MISC = area(
  "运行时不变式失败",
  "某个运行时组件（剖析、指标、调试钩子、Windows 回调等）发现了它不允许的状态，于是终止了程序。",
  "这些是 src/runtime 中内存分配器、调度器和栈代码之外的 `throw`/`fatal`/`panic` 调用。",
  ["通过 `go:linkname` 误用运行时 API。", "内存损坏（数据竞争、`unsafe`、cgo）。", "运行时缺陷。"],
);

const MAPS = area(
  "运行时不变式失败：map 内部",
  "Swiss 表 map 实现（go1.24 起，`internal/runtime/maps`）发现某张表处于不可能的状态——计数对不上、本该有空槽的地方没有空槽。常见原因是多个 goroutine 不加锁地使用同一个 map：并发写检查并不能发现每一种交错。",
  "这些是 `internal/runtime/maps`（table.go、table_debug.go、runtime_*.go）中的 panic 和致命错误。",
  ["不加锁地并发写入 map（运行竞态检测器）。", "内存损坏（`unsafe`、cgo）。", "运行时缺陷。"],
);

const SYNC = area(
  "sync.Map / 内部 sync 不变式失败",
  "`sync.Map` 和 `unique` 背后的哈希前缀树 map（`internal/sync.HashTrieMap`，go1.24 起）panic 了：要么程序以不可比较类型的值调用了 `CompareAndSwap`/`CompareAndDelete`，要么前缀树用尽了哈希位，这意味着内存已被破坏。",
  "这些是 `internal/sync`（hashtriemap.go）以及运行时信号量代码中的 panic。",
  [
    "以切片、map 或函数值调用 `sync.Map.CompareAndSwap`/`CompareAndDelete`（旧值必须是可比较的）。",
    "内存损坏（键上的数据竞争、`unsafe`、cgo）。",
  ],
);

const SCHEDULE_LOCKS: Explanation = {
  title: "在错误的时机持有运行时锁",
  what: "进入调度器或暂停整个程序（STW）时，当前线程仍持有运行时锁（或者内存分配器被重入）。运行时的加锁规则被破坏，于是它终止了程序。",
  mechanism: [
    {
      text: "`schedule`、`stopm` 和 `stopTheWorld` 检查 `m.locks`，并抛出 `schedule: holding locks`、`stopm holding locks`、`stopTheWorld: holding locks`；`mallocgc` 被重入时抛出 `malloc deadlock`，在信号处理函数中被调用时抛出 `malloc during signal`。",
    },
  ],
  causes: [
    "Go 代码运行在信号处理函数或其他受限上下文中（来自信号处理函数的 cgo 回调）。",
    "通过 `go:linkname` 调用运行时内部。",
    "运行时缺陷。",
  ],
  fix: "查看随 `throw` 打印的运行时栈帧，看是哪条路径持有着锁；去掉 linkname 用法以及受限上下文中的内存分配；否则请报告给 Go 项目。",
  example: `// throw 已隐含 GOTRACEBACK=system：阅读随它打印的运行时栈帧`,
  confirm: CORRUPTION_CONFIRM,
};

const TRACEBACK: Explanation = {
  title: "栈展开失败",
  what: "运行时无法遍历某个 goroutine 的栈：某个返回地址不属于任何 Go 函数，或者展开器在原地打转。当它需要一次正确的展开时（复制栈、GC 扫描、自身崩溃），就会终止程序。",
  mechanism: [
    {
      text: "展开器打印 `runtime: g N: unexpected return pc for F called from 0x…`（`g N:` 部分自 go1.19 起）或 `unknown pc`，然后是 `stack: frame={…} stack=[…)` 和栈的十六进制转储，并抛出 `unknown caller pc`、`unexpected return pc`、`traceback stuck` 或 `traceback did not unwind completely`。如果只是在打印回溯，它会停止打印而不是抛出。",
    },
  ],
  causes: [
    "栈损坏：cgo 代码中的缓冲区溢出覆盖了 Go 栈，或汇编代码的栈帧大小不对。",
    "数据竞争破坏了一个闭包或函数值，随后它又被调用。",
    "C 代码运行在 goroutine 栈上，却没有注册 cgo 回溯函数。",
  ],
  fix: "检查 `unexpected return pc for F` 中给出的函数附近的汇编（`go vet` 的 `asmdecl`）和 cgo 代码；用竞态检测器运行。",
  example: `//   go vet ./...            （asmdecl 检查汇编栈帧）
//   go test -race ./...`,
  confirm: [
    "`unexpected return pc for F` 行给出了最后一个正常的栈帧；十六进制转储显示了那个坏的返回地址",
  ],
};

/** 与英文的 areaRule 一致：每条区域规则的摘要都给出抛出该文本的源文件位置。 */
function areaText(explanation: Explanation) {
  return {
    summary: (v: Record<string, string>) =>
      `一个运行时不变式失败了（${v.source ?? "src/runtime"}）。`,
    explanation,
  };
}

export const ZH_RUNTIME_INTERNAL: RuleTexts = {
  "runtime-internal-gc-heap": areaText(GC_HEAP),
  "runtime-internal-scheduler": areaText(SCHEDULER),
  "runtime-internal-os": areaText(OS),
  "runtime-internal-stack": areaText(STACK),
  "runtime-internal-misc": areaText(MISC),
  "runtime-internal-maps": areaText(MAPS),
  "runtime-internal-sync": areaText(SYNC),
  "schedule-holding-locks": { explanation: SCHEDULE_LOCKS },
  "traceback-failures": { explanation: TRACEBACK },
};
