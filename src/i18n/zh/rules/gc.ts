// 垃圾回收器发现的堆损坏、终结器与清理函数、arena（gc.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const CONFIRM_CORRUPTION = [
  "`go test -race ./...`（或在负载下运行以 `-race` 构建的服务）",
  "`go build -gcflags=all=-d=checkptr`，检查 `unsafe.Pointer` 转换",
  "`GODEBUG=gccheckmark=1` 重新校验 GC 的标记；`GODEBUG=clobberfree=1` 让释放后使用更早失败",
  "不用 cgo（`CGO_ENABLED=0`）或更新 C 库之后还能复现吗？如果每次运行出错的位置都随机变化，则怀疑硬件（运行内存测试）。",
];

const HEAP_CORRUPTION: Explanation = {
  title: "垃圾回收器发现堆损坏",
  what: "垃圾回收器（GC）在标记或清扫时发现了一个不可能有效的指针（指向未分配的内存，或指向已释放的对象），或者清扫期间分配计数反而增加了。堆已经与 GC 对它的认知不一致：有东西在 Go 背后改写了内存。`recover` 无法捕获。",
  mechanism: [
    {
      text: "GC 检查它扫描的每个指针（`runtime.findObject`）；在 `GODEBUG=invalidptr=1`（默认）下，指向未分配 span 的指针会打印 `runtime: pointer 0x… to unallocated span …` 和 `runtime: found in object at *(base+offset)`，接着转储该对象，并抛出 `found bad pointer in Go heap (incorrect use of unsafe or cgo?)`。清扫器在打印 `runtime: marked free object in span …` 之后抛出 `found pointer to free object`（一个已释放的对象仍然可达：释放后使用），还有 `sweep increased allocation count`。",
    },
    {
      text: "被打印出来的 goroutine（协程）往往是无辜的——它只是发现坏指针时正在执行（或协助）GC 的那个。对象转储会用 `<==` 标出持有坏指针的字段。",
    },
  ],
  causes: [
    "接口、切片、字符串或 map 上的数据竞争：被撕裂的写入留下一个与其类型或长度不匹配的指针。",
    "误用 `unsafe.Pointer`：对象被释放后又把 `uintptr` 转回指针，或把 Go 指针藏在 `uintptr` 字段中（GC 看不见）。",
    "C 代码（cgo）在调用结束后仍保留 Go 指针，或写越了 Go 缓冲区。",
    "少数情况下是运行时或编译器缺陷，或内存故障。",
  ],
  fix: "把它当作内存损坏而不是 GC 的缺陷：在竞态检测器和 checkptr 下复现，审查涉及对象转储中所给类型的 `unsafe` 与 cgo 代码，并让 Go 指针始终对 GC 可见。",
  example: `// 错误：GC 看不到通过 uintptr 保存的 p
// type node struct{ next uintptr }
type node struct{ next *node }`,
  confirm: CONFIRM_CORRUPTION,
};

const FINALIZER: Explanation = {
  title: "终结器或清理函数使用错误",
  what: "调用 `runtime.SetFinalizer` 或 `runtime.AddCleanup`（go1.24 起）时传入了它无法使用的参数——不是指向分配起始处的指针、类型不对的终结器、已经设置过的终结器、会让自身对象一直存活的清理函数——或者（go1.25 起，`GODEBUG=checkfinalizers=1`）运行时发现了永远不会运行的清理函数或终结器。",
  mechanism: [
    {
      text: "`runtime.SetFinalizer` 抛出 `runtime.SetFinalizer: <problem>`（致命错误，不是 panic）：`first argument is T, not pointer`、`pointer not at beginning of allocated block`、`cannot pass T to finalizer F`、`finalizer already set` 等。",
    },
    {
      since: "go1.24",
      text: "`runtime.AddCleanup` 以 `runtime.AddCleanup: ptr is nil`、`ptr is equal to arg, cleanup will never run` 等 panic（可恢复）。",
    },
    {
      since: "go1.25",
      text: "在 `GODEBUG=checkfinalizers=1` 下，GC 会列出其清理函数或终结器闭包引用了对象自身的那些对象，并抛出 `detected possible issues with cleanups and/or finalizers`。",
    },
  ],
  causes: [
    "在值上而不是指针上设置终结器，或在指向字段（而非对象起始处）的指针上设置。",
    "终结器函数的参数类型与对象的指针类型不匹配。",
    "清理函数或终结器闭包引用了它的对象，导致该对象永远不会变得不可达。",
  ],
  fix: "传入由 `new`/`&T{}` 返回的指针，以及参数恰好是该类型的函数；对于清理函数，把它需要的东西作为 `arg` 传入，绝不要传对象本身。",
  example: `f := &File{fd: fd}
runtime.AddCleanup(f, func(fd int) { syscall.Close(fd) }, f.fd) // arg 是 fd，不是 f`,
  confirm: ["`GODEBUG=checkfinalizers=1`（go1.25 起）会报告永远不会运行的清理函数和终结器"],
};

const ARENA: Explanation = {
  title: "arena 使用错误",
  what: "实验性的 `arena` 包（`GOEXPERIMENT=arenas`，go1.20 起）被用错了：一个 arena 被释放两次、对不支持的类型调用 `Clone`，或以负容量创建切片。",
  mechanism: [
    {
      since: "go1.20",
      text: "运行时的用户 arena 代码以 `arena double free`、`arena: Clone only supports pointers, slices, and strings`、`userArena.slice: negative cap` 等 panic。使用已释放 arena 的内存会以 `accessed data from freed user arena` 出错。",
    },
  ],
  causes: [
    "在两个地方对同一个 arena 调用 `Free`（一次 `defer` 加一次显式调用）。",
    "在 `Free` 之后仍保留在 arena 中分配的值。",
  ],
  fix: "在最后一次使用其中分配的任何东西之后，恰好释放每个 arena 一次；必须比 arena 活得更久的值用 `arena.Clone` 复制出来。",
  example: `a := arena.NewArena()
defer a.Free() // 只在这里释放
v := arena.New[T](a)
keep := arena.Clone(v) // Free 之后仍然有效`,
  confirm: ["搜索对同一个 arena 的 `Free()` 调用。"],
};

const GODEBUG_REMOVED: Explanation = {
  title: "已移除的 GODEBUG 设置",
  what: "环境中把某个 GODEBUG 选项设成了它的旧行为，但这个 Go 版本已经移除了该选项：旧行为不复存在，所以程序拒绝启动，而不是悄悄忽略这个设置。",
  mechanism: [
    {
      since: "go1.27",
      text: '启动时，运行时对照已移除的设置检查 GODEBUG，并以 `removed GODEBUG "name" set to old value "value" in environment (https://go.dev/doc/godebug#go-1NN)` 调用 `fatal`，其中给出了移除它的版本。',
    },
  ],
  causes: ["部署配置（Dockerfile、systemd 单元、CI）中保留了早先某次 Go 升级时设置的 GODEBUG 值。"],
  fix: "从 GODEBUG（以及 `//go:debug` 行）中删除该设置，并按链接页面所述让程序适应当前的行为。",
  example: `# 删除旧设置：
GODEBUG= ./app`,
  confirm: ["`go env GODEBUG` 和进程环境变量；链接到的 go.dev/doc/godebug 章节解释了这项变化"],
};

export const ZH_GC: RuleTexts = {
  "found-bad-pointer-in-heap": { explanation: HEAP_CORRUPTION },
  "found-pointer-to-free-object": { explanation: HEAP_CORRUPTION },
  "sweep-increased-allocation-count": { explanation: HEAP_CORRUPTION },
  "gc-internal-corruption": { explanation: HEAP_CORRUPTION },
  "setfinalizer-errors": {
    summary: (v) => `runtime.SetFinalizer 拒绝了它的参数：${v.problem}。`,
    explanation: FINALIZER,
  },
  "addcleanup-errors": { explanation: FINALIZER },
  "cleanup-finalizer-check": { explanation: FINALIZER },
  "arena-panics": { explanation: ARENA },
  "removed-godebug": {
    summary: (v) => `GODEBUG ${v.setting}=${v.value} 要求的是 go1.${v.release} 已移除的行为。`,
    explanation: GODEBUG_REMOVED,
  },
};
