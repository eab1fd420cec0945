// 下标与切片表达式越界（bounds.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const CONFIRM_BOUNDS = [
  "打开崩溃位置（上面的 `frame`），把该行的每个下标和切片表达式与消息中打印的数值逐一对照。",
  "用导致崩溃的输入写一个测试；`go test -run TestName -v ./pkg` 可以单独复现它。",
  "`go vet ./...` 能发现一部分常量下标越界；模糊测试（`go test -fuzz=FuzzX`）能找出依赖输入的越界。",
];

const INDEX: Explanation = {
  title: "下标越界",
  what: "下标表达式 `a[i]` 使用的下标为负数，或不小于切片、数组或字符串的长度。Go 在运行时检查每一次下标访问（除非编译器能证明它安全），越界时 panic，而不是读到末尾之外。",
  mechanism: [
    {
      since: "go1.13",
      text: "编译器在访问前插入边界检查；检查失败时调用 `runtime.panicIndex`（无符号下标为 `panicIndexU`），以 `runtime.boundsError` panic，打印为 `index out of range [i] with length n`。有符号的负下标打印时不带长度：`index out of range [-1]`。",
    },
    {
      until: "go1.12",
      text: "go1.13 之前，同样的检查以不带下标和长度的 `index out of range` panic：只能靠崩溃位置判断是哪个表达式出错。",
    },
  ],
  causes: [
    "读取空切片的第一个元素（`s[0]`）：结果为空、`strings.Split` 得到的字段为空、没有命令行参数（`os.Args[1]`）。",
    "循环边界差一（`i <= len(s)`），或用另一个切片的长度算出的下标。",
    "多个 goroutine（协程）共享的切片被一方缩短，另一方同时在按下标访问（数据竞争）。",
    "`strings.Index`/`bytes.IndexByte` 返回的 `-1` 未经检查就用作下标。",
  ],
  fix: "下标访问前先检查长度，并想清楚空输入或过短输入对调用方意味着什么（返回错误，而不是盲目取下标）。下标来自查找结果时，先判断是否为 -1。",
  example: `if len(args) < 2 {
	return fmt.Errorf("usage: %s FILE", args[0])
}
name := args[1]

if i := strings.Index(s, ":"); i >= 0 {
	key, value = s[:i], s[i+1:]
}`,
  confirm: CONFIRM_BOUNDS,
};

const SLICE: Explanation = {
  title: "切片边界越界",
  what: "切片表达式 `s[low:high]` 或 `s[low:high:max]` 的边界不合法：每个边界都必须在 0 到容量之间（字符串和数组为长度），并且 `low <= high <= max`。",
  mechanism: [
    {
      since: "go1.13",
      text: "编译器在构造切片头之前检查边界，失败时调用 `runtime.panicSlice*`。消息说明是哪项检查失败：`[:h] with capacity c`（上界超过容量）、`[:h] with length n`（超过字符串或数组的长度）、`[l:h]`（下界大于上界）；三下标切片中的 `[::m] with capacity c`、`[:h:m]`（上界大于 max）、`[l:h:]`（下界大于上界）；负边界单独打印，例如 `[-1:]`。",
    },
    {
      until: "go1.12",
      text: "go1.13 之前，所有这类失败都只打印 `slice bounds out of range`，不带任何数值。",
    },
  ],
  causes: [
    "从比预期短的输入中截取固定长度的前缀或头部（`buf[:4]`、`s[:n]`）。",
    "`Read` 返回的字节数或从输入读出的长度字段，未与实际读到的数据核对就直接使用。",
    "由两次查找分别算出 `low` 和 `high`（`s[i:j]` 而 `j < i`），例如结束分隔符出现在起始分隔符之前。",
    "本 goroutine 切片时，另一个 goroutine 正在复用或截短同一个切片（数据竞争）。",
  ],
  fix: "切片前用 `len`（或 `cap`）校验边界，把过短的输入当作错误处理。对于 `Read`，按返回的字节数切片（`buf[:n]`）；需要固定长度时使用 `io.ReadFull`。",
  example: `if len(buf) < headerSize {
	return nil, fmt.Errorf("short header: %d bytes", len(buf))
}
hdr := buf[:headerSize]

n, err := r.Read(buf)
data := buf[:n] // 绝不要写 buf[:size]`,
  confirm: CONFIRM_BOUNDS,
};

const CONVERT: Explanation = {
  title: "切片太短，无法转换为数组",
  what: "把切片转换为数组或数组指针（`[N]T(s)`、`(*[N]T)(s)`）时，切片中的元素少于 N 个。这种转换至少需要 N 个元素，否则 panic。",
  mechanism: [
    {
      since: "go1.20",
      text: "两种转换都已存在（切片转数组自 go1.20 起），共用检查 `runtime.panicSliceConvert`：`cannot convert slice with length n to array or pointer to array with length N`。",
    },
    {
      since: "go1.17",
      until: "go1.19",
      text: "只有切片转数组指针（go1.17 引入）；消息为 `cannot convert slice with length n to pointer to array with length N`。",
    },
  ],
  causes: [
    "从比预期短的输入中转换出固定长度的密钥、哈希值或头部。",
    "某次读取返回的字节数不足，却仍假定 `len(s) == N`。",
  ],
  fix: "转换前检查 `len(s) >= N`，或者用 `copy(arr[:], s)` 复制到数组中——它只复制已有的元素，不会 panic。",
  example: `if len(b) < 32 {
	return errors.New("key must be 32 bytes")
}
key := [32]byte(b)`,
  confirm: CONFIRM_BOUNDS,
};

const IN_RUNTIME: Explanation = {
  title: "运行时内部的边界检查失败",
  what: "边界检查在运行时自身的代码中失败（这些代码不允许 panic），因此运行时直接 `throw` 而不是 panic。以 `fatal error:` 开头、不带数值的原始文本（`index out of range`、`slice bounds out of range` 等）标志着这种情况。",
  mechanism: [
    {
      since: "go1.13",
      text: "当出错的 PC 位于 `runtime` 包内时，`runtime.panicCheck1` 把边界检查失败变成 `throw(<text>)`：这是运行时的缺陷，或者运行时的内存被 `unsafe` 代码、cgo 或数据竞争破坏了。",
    },
  ],
  causes: [
    "内存损坏：误用 `unsafe.Pointer`、C 代码写入 Go 内存、切片或接口上的数据竞争。",
    "运行时缺陷（少见；用最上面几个运行时栈帧去 Go 的问题跟踪系统里搜索）。",
  ],
  fix: "先排查内存损坏：用 `-race` 运行测试，用 `-gcflags=all=-d=checkptr` 构建，并检查 cgo 代码。如果程序没有问题，把完整输出报告给 Go 项目。",
  example: `// 用竞态检测器和指针检查运行程序或其测试：
//   go test -race -gcflags=all=-d=checkptr ./...`,
  confirm: [
    "`go test -race ./...` 或 `go run -race .`",
    "`go build -gcflags=all=-d=checkptr`，检查 `unsafe.Pointer` 转换",
    "`GODEBUG=invalidptr=1`（默认）与 `GODEBUG=gccheckmark=1`，更早发现坏指针",
  ],
};

export const ZH_BOUNDS: RuleTexts = {
  "index-out-of-range": {
    summary: (v) => `对长度为 ${v.length} 的切片、数组或字符串使用了下标 ${v.index}。`,
    explanation: INDEX,
  },
  "index-out-of-range-negative": {
    summary: (v) => `使用了负下标（${v.index}）。`,
    explanation: INDEX,
  },
  "index-out-of-range-legacy": {
    summary: () => "下标越界（go1.13 之前的 Go 不打印是哪个下标）。",
    explanation: INDEX,
  },
  "slice-bounds-alen": {
    summary: (v) => `切片表达式在长度为 ${v.length} 的字符串或数组上取了 [:${v.high}]。`,
    explanation: SLICE,
  },
  "slice-bounds-acap": {
    summary: (v) => `切片表达式在容量为 ${v.capacity} 的切片上取了 [:${v.high}]。`,
    explanation: SLICE,
  },
  "slice-bounds-b": {
    summary: (v) => `下界 ${v.low} 大于上界 ${v.high}。`,
    explanation: SLICE,
  },
  "slice3-bounds-alen": {
    summary: (v) => `三下标切片在长度为 ${v.length} 的数组上取了 max ${v.max}。`,
    explanation: SLICE,
  },
  "slice3-bounds-acap": {
    summary: (v) => `三下标切片在容量为 ${v.capacity} 的切片上取了 max ${v.max}。`,
    explanation: SLICE,
  },
  "slice3-bounds-b": {
    summary: (v) => `在 s[:${v.high}:${v.max}] 中，上界大于 max。`,
    explanation: SLICE,
  },
  "slice3-bounds-c": {
    summary: (v) => `在 s[${v.low}:${v.high}:…] 中，下界大于上界。`,
    explanation: SLICE,
  },
  "slice-bounds-negative": {
    summary: (v) => `切片表达式使用了负边界：[${v.form}]。`,
    explanation: SLICE,
  },
  "slice-bounds-legacy": {
    summary: () => "切片边界越界（go1.13 之前的 Go 不打印是哪个边界）。",
    explanation: SLICE,
  },
  "slice-to-array-conversion": {
    summary: (v) => `长度为 ${v.length} 的切片被转换为长度为 ${v.arrayLength} 的数组。`,
    explanation: CONVERT,
  },
  "slice-to-array-pointer-conversion-legacy": {
    summary: (v) => `长度为 ${v.length} 的切片被转换为指向长度为 ${v.arrayLength} 的数组的指针。`,
    explanation: CONVERT,
  },
  "bounds-throw-in-runtime": {
    summary: (v) => `运行时检查（${v.check}）在运行时自身内部失败。`,
    explanation: IN_RUNTIME,
  },
};
