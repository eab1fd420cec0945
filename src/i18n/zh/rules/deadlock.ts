// 调度器发现的全程序死锁（deadlock.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const DEADLOCK: Explanation = {
  title: "所有 goroutine 都在休眠：死锁",
  what: "程序的每个 goroutine（协程）都被阻塞——在通道、互斥锁、WaitGroup 或 select 上——而且再也没有什么能唤醒其中任何一个：没有正在运行的 goroutine、没有待触发的定时器、没有进行中的系统调用。运行时检测到这一点并终止了程序。没有哪个 goroutine 崩溃：答案在于每个 goroutine 在哪里等待。",
  mechanism: [
    {
      text: "最后一个运行中的线程进入空闲时，`runtime.checkdead` 统计用户 goroutine；如果它们全都在等待且没有到期的定时器，就报告死锁。它会打印所有 goroutine（`checkdead` 运行在系统栈上，没有可用来限制输出的当前 goroutine），每个都带有等待原因：`chan receive`、`chan send`、`select`、`sync.Mutex.Lock`（go1.20 起；之前为 `semacquire`）、`sync.WaitGroup.Wait`（go1.24 起；之前为 `semacquire`）、`chan receive (nil chan)`、`select (no cases)`。",
    },
    {
      text: "这种检测是保守的：只要程序里还有任何可能唤醒 goroutine 的东西——`time.Sleep` 或定时器、处于系统调用或 cgo 调用中的 goroutine、在网络轮询器中等待的监听器——程序就会一直挂起而不报告。使用 cgo 构建的程序常常永远不会报告死锁。",
    },
    {
      until: "go1.18",
      text: "以 `throw` 报告，并做了标记，使得与后续版本一样只打印程序自己的 goroutine（go1.19 起改为 `fatal`）。",
    },
  ],
  causes: [
    "向无缓冲通道发送却没有接收方（或接收却没有发送方），常见的是主 goroutine 等待一个结果，而出错的工作协程永远不会发送它。",
    "`wg.Wait()` 对应的 `Add` 没有配对的 `Done`（错误路径上跳过了 `Done`，或在 goroutine 内部调用 `Add`）。",
    "同一个 goroutine 对 `sync.Mutex` 加锁两次（Go 的互斥锁不可重入），或两个 goroutine 以相反的顺序获取两把锁。",
    "对一个没有人关闭的通道做 `range`。",
    "用 nil 通道（从未 `make`）发送或接收：会永远阻塞。",
  ],
  fix: "查看每个 goroutine 在哪里等待（下方列出了它们对应的代码行），找出缺失的另一方：永远不会发生的发送、接收、`Done`、`Unlock` 或 `close`。确保每条路径——包括错误路径——都会发送、关闭、调用 `Done`（`defer wg.Done()`）或 `Unlock`（`defer mu.Unlock()`）。",
  example: `results := make(chan int)
var wg sync.WaitGroup
for _, job := range jobs {
	wg.Add(1) // 在 go 之前调用，不要放进 goroutine 内部
	go func() {
		defer wg.Done() // 每条路径都会执行
		results <- work(job)
	}()
}
go func() { wg.Wait(); close(results) }() // 这样 range 才会结束
for r := range results {
	fmt.Println(r)
}`,
  confirm: [
    "打印出的 goroutine 及其等待原因就是全貌；panicscope 会把相同的等待归为一组，并为每组指出程序中对应的代码行。",
    "`go vet ./...`（`copylocks` 检查）能发现按值复制的互斥锁和 WaitGroup，这是常见原因。",
    "对于没有被报告的挂起：`kill -QUIT <pid>`（或 Ctrl-\\）会打印同样的 goroutine 转储。",
  ],
};

const GOEXIT: Explanation = {
  title: "主 goroutine 调用了 runtime.Goexit",
  what: "主 goroutine 执行了 `runtime.Goexit`（直接调用，或经由会调用它的 `t.FailNow`/`log` 辅助函数），随后其他所有 goroutine 都结束或阻塞了。在 `main` 中调用 `Goexit` 并不会结束程序：它会等待其他 goroutine，当一个都不剩时，运行时就报告这个错误。",
  mechanism: [
    {
      text: "`runtime.checkdead` 发现没有任何用户 goroutine 在运行或等待（主 goroutine 已经通过 `Goexit` 退出），于是报告 `no goroutines (main called runtime.Goexit) - deadlock!`。",
    },
  ],
  causes: [
    "在 `main` 中调用 `runtime.Goexit()`，想要“安静地退出”。",
    "在测试之外、在主 goroutine 上使用了会调用 `t.FailNow`/`t.SkipNow` 的测试辅助函数。",
  ],
  fix: "用 `os.Exit(code)` 或从 `main` 返回来结束程序。",
  example: `func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1) // 不要用 runtime.Goexit()
	}
}`,
  confirm: ["搜索从 `main` 可达的 `runtime.Goexit` 和 `FailNow` 调用。"],
};

export const ZH_DEADLOCK: RuleTexts = {
  "all-goroutines-asleep": {
    summary: (v) =>
      v.goroutines === "1"
        ? "程序唯一的 goroutine 永远阻塞了，再没有什么能唤醒它。"
        : `程序的${v.goroutines === undefined ? "全部" : `全部 ${v.goroutines} 个`} goroutine 都永远阻塞了；没有一个能唤醒其他的。`,
    explanation: DEADLOCK,
  },
  "goexit-deadlock": { explanation: GOEXIT },
};
