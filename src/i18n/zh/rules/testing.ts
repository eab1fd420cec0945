// go test 自身的 panic（testing.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const TIMEOUT: Explanation = {
  title: "go test 超时",
  what: "测试二进制的运行时间超过了它的 `-timeout`（默认 10 分钟），`testing` 包终止了它。这个 panic 来自一个定时器 goroutine（协程），而不是来自测试本身：关键在于正在运行的测试的 goroutine 阻塞在哪里，所有 goroutine 的转储会显示这一点。",
  mechanism: [
    {
      text: '`testing.(*M).startAlarm` 设置一个 `time.AfterFunc`；它触发时，把回溯级别提升到 `all`（`debug.SetTraceback("all")`），并以 `test timed out after D` panic。所有 goroutine 都会被打印，崩溃的那个是闹钟（`testing.(*M).startAlarm.func1`，由 `time.goFunc` 创建）。',
    },
    {
      since: "go1.20",
      text: "panic 值列出仍在运行的测试及其已运行时长：`running tests:` 之后每行一个 `TestName (duration)`（go1.23 起以制表符缩进：该版本起，多行 panic 值的后续行都会缩进）。",
    },
    {
      text: "如果测试二进制在它自己的截止时间之后一分钟内仍未退出，`go test` 会用 SIGQUIT 杀掉它（`*** Test killed with quit: ran too long`），此时打印的是 SIGQUIT goroutine 转储。",
    },
  ],
  causes: [
    "测试永远阻塞：在等待被测代码永远不会释放的通道、`WaitGroup` 或锁（由于定时器或网络轮询器还活着，运行时看不出这是死锁）。",
    "没有超时的网络调用或子进程。",
    "测试只是慢，或者一个包里有很多慢测试，超出了默认的 10 分钟上限。",
  ],
  fix: "查看每个正在运行的测试的 goroutine 在哪里等待（panicscope 连同代码行一起列出），修复它所等待的东西。给网络调用和子进程调用设置截止时间（`context.WithTimeout`，go1.24 起可用 `t.Context()`），只对确实耗时很长的测试调大 `-timeout`。",
  example: `func TestFetch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := client.Fetch(ctx, url); err != nil {
		t.Fatal(err)
	}
}
// go test -run TestFetch -timeout 30s ./pkg`,
  confirm: [
    "`go test -run 'TestName$' -timeout 30s -v ./pkg` 能更快地复现",
    "`go test -race`，看看被阻塞的代码是否存在数据竞争",
    "正在运行的测试及其 goroutine 列在下方；`t.Deadline()` 告诉测试它还剩多少时间",
  ],
};

const NIL_OR_GOEXIT: Explanation = {
  title: "测试以 panic(nil) 或 runtime.Goexit 结束",
  what: "某个测试函数的 goroutine 结束了，但测试并没有正常完成：它直接调用了 `runtime.Goexit`，或者以 nil 值 panic（go1.21 之前），或者子测试在父测试的 `t` 上调用了 `FailNow`/`Fatal`。",
  mechanism: [
    {
      text: "`testing.tRunner` 发现测试没有完成，报告 `test executed panic(nil) or runtime.Goexit`（若很可能是该原因，还会附上 `: subtest may have called FailNow on a parent test`）。",
    },
  ],
  causes: [
    "在 `t.Run` 子测试中对外层测试的 `t` 调用了 `t.Fatal`/`t.FailNow`。",
    "被测代码调用了 `runtime.Goexit`。",
    "在 go1.21 之前的 Go 中（或设置了 `GODEBUG=panicnil=1`）执行了 `panic(nil)`。",
  ],
  fix: "在 `t.Run(name, func(t *testing.T) {…})` 内部使用子测试自己的 `t`（遮蔽外层的 `t`）；不要在被测代码中调用 `runtime.Goexit`。",
  example: `t.Run("case", func(t *testing.T) { // 用这个 t，而不是父测试的
	if err := check(); err != nil {
		t.Fatal(err)
	}
})`,
  confirm: ["在失败的测试中搜索对从外层测试捕获的 `t` 调用的 `FailNow`/`Fatal`。"],
};

const AFTER_COMPLETE: Explanation = {
  title: "测试完成之后仍在记录日志或标记失败",
  what: "测试函数返回之后，由测试启动的某个 goroutine 调用了 `t.Log`、`t.Error`、`t.Fail`（或写入了 `t.Output()`）。测试结果已经报告过了，因此 `testing` 包 panic。",
  mechanism: [
    {
      since: "go1.7",
      text: "`testing.(*common).logDepth`/`Fail` 检查测试是否已结束，并以 `Log in goroutine after TestX has completed: <message>` 或 `Fail in goroutine after TestX has completed` panic；go1.25 增加了 `Output called after …` 和 `Write called after …`。",
    },
  ],
  causes: [
    "测试中启动的 goroutine 没有被等待（没有 `WaitGroup`，没有通道），它稍后结束时写了日志。",
    "测试返回后仍在运行的服务器或客户端，其日志写向 `t`。",
  ],
  fix: "返回前等待测试启动的每个 goroutine（`sync.WaitGroup`、用 `t.Cleanup` 停止服务器），并且不要从长期运行的后台代码向 `t` 写日志。",
  example: `var wg sync.WaitGroup
wg.Add(1)
go func() {
	defer wg.Done()
	t.Log(work())
}()
wg.Wait()`,
  confirm: ["panic 的那个 goroutine 是由消息中指明的测试创建的（见 `created by` 行）。"],
};

export const ZH_TESTING: RuleTexts = {
  "test-timeout": {
    summary: (v) =>
      v.running !== undefined
        ? `go test 在 ${v.after} 后终止了测试二进制；仍在运行：${v.running}。`
        : `go test 在 ${v.after} 后终止了测试二进制。`,
    explanation: TIMEOUT,
  },
  "test-panic-nil-or-goexit": { explanation: NIL_OR_GOEXIT },
  "test-log-after-complete": {
    summary: (v) => `${v.test} 的某个 goroutine 在 ${v.test} 返回之后仍使用了它的 t。`,
    explanation: AFTER_COMPLETE,
  },
};
