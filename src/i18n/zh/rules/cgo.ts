// cgo：指针传递检查、runtime.Pinner、cgo.Handle、回调、Windows 回调、SetCgoTraceback
// （cgo.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const POINTER_CHECK: Explanation = {
  title: "违反了 Go 指针传递规则（cgocheck）",
  what: "Go 内存以 cgo 指针规则禁止的方式交给了 C：传给 C 的 Go 指针所指向的内存本身又含有（未固定的）Go 指针；从 C 调用的 Go 函数返回了这样的指针；或者（在 `cgocheck=2` 下）把 Go 指针存进了 C 内存。当 Go 的垃圾回收器（GC）不再知道这些内部指针时，C 代码仍可能保留或使用它们。",
  mechanism: [
    {
      text: "在 `GODEBUG=cgocheck=1`（默认）下，运行时检查每次 cgo 调用的每个参数（`runtime.cgoCheckPointer`）以及导出给 C 的 Go 函数的每个返回值（`cgoCheckResult`），违规时以 `runtime.Error` panic。`cgocheck=2` 的写屏障检查（go1.21 起为 `GOEXPERIMENT=cgocheck2`）抛出 `Go pointer stored into non-Go memory`。",
    },
    {
      until: "go1.20",
      text: "消息为：`cgo argument has Go pointer to Go pointer`、`cgo result has Go pointer`、`Go pointer stored into non-Go memory`。",
    },
    {
      since: "go1.21",
      text: "允许用 `runtime.Pinner` 固定的指针，消息中改为 `unpinned`：`cgo argument has Go pointer to unpinned Go pointer`、`unpinned Go pointer stored into non-Go memory`；go1.22 起还有 `cgo result is unpinned Go pointer or points to unpinned Go pointer`。",
    },
    {
      since: "go1.26",
      text: "消息会给出值的种类和函数：`argument of cgo function has Go pointer to unpinned Go <kind>`、`<file>:<line>: result of Go function <name> called from cgo is unpinned Go <kind> or points to unpinned Go <kind>`。",
    },
  ],
  causes: [
    "把指向含有指针、切片、字符串或 map 的 Go 结构体的指针传给了 C（`&cfg`，而 `cfg` 有一个 `string` 字段）。",
    "传递了 `[]*T` 或 `[][]byte` 的 `&slice[0]`。",
    "从 `//export` 导出的函数把 Go 内存返回给了 C。",
  ],
  fix: "把 C 需要的东西复制到 C 内存中（`C.malloc`、`C.CString`），只传递扁平的 Go 内存（`[]byte` 的 `&buf[0]`），用 `runtime.Pinner`（go1.21 起）固定必须共享的对象，或者传递整数 `cgo.Handle` 而不是指针。",
  example: `// C 只保存句柄，从不保存 Go 指针：
h := cgo.NewHandle(obj)
C.register(C.uintptr_t(h))
// 在回调中：obj := cgo.Handle(h).Value().(*Obj)；之后调用 h.Delete()

var p runtime.Pinner
p.Pin(&data)
defer p.Unpin()
C.process(unsafe.Pointer(&data))`,
  confirm: [
    "崩溃位置就是那次 cgo 调用（`_Cfunc_` 栈帧的调用方），或消息中给出的导出函数。",
    "`GOEXPERIMENT=cgocheck2 go build` 还会检查对 C 内存的存储（代价高，用于测试）。",
  ],
};

const CGOCHECK2: Explanation = {
  title: "运行时不再支持 GODEBUG=cgocheck=2",
  what: "程序以 `GODEBUG=cgocheck=2` 启动。go1.21 起，这项代价高昂的写屏障检查只能在编译时启用；在运行时请求它会让程序在启动时就终止。",
  mechanism: [
    {
      since: "go1.21",
      text: "`runtime.parsedebugvars` 抛出 `cgocheck > 1 mode is no longer supported at runtime. Use GOEXPERIMENT=cgocheck2 at build time instead.`",
    },
  ],
  causes: ["旧的部署或 CI 配置中设置了 `GODEBUG=cgocheck=2`。"],
  fix: "从 GODEBUG 中去掉 `cgocheck=2`；需要完整检查时用 `GOEXPERIMENT=cgocheck2` 构建。",
  example: `# 代替 GODEBUG=cgocheck=2 ./app
GOEXPERIMENT=cgocheck2 go build -o app . && ./app`,
  confirm: ["在程序运行的环境中执行 `echo $GODEBUG`"],
};

const PINNER: Explanation = {
  title: "runtime.Pinner 使用错误",
  what: "`runtime.Pinner`（go1.21 起）收到了它无法固定的东西——nil、非指针、arena 内存、非 Go 指针——或者一个仍持有已固定对象的 `Pinner` 在没有 `Unpin` 的情况下变得不可达。",
  mechanism: [
    {
      since: "go1.21",
      text: "`(*Pinner).Pin` 以 `runtime.Error` panic：`runtime.Pinner: argument is nil`、`argument is not a pointer: T`、`object was allocated into an arena`；`runtime.Pinner.Pin: argument is not a Go pointer`（仅 go1.21；之后的版本忽略非 Go 指针），`tried to unpin non-Go pointer`（go1.22 起）。`Pinner` 被回收时若仍持有固定，其终结器会以 `runtime.Pinner: found leaking pinned pointer; forgot to call Unpin()?` panic。",
    },
  ],
  causes: [
    "固定的是值而不是它的地址（`p.Pin(x)` 而不是 `p.Pin(&x)`）。",
    "`Pinner` 存放在短生命周期的变量中，却没有 `defer p.Unpin()`。",
  ],
  fix: "只固定指向 Go 内存的指针，并在 `Pinner` 不再使用之前 `Unpin`（通常用 `defer`）。",
  example: `var p runtime.Pinner
defer p.Unpin()
p.Pin(&buf[0])`,
  confirm: [
    "崩溃位置就是那次 `Pin`/`Unpin` 调用；泄漏导致的 panic 来自终结器 goroutine（协程），所以要搜索没有 `Unpin` 的 `Pinner`。",
  ],
};

const CGO_CALLBACK: Explanation = {
  title: "从 C 回调 Go 的方式不合法",
  what: "C 代码在不允许的地方调用了 Go：来自声明为 `#cgo nocallback` 的 C 函数（go1.22 起），或者在任何 cgo 调用完成运行时初始化之前就在某个线程上调用（`cgo callback before cgo call`）。",
  mechanism: [
    {
      since: "go1.22",
      text: "当前 cgo 调用被声明为 `nocallback` 时，`runtime.cgocallbackg` 以 `runtime: function marked with #cgo nocallback called back into Go` panic。",
    },
    {
      text: "程序尚未进行任何 cgo 调用（运行时的 cgo 支持未初始化）时，C 创建的线程调用了 Go，`runtime.needm` 写出 `fatal error: cgo callback before cgo call` 并退出。",
    },
  ],
  causes: [
    "给一个实际上会调用导出 Go 函数的 C 函数加了 `#cgo nocallback` 注解。",
    "C 库在构造函数中（`main` 还没进行 cgo 调用之前）从它自己的线程调用 Go 回调。",
  ],
  fix: "从会回调的函数上去掉 `#cgo nocallback`；在 C 可能从自己的线程调用 Go 之前，先进行一次（任意的）cgo 调用。",
  example: `/*
// #cgo nocallback compute   <- 仅当 compute 从不调用 Go 时
void compute(void);
*/
import "C"`,
  confirm: ["调用 Go 的那些 C 栈帧不会被打印；检查 C 库的回调。"],
};

const HANDLE: Explanation = {
  title: "cgo.Handle 使用错误",
  what: "`runtime/cgo.Handle` 在 `Delete` 之后仍被使用（或从未用 `NewHandle` 创建），或者创建的句柄超出了句柄空间允许的数量。",
  mechanism: [
    {
      since: "go1.17",
      text: "对未知句柄，`Handle.Value`/`Delete` 以 `runtime/cgo: misuse of an invalid Handle` panic；计数器回绕时，`NewHandle` 以 `runtime/cgo: ran out of handle space` panic。",
    },
  ],
  causes: [
    "Go 这一侧删除了句柄，而 C 仍在用它回调，或者删除了两次。",
    "每次调用都创建句柄却从不删除（泄漏，直到空间耗尽）。",
  ],
  fix: "每个句柄在 C 用完之后恰好删除一次。",
  example: `h := cgo.NewHandle(state)
defer h.Delete() // 在 C 不再使用它之后
C.run(C.uintptr_t(h))`,
  confirm: ["搜索 `NewHandle` 和 `Delete` 调用，把它们一一配对。"],
};

const WINDOWS_CALLBACK: Explanation = {
  title: "syscall.NewCallback 使用错误（Windows）",
  what: "`syscall.NewCallback`/`NewCallbackCDecl` 收到了一个它无法包装的函数（参数或返回值类型不对），或者程序创建的回调超过了固定上限（2000 个）。回调永远不会被释放。",
  mechanism: [
    {
      text: "`runtime.compileCallback` 以描述错误签名的 `compileCallback: …` panic，达到上限时抛出 `too many callback functions`（一个致命错误）。",
    },
  ],
  causes: [
    "每次调用都新建一个回调，而不是只建一次。",
    "回调函数的参数或返回值不是 `uintptr` 大小。",
  ],
  fix: "每个回调只创建一次（包级变量），参数为 `uintptr` 大小，且只有一个 `uintptr` 返回值。",
  example: `var enumProc = syscall.NewCallback(func(hwnd, lparam uintptr) uintptr {
	return 1
})`,
  confirm: ["崩溃位置就是那次 `NewCallback` 调用。"],
};

const TRACEBACK_SETUP: Explanation = {
  title: "runtime.SetCgoTraceback 使用错误",
  what: "`runtime.SetCgoTraceback` 被调用了两次，或者传入了它不支持的版本。",
  mechanism: [
    {
      since: "go1.7",
      text: "`runtime.SetCgoTraceback` 以 `call SetCgoTraceback only once` 或 `unsupported version` panic。",
    },
  ],
  causes: ["导入了两个 cgo 符号化器包（每个都会注册自己）。"],
  fix: "只导入一个 cgo 回溯/符号化器包。",
  example: `import _ "github.com/ianlancetaylor/cgosymbolizer" // 只导入一个`,
  confirm: ["`go list -deps . | grep -i symbolizer`"],
};

export const ZH_CGO: RuleTexts = {
  "cgo-arg-unpinned-pointer": { explanation: POINTER_CHECK },
  "cgo-result-unpinned-pointer": { explanation: POINTER_CHECK },
  "cgo-write-barrier": { explanation: POINTER_CHECK },
  "cgocheck2-runtime-setting": { explanation: CGOCHECK2 },
  "pinner-nil": { explanation: PINNER },
  "pinner-not-pointer": { explanation: PINNER },
  "pinner-arena": { explanation: PINNER },
  "pinner-non-go": { explanation: PINNER },
  "pinner-leak": { explanation: PINNER },
  "pinner-go-pointer-legacy": { explanation: PINNER },
  "cgo-nocallback": { explanation: CGO_CALLBACK },
  "cgo-callback-before-cgo-call": { explanation: CGO_CALLBACK },
  "cgo-handle-invalid": { explanation: HANDLE },
  "cgo-handle-exhausted": { explanation: HANDLE },
  "windows-callback": { explanation: WINDOWS_CALLBACK },
  "windows-callback-limit": { explanation: WINDOWS_CALLBACK },
  "cgo-traceback-setup": { explanation: TRACEBACK_SETUP },
};
