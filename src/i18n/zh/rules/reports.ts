// 不是标题行消息的文本：竞态检测器报告与有意获取的 goroutine 转储（reports.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const RACE: Explanation = {
  title: "数据竞争",
  what: "两个 goroutine（协程）在没有同步的情况下同时访问了同一块内存，且至少有一次是写。竞态检测器亲眼看到了这一点（它不是猜测）；报告给出了两次访问以及各自 goroutine 的启动位置。存在数据竞争时程序的行为是未定义的：值被撕裂、更新丢失，以及之后在别处崩溃。",
  mechanism: [
    {
      text: "用 `-race` 构建的程序运行在 ThreadSanitizer 之下：每次内存访问都会依据由通道操作、锁、`WaitGroup` 和原子操作构建的 happens-before 模型进行检查。发现冲突时，它打印 `WARNING: DATA RACE`、当前访问（`Read/Write at ADDR by goroutine N`）、之前与之冲突的访问，以及两个 goroutine 的创建调用栈，然后继续运行（`GORACE=halt_on_error=1` 会在第一份报告处停止）；程序最终以状态 66 退出，`go test` 则判该测试失败（`race detected during execution of test`）。",
    },
    {
      text: "调用栈经过 `runtime.mapassign`、`runtime.mapaccess` 或 `runtime.mapiterinit` 的报告是并发访问 map；不加 `-race` 时，如果这些访问恰好重叠，结局就是 `fatal error: concurrent map writes`。",
    },
  ],
  causes: [
    "一个变量（计数器、标志、缓存值）由一个 goroutine 写、另一个读，中间没有互斥锁、通道或原子操作。",
    "循环变量被多个 goroutine 捕获（go1.22 之前所有迭代共享同一个变量）。",
    "在多个 goroutine 之间共享的 map 或切片。",
    "含互斥锁的结构体被按值复制，两个 goroutine 锁住的是不同的互斥锁。",
  ],
  fix: "用同一个 `sync.Mutex` 保护共享变量，或把它改为原子类型（`atomic.Int64`、`atomic.Pointer[T]`），或通过通道传递它，使任一时刻只有一个 goroutine 拥有它。两处访问必须使用同一种保护。",
  example: `type Stats struct {
	mu   sync.Mutex
	hits map[string]int
}

func (s *Stats) Hit(k string) {
	s.mu.Lock()
	s.hits[k]++
	s.mu.Unlock()
}

var requests atomic.Int64 // 单独的计数器
requests.Add(1)`,
  confirm: [
    "`go test -race -count=1 ./...`，或 `go build -race` 后在接近真实的负载下运行服务",
    '`GORACE="halt_on_error=1 history_size=7"` 在第一次数据竞争处停止，并为之前的那次访问保留更多历史',
  ],
};

const DUMP: Explanation = {
  title: "goroutine 转储",
  what: '有意获取的、列出每个 goroutine 及其所在位置的清单（`runtime.Stack(buf, true)`、`pprof.Lookup("goroutine").WriteTo(w, 2)`、`/debug/pprof/goroutine?debug=2`），并没有发生崩溃。它回答的是“这个程序在做什么、在等什么”：泄漏表现为大量 goroutine 停在同一行，挂起表现为 goroutine 已等待了很长时间。',
  mechanism: [
    {
      text: "`runtime.Stack(buf, true)` 暂停整个程序（STW），以回溯格式打印每个 goroutine（带状态的头部，发生过一次 GC 之后还有已等待的分钟数；栈帧；`created by`）。`debug=1` 的剖析则把相同的调用栈归为一组并附上数量（`N @ pc…`）。",
    },
  ],
  causes: [
    "goroutine 泄漏：goroutine 永远阻塞在没有人发送的通道、锁，或没有截止时间的网络读取上。",
    "挂起：主要工作在等待某个永远不会到来的东西。",
  ],
  fix: "从在同一处等待的最大一组 goroutine 和等待时间最长的那些入手；找出应该唤醒它们的东西（一次发送、一次 `close`、一次 `Unlock`、一次 `context` 取消、一个截止时间），并确保每条路径都会做到。",
  example: `select {
case out <- v:
case <-ctx.Done(): // 给每个阻塞的发送留一条出路
	return ctx.Err()
}`,
  confirm: [
    "间隔一段时间取两份转储：不断变大的组就是泄漏",
    "`go tool pprof -top 'http://host:6060/debug/pprof/goroutine'` 按调用栈统计 goroutine 数量",
  ],
};

/** The race report's access kinds in Chinese; anything else is shown as it is. */
function access(op: string | undefined): string {
  return op === "read" ? "读" : op === "write" ? "写" : (op ?? "内存访问");
}

function who(goroutine: string | undefined): string {
  return goroutine === "the main goroutine" ? "主 goroutine" : (goroutine ?? "某个 goroutine");
}

export const ZH_REPORTS: RuleTexts = {
  "data-race": {
    summary: (v) =>
      v.previousOp !== undefined
        ? `${who(v.goroutine)} 的一次${access(v.op)}与 ${who(v.previousGoroutine)} 的一次${access(v.previousOp)}发生了竞争${v.location !== undefined ? `（${v.location}）` : ""}。`
        : `${who(v.goroutine)} 的一次${access(v.op)}与另一个 goroutine 发生了竞争。`,
    explanation: RACE,
  },
  "goroutine-dump": { explanation: DUMP },
  "goroutine-profile": { explanation: DUMP },
};
