// 非 nil 地址上的内存错误，以及运行时内存耗尽（memory.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const FAULT: Explanation = {
  title: "非 nil 地址上的内存错误",
  what: "Go 代码读写了一个未映射（或不可访问）的地址，而且这个地址离 0 太远，不可能是 nil 指针。Go 自己的指针绝不会这样，所以这个指针是用 `unsafe` 造出来的、来自 cgo，或者已被破坏（常见原因是接口或切片上的数据竞争）。运行时终止程序；`recover` 无法捕获。",
  mechanism: [
    {
      text: "`runtime.sigpanic` 收到带有错误地址的 SIGSEGV/SIGBUS。低于 0x1000 的地址会变成可恢复的空指针解引用 panic；其他地址则打印 `unexpected fault address 0x…` 并抛出（`throw`）`fault`。`debug.SetPanicOnFault(true)` 会把这类错误改为可恢复的 panic（供读取内存映射文件的代码使用）。",
    },
    {
      since: "go1.20",
      text: "访问已释放的 `arena` 块（`GOEXPERIMENT=arenas`）时，会在 `fatal error: fault` 之前打印 `accessed data from freed user arena 0x…`。",
    },
    {
      text: "地址看似有效却收到 `SIGBUS`，通常说明内存映射的文件在映射期间被截短了：超出新末尾的页已不复存在。",
    },
  ],
  causes: [
    "接口、切片或字符串上的数据竞争：读方看到了新指针配旧类型或旧长度，于是访问了一个虚假的地址。",
    "`unsafe.Pointer` 运算或转换产生了无效指针；一个 `uintptr` 跨越了一次垃圾回收（GC）后又被转回指针。",
    "C（cgo）拥有的内存在 Go 仍在使用时被释放，或 C 代码改写了 Go 内存。",
    "内存映射的文件（mmap，例如数据库库所用）被另一个进程截短（SIGBUS）。",
  ],
  fix: "用竞态检测器和指针检查运行测试，并审查崩溃位置附近的 `unsafe` 与 cgo 代码。对于内存映射的文件，确保映射期间没有任何东西截短它，或者在 `debug.SetPanicOnFault(true)` 下读取并恢复。",
  example: `// 查找数据竞争和无效的 unsafe.Pointer 用法：
//   go test -race ./...
//   go test -gcflags=all=-d=checkptr ./...

// 读取可能缩小的映射文件：
defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
defer func() {
	if r := recover(); r != nil {
		err = fmt.Errorf("mapped file changed: %v", r)
	}
}()`,
  confirm: [
    "`go test -race ./...`（或在预发环境用 `-race` 构建服务）",
    "`go build -gcflags=all=-d=checkptr`，检查 `unsafe.Pointer` 转换",
    "`GOTRACEBACK=crash` 加核心转储（`ulimit -c unlimited`），然后用 `dlv core ./binary core` 检查那个坏指针",
  ],
};

const UNEXPECTED_SIGNAL: Explanation = {
  title: "运行时无法 panic 时收到信号",
  what: "内存错误（或其他同步信号）发生的时刻，运行时无法把它变成 panic：正在执行运行时代码、持有运行时锁、正在分配内存、处于系统调用中，或位于系统栈上。程序被终止；`recover` 无法捕获。",
  mechanism: [
    {
      text: "`runtime.sigpanic` 询问 `canpanic()`；如果信号不是在运行 Go 代码的用户 goroutine（协程）上到达，它就拒绝：随后抛出 `unexpected signal during runtime execution`，`[signal …]` 行给出错误地址和 pc。运行时自己的栈帧会带着 pc/sp 打印（因为是 `throw`），常在 `runtime stack:` 之下。",
    },
    {
      until: "go1.20",
      text: "经由 cgo 调用的 C 代码中的错误也会走到这里（该 goroutine 位于 `runtime.cgocall`，状态为 `syscall`）。",
    },
    {
      since: "go1.21",
      text: "C 代码中的错误不再走到这里：而是打印信号转储（`SIGSEGV: segmentation violation`、`PC=…`、`signal arrived during cgo execution`）。",
    },
  ],
  causes: [
    "堆损坏（`unsafe`、cgo、数据竞争）使运行时自己去访问坏指针，例如在垃圾回收器或内存分配器中。",
    "把 nil 指针或野指针传给了运行时函数，在其内部出错（`memmove`、`typedmemmove`）。",
    "少数情况下是运行时或内核的缺陷，或硬件故障（每次随机出错在不同位置）。",
  ],
  fix: "按内存损坏处理：运行竞态检测器和 checkptr，审查 `unsafe` 与 cgo 代码，并观察崩溃位置是到处变化（硬件）还是固定在一处（缺陷，附完整输出报告）。",
  example: `// go test -race -gcflags=all=-d=checkptr ./...
// GODEBUG=gccheckmark=1 让 GC 校验自己的标记`,
  confirm: [
    "`go test -race ./...`",
    "`go build -gcflags=all=-d=checkptr`",
    "查看 `runtime stack:` 之下或崩溃 goroutine 上最顶部的运行时栈帧：出错的就是那个函数。",
  ],
};

/** C 代码（cgo）中的崩溃；signals.ts 的信号转储也用它。 */
export const SIGNAL_IN_CGO: Explanation = {
  title: "C 代码（cgo）中的崩溃",
  what: "错误发生时，该 goroutine 正经由 cgo 运行 C 代码（它位于 `runtime.cgocall`，状态为 `syscall`，或转储中写着 `signal arrived during cgo execution`）。缺陷在 C 代码中，或在 Go 传给它的东西里；Go 的 `recover` 无法捕获 C 中的错误。",
  mechanism: [
    {
      until: "go1.20",
      text: "C 代码中的同步信号会经过 `sigpanic`，而它在 cgo 调用期间无法 panic，于是打印 `fatal error: unexpected signal during runtime execution` 以及 `[signal …]` 行。",
    },
    {
      since: "go1.21",
      text: "运行时不再向非 Go 代码注入 panic：该信号是致命的，打印以 `SIGSEGV: segmentation violation`（或 `SIGABRT: abort` 等）开头的转储，包括 `PC=… m=… sigcode=…`、`signal arrived during cgo execution`、系统级别的所有 goroutine 以及寄存器。",
    },
    {
      text: "打印出的栈帧止于 `runtime.cgocall` 和 `_Cfunc_` 桩函数；除非注册了 cgo 符号化器（`runtime.SetCgoTraceback`，例如 github.com/ianlancetaylor/cgosymbolizer），否则不显示 C 栈帧。",
    },
  ],
  causes: [
    "C 库中解引用了 NULL 或悬空指针（某个句柄早先已被关闭或释放）。",
    "传给 C 的 Go 指针在调用返回后仍被 C 保留，之后那块 Go 内存被移动或释放。",
    "非线程安全的 C 代码被多个 goroutine（线程）同时调用。",
    "C 中的 `abort()`/`assert()`（SIGABRT，sigcode 为 `SI_TKILL`）。",
  ],
  fix: "调试 C 这一侧：用 `-g` 构建 C 代码并在调试器下复现，或使用 AddressSanitizer（`go build -asan`）。检查跨越 cgo 边界共享的每个句柄和指针的生命周期，并对非线程安全的库串行化调用。",
  example: `// 调用结束后不要让 C 持有 Go 内存，C 内存恰好释放一次：
cs := C.CString(s)
defer C.free(unsafe.Pointer(cs))
C.use(cs) // C 在返回后不得保留 cs`,
  confirm: [
    "`go build -asan`（go1.18 起，配合 clang/gcc 的 ASan）找出 C 中的非法访问",
    "`GOTRACEBACK=crash` 加 `ulimit -c unlimited`，然后 `gdb ./binary core` 并执行 `bt` 查看 C 栈帧",
    '注册 cgo 符号化器（`import _ "github.com/ianlancetaylor/cgosymbolizer"`），在回溯中打印 C 栈帧',
  ],
};

const OOM: Explanation = {
  title: "内存耗尽",
  what: "运行时向操作系统申请内存被拒绝，于是终止了程序。这是 Go 自己的报告；被 Linux OOM killer 或容器内存限制杀掉的进程什么都不会打印（父进程看到 `signal: killed`，退出状态 137）。",
  mechanism: [
    {
      text: "堆以用 mmap（Windows 上为 `VirtualAlloc`）映射的 arena 为单位增长。当内核拒绝时（ENOMEM：`ulimit -v`/`RLIMIT_AS` 或 `RLIMIT_DATA` 限制、禁用了内存超额分配、32 位地址空间），运行时抛出 `out of memory`（在分配器中，之前常有 `runtime: out of memory: cannot allocate N-byte block (M in use)`）或 `runtime: out of memory`（映射堆页时）。`runtime: cannot allocate memory` 和 `runtime: cannot map pages in arena address space` 是同一种失败发生在其他步骤（后者之前有 `runtime: mmap(…) returned …, errno`）。",
    },
    {
      text: "正在分配的 goroutine（协程）的调用栈（带运行时栈帧打印，因为是 `throw`）表明是谁在申请；若只有 `runtime stack:`，说明申请来自系统栈上的运行时，而下方的 goroutine 就是当时在分配内存的那个。",
    },
  ],
  causes: [
    "把整个大输入读进内存（对大请求体或大文件 `io.ReadAll`、无限增长的 `bytes.Buffer`）。",
    "只增不减的缓存或 map；泄漏的 goroutine 让其数据一直存活。",
    "用来自输入的大小分配内存（`make([]byte, n)`，n 合法但巨大）。",
    "地址空间限制（`ulimit -v`、某些容器运行时）或 32 位构建。",
  ],
  fix: "找出是什么占用了内存：崩溃前不久的堆剖析会显示出来。对大输入采用流式处理而不是整体缓冲，给缓存和队列设上限，并用 `GOMEMLIMIT`（go1.19 起）设置软限制，让 GC 在触及硬限制之前更积极地工作。",
  example: `// 用流式处理代替 io.ReadAll：
dec := json.NewDecoder(io.LimitReader(r.Body, 10<<20))

// 暴露堆剖析：
import _ "net/http/pprof"
// go tool pprof http://localhost:6060/debug/pprof/heap`,
  confirm: [
    "崩溃前执行 `go tool pprof -top http://host:6060/debug/pprof/heap`（或 `pprof.WriteHeapProfile`）",
    "`GODEBUG=gctrace=1` 在每次 GC 后打印存活堆大小",
    "检查 `ulimit -v` / `ulimit -d` 和容器的内存限制；什么都没打印时，用 `dmesg` 查看 OOM killer 的记录",
  ],
};

const RESERVATION: Explanation = {
  title: "内存位于堆的地址范围之外",
  what: "操作系统返回的内存所在地址是 Go 堆无法使用的（超出其 arena 索引覆盖的范围）。运行时无法管理它，于是终止程序。",
  mechanism: [
    {
      since: "go1.11",
      text: "堆增长时，`runtime.(*mheap).sysAlloc` 检查操作系统返回的区域是否位于可用地址空间内；否则打印 `runtime: memory allocated by OS [lo, hi) not in usable address space: <reason>` 并抛出 `memory reservation exceeds address space limit`。运行时的注释称这在大多数架构上不可能发生。",
    },
  ],
  causes: [
    "不寻常的内核或模拟器地址空间布局（某些沙箱、QEMU 之类的用户态模拟、非常老的内核）。",
    "某个移植平台或架构的地址空间比运行时预期的小。",
  ],
  fix: "在受支持的操作系统和内核上、或在模拟器之外运行程序；如果在主流平台上出现，请把前面那行 `runtime: memory allocated by OS` 一并报告给 Go 项目。",
  example: `// 程序本身无需修改：检查平台
//   uname -a; go version; go env GOOS GOARCH`,
  confirm: ["紧挨着打印在前面的 `runtime: memory allocated by OS [...]` 行给出了区域和原因。"],
};

const C_MALLOC: Explanation = {
  ...OOM,
  title: "C.malloc 内存耗尽",
  what: "`C.malloc`、`C.CString` 或 `C.CBytes` 向 C 库的 malloc 申请内存，得到了 NULL。cgo 的包装函数从不返回 nil：它会像 Go 分配器内存耗尽时那样终止程序。",
  mechanism: [
    {
      since: "go1.8",
      text: "cmd/cgo 生成 `_cgo_cmalloc`，它调用 malloc，遇到 NULL 时抛出 `runtime: C malloc failed`（见 cgo 文档中关于 `C.malloc` 的说明）。",
    },
  ],
  causes: [
    "内存确实耗尽了（查看进程的其他分配，包括 C 和 Go）。",
    "把巨大或负数的大小转换成了 `C.size_t`（`-1` 会变成 2⁶⁴-1）。",
    "C 内存从未释放：`C.CString`/`C.CBytes` 的结果没有 `C.free`。",
  ],
  fix: "释放每一次 C 分配（`defer C.free(unsafe.Pointer(p))`），并在转换为 `C.size_t` 前检查大小。",
  example: `cs := C.CString(s)
defer C.free(unsafe.Pointer(cs))`,
};

export const ZH_MEMORY: RuleTexts = {
  fault: {
    summary: (v) =>
      v.faultAddress !== undefined
        ? `Go 代码访问了地址 ${v.faultAddress}：它未被映射，且离 0 太远，不可能是 nil 指针。`
        : v.arenaAddress !== undefined
          ? `Go 代码访问了已释放 arena 中的 ${v.arenaAddress}。`
          : "Go 代码访问了一个未映射的地址，且它离 0 太远，不可能是 nil 指针。",
    explanation: FAULT,
  },
  "unexpected-signal-during-runtime": { explanation: UNEXPECTED_SIGNAL },
  "unexpected-signal-in-cgo": {
    summary: () => "经由 cgo 调用的 C 代码出错（go1.21 之前打印为意外信号）。",
    explanation: SIGNAL_IN_CGO,
  },
  "out-of-memory": {
    summary: (v) =>
      v.requested !== undefined
        ? `运行时无法再从操作系统获得 ${v.requested} 字节（已使用 ${v.inUse} 字节）。`
        : "运行时无法再从操作系统获得内存。",
    explanation: OOM,
  },
  "runtime-cannot-allocate-memory": { explanation: OOM },
  "mmap-failed-map-pages": { explanation: OOM },
  "cgo-malloc-failed": {
    summary: () => "C.malloc（或 C.CString/C.CBytes）无法从 C 分配器获得内存。",
    explanation: C_MALLOC,
  },
  "memory-reservation-exceeds": { explanation: RESERVATION },
};
