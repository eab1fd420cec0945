// 通道误用（channels.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const CONFIRM_CHANNEL = [
  "崩溃位置（`frame`）就是那次 `close` 或发送；搜索同一通道的其他所有 `close(` 调用。",
  "`go test -race ./...` 常常能显示争相关闭或发送的那几个 goroutine。",
];

const CLOSE_CLOSED: Explanation = {
  title: "关闭已关闭的通道",
  what: "对一个已经关闭的通道（channel）调用了 `close(ch)`。一个通道只能关闭一次；第二次关闭会 panic。",
  mechanism: [
    {
      text: '`runtime.closechan` 发现通道的 `closed` 标志已置位，以 `plainError("close of closed channel")`（一个 `runtime.Error`）panic。崩溃位置是第二次关闭；第一次关闭发生在别处，不在调用栈中。',
    },
  ],
  causes: [
    "多个 goroutine（协程）（工作协程、生产者）各自在结束时关闭同一个共享通道。",
    "关闭 `done` 通道的 `Close`/`Stop` 方法被调用了两次（一次由 `defer`、一次由调用方，或者由两条关停路径各调用一次）。",
    "接收方关闭通道，而发送方也会关闭它。",
  ],
  fix: "让唯一的所有者关闭通道——唯一的发送方，或者用 `sync.WaitGroup` 等待所有发送方结束的协调者。需要幂等关停时，用 `sync.Once` 包住 `close`。",
  example: `type Stopper struct {
	once sync.Once
	done chan struct{}
}

func (s *Stopper) Stop() { s.once.Do(func() { close(s.done) }) }

// 多个发送方：等它们全部结束后再关闭
go func() { wg.Wait(); close(results) }()`,
  confirm: CONFIRM_CHANNEL,
};

const SEND_CLOSED: Explanation = {
  title: "向已关闭的通道发送",
  what: "某个 goroutine 向一个已经关闭的通道发送数据。从已关闭的通道接收没有问题（得到零值）；发送则会 panic——发送阻塞期间通道被关闭时也一样。",
  mechanism: [
    {
      text: '`runtime.chansend` 在通道锁保护下检查 `closed` 标志，以 `plainError("send on closed channel")`（一个 `runtime.Error`）panic。阻塞在满通道上的发送方会被 `close` 唤醒，同样 panic。`select` 中向已关闭通道发送的分支也会这样 panic。',
    },
  ],
  causes: [
    "生产者仍在发送时，接收方（或某条关停路径）关闭了通道。",
    "在循环中启动生产者，循环结束后不等它们就关闭了通道。",
    "超时路径关闭了结果通道，而慢速的工作协程随后又向它发送。",
  ],
  fix: "只在发送方一侧、并且在所有发送方都停止之后关闭通道（对发送方用 `sync.WaitGroup`，然后 `close`）。要通知生产者停止，关闭另一个它们在 `select` 中监听的 `done` 通道（或取消 `context.Context`）。",
  example: `var wg sync.WaitGroup
for _, job := range jobs {
	wg.Add(1)
	go func() {
		defer wg.Done()
		select {
		case results <- do(job):
		case <-ctx.Done():
		}
	}()
}
go func() { wg.Wait(); close(results) }()`,
  confirm: CONFIRM_CHANNEL,
};

const CLOSE_NIL: Explanation = {
  title: "关闭 nil 通道",
  what: "对一个 nil 通道调用了 `close(ch)`——它只被声明，从未用 `make` 创建。",
  mechanism: [
    {
      text: '`runtime.closechan` 以 `plainError("close of nil channel")`（一个 `runtime.Error`）panic。向 nil 通道发送或从中接收不会 panic：而是永远阻塞（goroutine 状态为 `chan send (nil chan)` / `chan receive (nil chan)`）。',
    },
  ],
  causes: [
    "结构体的通道字段从未初始化（用了 `&Server{}`，而不是会创建 `done` 的构造函数）。",
    "为了禁用某个 `select` 分支把通道置为 nil，之后清理代码又关闭了它。",
  ],
  fix: "在构造函数中创建通道；若 nil 是合法状态，则在关闭前做 nil 检查。",
  example: `func NewServer() *Server {
	return &Server{done: make(chan struct{})}
}`,
  confirm: CONFIRM_CHANNEL,
};

export const ZH_CHANNELS: RuleTexts = {
  "close-of-closed-channel": { explanation: CLOSE_CLOSED },
  "send-on-closed-channel": { explanation: SEND_CLOSED },
  "close-of-nil-channel": { explanation: CLOSE_NIL },
};
