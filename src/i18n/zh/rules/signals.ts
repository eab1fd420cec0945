// 致命信号转储，以及运行时对信号投递方式的检查（signals.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";
import { SIGNAL_IN_CGO } from "./memory.js";

const SIGQUIT: Explanation = {
  title: "SIGQUIT goroutine 转储",
  what: "进程收到了 SIGQUIT——`kill -QUIT <pid>`、终端里的 Ctrl-\\，或者 `go test` 杀掉了一个超时仍在运行的测试二进制——并且按 Go 程序的默认行为打印了所有 goroutine（协程）然后退出。程序本身并没有崩溃：这份转储是每个 goroutine 当时在做什么的快照。",
  mechanism: [
    {
      text: "SIGQUIT 在运行时的信号表中带有 `_SigThrow`：除非程序为它调用了 `signal.Notify`，`sighandler` 会打印 `SIGQUIT: quit`、`PC=… m=… sigcode=0`（0 表示由某个进程发送）、`system` 级别的所有 goroutine（运行时栈帧和运行时 goroutine、pc/sp，go1.22 起还有 `gp=`/`m=`）以及寄存器，然后以状态 2 退出（`GOTRACEBACK=crash` 时还会发出 SIGABRT 并生成核心转储）。",
    },
  ],
  causes: [
    "有人想查看一个挂起或缓慢的程序而请求了转储（最常见的原因）。",
    "`go test` 杀掉了一个超时后仍未停止的测试二进制（`*** Test killed with quit: ran too long`）。",
    "进程管理器或容器运行时把 SIGQUIT 用作停止信号。",
  ],
  fix: "从转储中找出卡住的地方：大量 goroutine 在同一处等待、阻塞了许多分钟的 goroutine，以及主 goroutine 在等什么。若想不杀进程就获取转储，可以提供 `/debug/pprof/goroutine?debug=2`（net/http/pprof），或在你 `Notify` 的某个信号上写出 `runtime.Stack(buf, true)`。",
  example: `import _ "net/http/pprof"

go http.ListenAndServe("localhost:6060", nil)
// curl 'localhost:6060/debug/pprof/goroutine?debug=2' > dump.txt
// panicscope dump.txt`,
  confirm: [
    "`curl localhost:6060/debug/pprof/goroutine?debug=2` 能在不停止程序的情况下给出同样的转储",
    "间隔一分钟取两份转储，就能看出哪些 goroutine 一动不动",
  ],
};

const FATAL_SIGNAL: Explanation = {
  title: "致命信号",
  what: "程序收到了一个 Go 不会转成 panic 的信号——SIGABRT、SIGILL、SIGTRAP、SIGSYS，或（go1.21 起）发生在 Go 代码之外的 SIGSEGV/SIGBUS/SIGFPE——运行时在退出前打印了所有 goroutine 和寄存器。",
  mechanism: [
    {
      text: "`runtime.sighandler` 发现 `_SigThrow`（或一个无法转成 panic 的同步错误），于是调用 `fatalsignal`：打印信号名、`PC=… m=… sigcode=…`（go1.22 起错误类信号还有 `addr=`）、收到信号的 goroutine、系统级别的所有 goroutine，然后是寄存器。`sigcode=0` 表示由另一个进程发送（`kill`）；`sigcode=18446744073709551610`（`SI_TKILL`）表示进程给自己发了信号，通常是 `abort()`。",
    },
    {
      text: "在 Windows 上，同样的转储以 `Exception 0xc0000005 …`（异常码；0xc0000005 是访问违例）开头，而不是信号名。",
    },
  ],
  causes: [
    "SIGABRT 由进程管理器发送，或由 C 代码通过 `abort()`/`assert()` 触发（此时查看 cgo 栈帧）。",
    "SIGILL：CPU 不支持的指令（二进制构建时的 GOAMD64 级别高于机器所支持的，或代码已损坏）。",
    "运行时或汇编代码在系统栈上发生 SIGSEGV。",
  ],
  fix: "读懂信号及其代码：由进程发送（sigcode=0）就去找是谁发的；由进程自身触发就看崩溃线程的栈帧。对于 SIGILL，对照目标 CPU 检查 `GOAMD64`/`GOARM`。",
  example: `# 目标机器较老时，按基线 CPU 级别构建：
GOAMD64=v1 go build ./...`,
  confirm: [
    "`go version -m ./binary` 显示构建设置（其中包括 GOAMD64）",
    "查看 `dmesg` 和进程管理器的日志，找出是谁发送的信号",
  ],
};

const SIGNAL_SETUP: Explanation = {
  title: "信号以 Go 无法处理的方式到达",
  what: "信号到达了 Go 运行时无法使用的线程或栈：C 代码安装的处理函数没有 `SA_ONSTACK`、C 代码禁用了信号栈、在 `fork` 期间收到信号，或者信号落在 Go 不认识的线程上。运行时无法在那里安全地运行 Go 代码，于是终止。",
  mechanism: [
    {
      text: "`runtime.sigtrampgo` 检查处理函数所在的栈：先打印 `signal N received but handler not on signal stack`，然后是 `fatal error: non-Go code set up signal handler without SA_ONSTACK flag`，或 `non-Go code disabled sigaltstack`；信号在 fork 与 exec 之间落到子进程时为 `signal received during fork`；找不到 Go 状态时直接写出 `fatal: bad g in signal handler` 然后退出。",
    },
  ],
  causes: [
    "某个（经由 cgo 使用的）C 库安装了自己的信号处理函数却没有 `SA_ONSTACK`（崩溃上报器、JVM、某些数据库驱动）。",
    "C 代码创建线程并以 `SS_DISABLE` 调用 `sigaltstack`。",
  ],
  fix: "配置该 C 库不要插手信号，或以 `SA_ONSTACK` 安装处理函数；也可以在 Go 运行时启动之前安装 C 的处理函数，并链式调用 Go 的处理函数。",
  example: `/*
struct sigaction sa = {0};
sa.sa_flags = SA_ONSTACK | SA_SIGINFO; // 与 Go 共享进程时必需
*/
import "C"`,
  confirm: [
    "检查 cgo 依赖中的 `sigaction`/`signal` 调用；`strace -f -e trace=rt_sigaction ./binary` 能显示是谁在安装处理函数",
  ],
};

/** The diagnosis names the sender in English (diagnosis.ts); said in Chinese here. */
function sender(meaning: string | undefined): string {
  return meaning === undefined || meaning === "sent by another process"
    ? "由另一个进程发送"
    : meaning;
}

export const ZH_SIGNALS: RuleTexts = {
  "sigquit-dump": {
    summary: (v) => `进程收到了 SIGQUIT（${sender(v.senderMeaning)}），并转储了它的 goroutine。`,
    explanation: SIGQUIT,
  },
  "signal-in-cgo": {
    summary: (v) => `${v.signal} 到达时，该 goroutine 正在运行 C 代码。`,
    explanation: SIGNAL_IN_CGO,
  },
  "fatal-signal": {
    summary: (v) => `程序死于 ${v.signal}，这是一个 Go 不会转成 panic 的信号。`,
    explanation: FATAL_SIGNAL,
  },
  "sa-onstack": { explanation: SIGNAL_SETUP },
  "sigaltstack-disabled": { explanation: SIGNAL_SETUP },
  "signal-during-fork": { explanation: SIGNAL_SETUP },
  "bad-g-in-signal-handler": { explanation: SIGNAL_SETUP },
};
