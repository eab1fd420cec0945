// 操作系统线程与锁定的 goroutine（threads.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const EXHAUSTION: Explanation = {
  title: "操作系统线程过多",
  what: "程序需要的操作系统线程超过了它能拥有的数量：要么超过了 Go 自己的上限（默认 10 000，见 `debug.SetMaxThreads`），要么操作系统拒绝再创建一个线程（`ulimit -u`、容器的 `pids` 限制，或线程栈所需的内存）。Go 把 goroutine（协程）调度在少数几个线程上，但每个阻塞在系统调用或 cgo 调用中的 goroutine 都会独占一个线程。",
  mechanism: [
    {
      text: "当 M 的数量超过 `sched.maxmcount` 时，`runtime.checkmcount` 打印 `runtime: program exceeds N-thread limit` 并抛出 `thread exhaustion`。",
    },
    {
      text: "当 `clone`/`pthread_create` 失败时，`newosproc` 打印 `runtime: failed to create new OS thread (have N already; errno=E)`（errno 11 即 EAGAIN：进程/线程数限制），在 Linux 上还会打印 `runtime: may need to increase max user processes (ulimit -u)`，然后抛出 `newosproc`。",
    },
  ],
  causes: [
    "成千上万个 goroutine 同时阻塞在阻塞式系统调用中：慢速或挂起的文件系统（NFS、FUSE）上的文件 I/O，或会阻塞的 C 调用（cgo）。",
    "调用了 `runtime.LockOSThread` 然后阻塞的 goroutine，每个都占住一个线程。",
    "容器或 systemd 单元的 `pids.max`/`TasksMax` 过低，或运行大量进程的用户的 `ulimit -u` 过低。",
  ],
  fix: "限制同时处于阻塞式系统调用或 cgo 调用中的 goroutine 数量（信号量或工作池），修复挂起的文件系统或 C 调用，只有在线程数确实合理时才提高操作系统限制。",
  example: `sem := make(chan struct{}, 64) // 最多 64 个并发的阻塞调用
for _, f := range files {
	sem <- struct{}{}
	go func() {
		defer func() { <-sem }()
		process(f)
	}()
}`,
  confirm: [
    "运行时统计线程数：`ls /proc/PID/task | wc -l`，或 `go tool pprof http://host:6060/debug/pprof/threadcreate`",
    "`ulimit -u`、`cat /sys/fs/cgroup/pids.max`（容器）、`systemctl show -p TasksMax UNIT`",
    "运行时获取 goroutine 转储（`kill -QUIT`）：大量处于 `[syscall]` 的 goroutine 显示了线程被占在哪里",
  ],
};

const LOCK_NESTING: Explanation = {
  title: "LockOSThread 嵌套过深",
  what: "在同一个 goroutine 上，`runtime.LockOSThread` 的调用次数比 `UnlockOSThread` 多了约 40 亿次：嵌套计数器溢出了。每次调用都必须与一次 `UnlockOSThread` 配对。",
  mechanism: [
    {
      since: "go1.10",
      text: "go1.10 起 `LockOSThread` 调用可以嵌套（一个计数器 `m.lockedExt`）；计数器回绕时，`runtime.LockOSThread` 以 `LockOSThread nesting overflow` panic。",
    },
  ],
  causes: [
    "在长期运行的 goroutine 中，循环调用或每个请求都调用 `LockOSThread`，却没有 `UnlockOSThread`。",
  ],
  fix: "在同一个函数中，为每次 `LockOSThread` 配一个用 `defer` 延迟执行的 `UnlockOSThread`。",
  example: `runtime.LockOSThread()
defer runtime.UnlockOSThread()`,
  confirm: ["在代码中搜索没有对应 `defer runtime.UnlockOSThread()` 的 `LockOSThread` 调用。"],
};

const LOCKED_EXIT: Explanation = {
  title: "运行时将 goroutine 锁定在线程上时，该 goroutine 退出了",
  what: "某个 goroutine 结束了（返回或调用了 `runtime.Goexit`），而运行时自己正把它锁定在其操作系统线程上。这发生在从 C 调用的 Go 代码中（cgo 回调）：该 goroutine 属于那个 C 线程，不能就这样结束。",
  mechanism: [
    {
      since: "go1.23",
      text: "`runtime.goexit0` 打印 `runtime: mp.lockedInt = N` 并抛出 `exited a goroutine internally locked to the OS thread`。",
    },
    {
      since: "go1.24",
      text: "在由 C 创建的线程（额外的 M）上，文本为 `runtime.Goexit called in a thread that was not created by the Go runtime`。",
    },
  ],
  causes: [
    "在导出给 C、由 C 回调的函数中调用了 `runtime.Goexit`。",
    "测试中的 cgo 回调里调用了 `t.FailNow`、`t.Fatal`、`t.SkipNow`（它们会调用 `Goexit`）。",
  ],
  fix: "从 C 调用的 Go 函数应正常返回；用返回值报告失败，而不是用 `Goexit`/`t.FailNow`。",
  example: `//export onData
func onData(p *C.char) C.int {
	if err := handle(C.GoString(p)); err != nil {
		return -1 // 不要用 runtime.Goexit()
	}
	return 0
}`,
  confirm: ["崩溃 goroutine 的调用栈在退出的那个 Go 函数之下显示了 `runtime.cgocallback`。"],
};

export const ZH_THREADS: RuleTexts = {
  "thread-exhaustion": {
    summary: (v) =>
      v.threadLimit !== undefined
        ? `程序超过了它的 ${v.threadLimit} 个线程的上限。`
        : "程序超过了它的线程数上限。",
    explanation: EXHAUSTION,
  },
  newosproc: {
    summary: (v) =>
      v.errno !== undefined
        ? `操作系统拒绝再创建线程（errno ${v.errno}${v.threads !== undefined ? `，已有 ${v.threads} 个线程` : ""}）。`
        : "操作系统拒绝再创建线程。",
    explanation: EXHAUSTION,
  },
  "lockosthread-nesting-overflow": { explanation: LOCK_NESTING },
  "exited-locked-goroutine": { explanation: LOCKED_EXIT },
  "goexit-foreign-thread": { explanation: LOCKED_EXIT },
};
