// sync 与 sync/atomic 的误用，以及 testing/synctest 气泡的误用（sync.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const UNLOCK: Explanation = {
  title: "对未加锁的互斥锁解锁",
  what: "对一个并未以该模式加锁的 `sync.Mutex`/`sync.RWMutex` 调用了 `Unlock`（或 `RUnlock`）。此后这把锁的状态对所有使用它的 goroutine（协程）都是错的，因此运行时终止程序；`recover` 无法捕获。",
  mechanism: [
    {
      until: "go1.18",
      text: "`sync` 以 `throw` 报告（`sync.throw` 栈帧，运行时栈帧带 pc/sp）。",
    },
    {
      since: "go1.19",
      text: "`sync` 以 `fatal` 报告（栈帧 `sync.fatal`），这是归咎于程序本身的致命错误：没有运行时栈帧；go1.25 及之前打印所有 goroutine，go1.26 起在默认 GOTRACEBACK 下只打印当前 goroutine。",
    },
    {
      since: "go1.24",
      text: "`sync.Mutex` 的实现移到了 `internal/sync`：栈帧显示为 `internal/sync.fatal` 和 `internal/sync.(*Mutex).unlockSlow`。`RWMutex` 仍在 `sync` 中（`sync.fatal`、`sync.(*RWMutex).RUnlock`）。",
    },
  ],
  causes: [
    "一次加锁对应了两次解锁：显式的 `Unlock` 加上 `defer mu.Unlock()`，或者在没有加锁的提前返回路径上解锁。",
    "持有互斥锁的结构体被按值复制（值接收者、`range` 循环中的副本）：解锁的是副本，而加锁的是原件。",
    "`Lock` 之后调用 `RUnlock`（或 `RLock` 之后调用 `Unlock`）——模式必须一致。",
    "在 panic 过程中运行的延迟调用里解锁，而负责加锁的代码根本没有执行到。",
  ],
  fix: "紧跟在 `Lock` 之后用 `defer` 解锁，别处不再解锁；包含互斥锁的类型使用指针接收者。`go vet` 能发现锁的复制。",
  example: `func (c *Counter) Inc() { // 指针接收者：不会复制 c.mu
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}`,
  confirm: [
    "`go vet ./...`（`copylocks`）会报告按值传递或复制的互斥锁。",
    "崩溃位置就是那次错误的 `Unlock`；在同一路径上查找同一把锁的另一次 `Unlock`。",
  ],
};

const INCONSISTENT: Explanation = {
  title: "互斥锁状态不一致",
  what: "`sync.Mutex` 发现自己的状态字处于正确使用时绝不会出现的组合。有 `Lock`/`Unlock` 之外的东西改写了互斥锁的内存。",
  mechanism: [
    {
      text: "当饥饿位、加锁位与等待者计数相互矛盾时，`(*Mutex).lockSlow` 抛出（`throw`）`sync: inconsistent mutex state`（go1.24 起位于 `internal/sync`）。",
    },
  ],
  causes: [
    "内存损坏：包含互斥锁的结构体上存在数据竞争（例如在持锁期间对结构体整体重新赋值 `*s = S{}`）、`unsafe` 写入，或 C 代码写入了 Go 内存。",
    "互斥锁在使用中被复制（副本带着更新了一半的状态）。",
  ],
  fix: "运行竞态检测器；在互斥锁可能被持有时，绝不要对结构体重新赋值或复制它。",
  example: `// 错误：在其他 goroutine 使用期间重置了互斥锁
// *s = State{}
s.mu.Lock()
s.items = nil
s.mu.Unlock()`,
  confirm: ["`go test -race ./...`", "`go vet ./...`（`copylocks`）"],
};

const WAITGROUP: Explanation = {
  title: "WaitGroup 使用错误",
  what: "`sync.WaitGroup` 的计数器被用错了：`Done` 调用次数多于 `Add`（计数器变为负数）、`Add` 与一个已看到计数为零的 `Wait` 发生竞争，或者上一轮 `Wait` 尚未返回就把 `WaitGroup` 用于新一轮。",
  mechanism: [
    {
      text: "计数器降到零以下时，`(*WaitGroup).Add`（以及即 `Add(-1)` 的 `Done`）以 `sync: negative WaitGroup counter` panic；当某个 `Wait` 正在进行时，一个正数 `Add` 开始新的计数，则以 `sync: WaitGroup misuse: Add called concurrently with Wait` panic；`Wait` 以 `sync: WaitGroup is reused before previous Wait has returned` panic。这些都是普通 panic（`recover` 可以捕获），发生在调用 `Done`/`Add`/`Wait` 的那个 goroutine 中。",
    },
  ],
  causes: [
    "一个任务调用了两次 `Done`（`defer wg.Done()` 加上错误路径上显式的 `wg.Done()`）。",
    "只 `Add(1)` 一次，却在循环的每次迭代中调用 `Done`；或 `Add(len(a))` 却按另一个切片的元素调用 `Done`。",
    "在新启动的 goroutine 内部而不是 `go` 之前调用 `wg.Add(1)`（与 `Wait` 竞争）。",
    "在循环中复用 `WaitGroup`，而上一轮的 goroutine 仍在调用 `Done`。",
  ],
  fix: "在启动 goroutine 之前调用 `Add`，并把 `defer wg.Done()` 作为其第一条语句，其余地方不再调用。go1.25 起，`wg.Go(func() { … })` 同时完成这两件事。",
  example: `for _, item := range items {
	wg.Add(1)
	go func() {
		defer wg.Done()
		process(item)
	}()
}
wg.Wait()

// go1.25+:
// wg.Go(func() { process(item) })`,
  confirm: [
    "崩溃位置就是那次 `Done`/`Add`/`Wait` 调用；数一数每条路径上的 `Add` 与 `Done` 调用。",
    "`go test -race ./...` 会报告 `Add` 与 `Wait` 之间的竞争。",
  ],
};

const COPIED: Explanation = {
  title: "sync 值被复制或为 nil",
  what: "`sync.Cond` 在被复制后仍被使用，或在 nil 的 `*Pool` 上调用了 `sync.Pool` 的方法。`sync` 包的类型在首次使用后不得复制，其方法需要一个真实的值。",
  mechanism: [
    {
      text: "`sync.Cond` 会记住自己的地址（`copyChecker`），当方法在副本上运行时以 `sync.Cond is copied` panic；`(*Pool).Get`/`Put` 在 nil 接收者上以 `nil Pool` panic（go1.22 起的消息）。",
    },
  ],
  causes: [
    "包含 `sync.Cond` 的结构体被按值传递或返回，或存放在值切片中后被复制。",
    "`*sync.Pool` 字段保持为 nil。",
  ],
  fix: "把 `sync` 值放在通过指针使用的结构体中，并初始化 `Pool` 指针（或直接嵌入 `sync.Pool` 值）。",
  example: `type Queue struct {
	mu   sync.Mutex
	cond *sync.Cond // 或者用 sync.Cond，并且处处使用 *Queue
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}`,
  confirm: ["`go vet ./...`（`copylocks`）会报告 `sync.Cond` 及其他含锁值的复制。"],
};

const ATOMIC: Explanation = {
  title: "sync/atomic 使用错误",
  what: "`atomic.Value` 收到了 `nil`，或收到一个与首次存入的值具体类型不同的值；或者在未按 8 字节对齐的变量上做了 64 位原子操作（32 位平台）。",
  mechanism: [
    {
      text: "`atomic.Value.Store`/`Swap`/`CompareAndSwap` 以 `sync/atomic: store of nil value into Value` 或 `… of inconsistently typed value into Value` panic：每次存入的值都必须与第一次的类型相同。",
    },
    {
      text: "在 386、ARM 和 32 位 MIPS 上，64 位原子操作要求 8 字节对齐；否则运行时以 `unaligned 64-bit atomic operation` panic。分配出的结构体、数组或切片的第一个字是对齐的；位于 32 位字段之后的字段则未必。",
    },
  ],
  causes: [
    "向同一个 `atomic.Value` 存入不同的错误类型（或 nil 接口）。",
    "用 `atomic.AddInt64` 更新的 `int64`/`uint64` 结构体字段排在 `int32` 或 `bool` 字段之后，并为 32 位目标构建。",
  ],
  fix: "在一个 `atomic.Value` 中只存一种具体类型（把不同变体包进一个结构体），或改用带类型的 `atomic.Pointer[T]`；使用总是对齐的 `atomic.Int64`/`atomic.Uint64`（go1.19 起）。",
  example: `type Stats struct {
	flag  bool
	count atomic.Int64 // 在所有平台上都对齐（go1.19+）
}

var cfg atomic.Pointer[Config]
cfg.Store(&Config{})`,
  confirm: ["`GOARCH=386 go test ./...` 可以在 64 位机器上复现对齐问题"],
};

const SYNCTEST: Explanation = {
  title: "testing/synctest 气泡误用或死锁",
  what: "在 `testing/synctest` 气泡（测试的假时间沙箱）中，要么属于气泡的通道、定时器或 `WaitGroup` 被气泡外部使用，要么气泡中的所有 goroutine 都阻塞了，再没有什么能推动假时钟前进。",
  mechanism: [
    {
      since: "go1.24",
      text: "在气泡中创建的通道、定时器以及（go1.25 起）`WaitGroup` 都绑定到该气泡；从外部操作它们是致命错误（`… synctest channel from outside bubble`）。当气泡中所有 goroutine 都持久阻塞且没有定时器能触发时，`synctest.Test`/`Run` 以 `deadlock: all goroutines in bubble are blocked`（或 `main bubble goroutine has exited but blocked goroutines remain`）panic。",
    },
    {
      since: "go1.25",
      text: "goroutine 头部显示 `synctest bubble N`，阻塞的 goroutine 带有 `(durable)` 标记（go1.24 在 `GOEXPERIMENT=synctest` 下打印 `synctest group N`）。",
    },
  ],
  causes: [
    "在气泡内创建的通道或定时器被交给了在气泡外启动的 goroutine（共享的服务器、包级别的工作协程）。",
    "气泡中的 goroutine 在等待 I/O 或气泡外永远不会到来的东西，导致假时钟无法前进。",
  ],
  fix: "在气泡内部创建测试中各 goroutine 共享的一切，并在气泡内用内存中的替身（`net.Pipe`）代替真实 I/O。",
  example: `synctest.Test(t, func(t *testing.T) {
	ch := make(chan int) // 在气泡内创建，只在气泡内使用
	go producer(ch)
	synctest.Wait()
	...
})`,
  confirm: [
    "标有 `synctest bubble N` 的 goroutine 头部就是气泡的成员；标有 `(durable)` 的是在气泡内阻塞的。",
  ],
};

export const ZH_SYNC: RuleTexts = {
  "sync-unlock-unlocked-mutex": { explanation: UNLOCK },
  "sync-runlock-unlocked-rwmutex": { explanation: UNLOCK },
  "sync-unlock-unlocked-rwmutex": { explanation: UNLOCK },
  "sync-inconsistent-mutex-state": { explanation: INCONSISTENT },
  "sync-negative-waitgroup": {
    summary: () => "WaitGroup 的 Done() 调用次数多于 Add()。",
    explanation: WAITGROUP,
  },
  "sync-waitgroup-add-during-wait": { explanation: WAITGROUP },
  "sync-waitgroup-reused": { explanation: WAITGROUP },
  "sync-cond-copied": { explanation: COPIED },
  "sync-nil-pool": { explanation: COPIED },
  "sync-atomic-value": { explanation: ATOMIC },
  "unaligned-64bit-atomic": { explanation: ATOMIC },
  "sync-waitgroup-synctest": { explanation: SYNCTEST },
  "synctest-outside-bubble": { explanation: SYNCTEST },
  "synctest-deadlock": { explanation: SYNCTEST },
};
