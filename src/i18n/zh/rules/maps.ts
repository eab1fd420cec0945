// map：向 nil map 写入、不可哈希的键，以及 map 自身写标志发现的并发访问（maps.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const NIL_MAP: Explanation = {
  title: "向 nil map 的条目赋值",
  what: "程序向一个从未创建的映射（map）写入（`var m map[K]V`，或保持为 nil 的结构体字段）。对 nil map 读取、`range` 遍历和删除都没有问题；写入则会 panic，因为根本没有可写入的哈希表。",
  mechanism: [
    {
      text: '`m[k] = v` 编译为 `runtime.mapassign*`（go1.24 起为 `internal/runtime/maps`），当 map 指针为 nil 时它以 `plainError("assignment to entry in nil map")` panic：这是一个不带 `runtime error:` 前缀的 `runtime.Error`。',
    },
  ],
  causes: [
    "含 map 字段的结构体以字面量或零值构造（`&Cache{}`、`var s Stats`），却没有为 map 调用 `make`。",
    "map 类型的包级变量或返回值只声明、从未 `make`。",
    "嵌套 map（`map[string]map[string]int`）在执行 `m[a][b] = v` 之前没有创建内层 map。",
    "JSON 解码到结构体时键不存在，map 字段保持为 nil，随后又向它写入。",
  ],
  fix: "在构造值的地方创建 map（构造函数中，或在第一次写入前惰性创建）；嵌套 map 的内层 map 在首次使用时创建。",
  example: `type Cache struct{ items map[string]Item }

func NewCache() *Cache { return &Cache{items: make(map[string]Item)} }

inner, ok := m[a]
if !ok {
	inner = make(map[string]int)
	m[a] = inner
}
inner[b]++`,
  confirm: [
    "崩溃位置（`frame`）就是那条赋值语句；该行的 map 为 nil。",
    "`staticcheck ./...`（SA5000）会报告对可证明为 nil 的 map 的赋值。",
  ],
};

const UNHASHABLE: Explanation = {
  title: "接口中的类型不可哈希或不可比较",
  what: "一个动态类型无法用 `==` 比较的值（切片、map、函数，或包含它们的结构体、数组）被用在了 Go 需要在运行时比较或哈希它的地方：作为接口类型的 map 键，或在两个接口之间做 `==`。由于静态类型是接口，编译器放行了。",
  mechanism: [
    {
      text: "比较接口会调用 `runtime.efaceeq`/`ifaceeq`，对接口类型的键求哈希会调用 `runtime.typehash`/`interhash`；当动态类型不支持相等比较时，它们以 `runtime error: comparing uncomparable type T` 或 `runtime error: hash of unhashable type T`（一个 `runtime.Error`）panic。",
    },
  ],
  causes: [
    "向 `map[any]V` 或 `map[SomeInterface]V` 传入切片或 map 作为键（例如解码得到的 JSON 数组）。",
    "对两个装着切片或含切片字段结构体的 `any`/`error` 值使用 `==`（`errors.Is` 只对可比较的目标回退到 `==`，手写的比较则不会这样小心）。",
    "受 `comparable` 约束的泛型代码以接口类型实例化（go1.20 起允许），随后收到一个不可比较的值。",
  ],
  fix: "改用可比较的键（切片的字符串形式、数组，或由可比较字段组成的结构体），或用 `reflect.DeepEqual`/`slices.Equal` 代替 `==`。",
  example: `key := strings.Join(parts, "\\x00") // 不要把 []string 当作 map 键
seen[key] = true

if reflect.DeepEqual(a, b) { // 接口里装着切片时，不要写 a == b
	...
}`,
  confirm: [
    "消息中给出了动态类型；崩溃位置就是那次 map 操作或比较。",
    "`go vet ./...` 看不出这个问题（静态类型是接口）；用导致崩溃的值写一个测试即可复现。",
  ],
};

const CONCURRENT: Explanation = {
  title: "并发访问 map",
  what: "两个 goroutine（协程）同时使用了同一个 map，且至少有一个在写。Go 的 map 不是并发安全的；运行时发现了这次重叠并终止程序，因为被并发写入的 map 可能在无声无息中损坏。`recover` 无法捕获。",
  mechanism: [
    {
      text: "每个 map 都有一个 `hashWriting` 标志，写操作进行期间会置位。写操作发现该标志已置位时报告 `concurrent map writes`，读操作报告 `concurrent map read and map write`，遍历报告 `concurrent map iteration and map write`，`maps.Clone` 报告 `concurrent map clone and map write`（go1.21 起）。这项检查只是尽力而为：只有两次操作在时间上重叠时才会触发，所以没有出现这个错误并不代表 map 的使用是安全的。",
    },
    {
      until: "go1.18",
      text: "以 `throw` 报告：崩溃的 goroutine 会显示运行时的 map 栈帧（`runtime.mapassign_faststr`、`runtime.throw`）及其 pc/sp，并打印所有 goroutine。",
    },
    {
      since: "go1.19",
      until: "go1.25",
      text: "以 `fatal` 报告：崩溃的 goroutine 上没有运行时栈帧，但会打印所有 goroutine，因此常常能看到另一方。",
    },
    {
      since: "go1.24",
      text: "map 实现为 `internal/runtime/maps` 中的 Swiss 表：错误来自 `internal/runtime/maps.fatal`，正在执行 map 操作的其他 goroutine 即使在默认回溯级别下也会显示 `internal/runtime/maps.*` 栈帧。`small map with no empty slot (concurrent map writes?)`（go1.24–go1.26）是同一种竞争，只是表现为小 map 损坏而被发现。",
    },
    {
      since: "go1.26",
      text: "`fatal` 遵循 GOTRACEBACK：默认级别下只打印崩溃的 goroutine。用 `GOTRACEBACK=all` 运行才能看到其他 goroutine。",
    },
  ],
  causes: [
    "被多个 HTTP 处理函数、工作协程或回调共享的 map（缓存、注册表、计数 map）没有加锁。",
    "在 `RLock` 下读取 map，而别处写入时没有 `Lock`，或者只持有 `RLock` 就写入。",
    "map 被循环中启动的多个 goroutine 捕获，或者含 map 的结构体按值复制，导致其互斥锁不再保护它。",
    "一个 goroutine 遍历 map（或用 encoding/json、fmt 编码它）时，另一个 goroutine 在更新它。",
  ],
  fix: "用同一个 `sync.Mutex`（或 `sync.RWMutex`，只读时用 `RLock`）保护对该 map 的每一次访问，或者把 map 交给单个 goroutine 管理、其他 goroutine 通过通道与它通信。`sync.Map` 适合一次写入、多次读取的 map，或各 goroutine 写入互不相交的键集合的场景。",
  example: `type Cache struct {
	mu    sync.RWMutex
	items map[string]Item
}

func (c *Cache) Get(k string) (Item, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	it, ok := c.items[k]
	return it, ok
}

func (c *Cache) Put(k string, it Item) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = it
}`,
  confirm: [
    "`go test -race ./...` 或 `go run -race .` 会报告两次访问及各自的调用栈，即使它们在时间上并未重叠。",
    "`GOTRACEBACK=all`（go1.26 起）会打印其他 goroutine；在 go1.23 及更早版本中，`GOTRACEBACK=system` 还会显示运行时的 map 栈帧。",
  ],
};

export const ZH_MAPS: RuleTexts = {
  "nil-map-assignment": { explanation: NIL_MAP },
  "hash-of-unhashable-type": {
    summary: (v) => `类型为 ${v.type} 的值被用作接口类型的 map 键。`,
    explanation: UNHASHABLE,
  },
  "comparing-uncomparable-type": {
    summary: (v) => `两个装着 ${v.type} 的接口值用 == 做了比较。`,
    explanation: UNHASHABLE,
  },
  "concurrent-map-writes": {
    summary: () => "两个 goroutine 同时写入了同一个 map。",
    explanation: CONCURRENT,
  },
  "concurrent-map-read-write": {
    summary: () => "一个 goroutine 读取 map 时，另一个 goroutine 正在写入它。",
    explanation: CONCURRENT,
  },
  "concurrent-map-iteration-write": {
    summary: () => "一个 goroutine 用 range 遍历 map 时，另一个 goroutine 正在写入它。",
    explanation: CONCURRENT,
  },
  "concurrent-map-clone-write": {
    summary: () => "克隆 map（maps.Clone）时，另一个 goroutine 正在写入它。",
    explanation: CONCURRENT,
  },
  "small-map-no-empty-slot": {
    summary: () => "写入途中发现一个小 map 已满：两个 goroutine 同时写入了它。",
    explanation: CONCURRENT,
  },
};
