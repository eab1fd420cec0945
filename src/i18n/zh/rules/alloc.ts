// 运行时拒绝的分配大小（alloc.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const CONFIRM_SIZE = [
  "打印崩溃位置（`frame`）那一行传入的长度或容量；它要么是负数，要么大得离谱。",
  "用导致崩溃的输入写一个测试即可复现；`go test -fuzz` 能找出被过分信任的大小字段。",
];

const MAKE_SIZE: Explanation = {
  title: "分配大小越界",
  what: "`make`（或 `append`，或对数组的 `new`）被要求分配一个不可能存在的大小：负的长度或容量、小于长度的容量，或超过地址空间允许的字节数。运行时在分配之前就拒绝了。",
  mechanism: [
    {
      text: "`runtime.makeslice` 以 `makeslice: len out of range` 或 `makeslice: cap out of range` panic，`runtime.makechan` 以 `makechan: size out of range` panic，`runtime.newarray` 以 `runtime: allocation size out of range` panic，`runtime.growslice`（`append`）以 `growslice: len out of range` panic：字节大小溢出或超过了运行时的 `maxAlloc`，或者数量为负。它们都是 `recover` 可以捕获的 `runtime.Error`。仅仅是对本机内存而言太大的大小不会在这里被发现：它会以 `fatal error: out of memory` 结束。",
    },
    {
      until: "go1.19",
      text: "`append` 超出上限时报告 `growslice: cap out of range`；go1.20 将其改名为 `growslice: len out of range`。",
    },
  ],
  causes: [
    "从不可信的输入（网络报文头、文件的大小字段）读出的长度直接用于 `make([]byte, n)`。",
    "算术运算得到了负长度（`end < start` 时的 `end - start`，`n == 0` 时的 `n - 1`）。",
    "各维度相乘时整数溢出（`make([]T, w*h)`）。",
  ],
  fix: "在 `make` 之前用一个合理的上限校验来自输入的大小，并以不可能变成负数的方式计算长度。",
  example: `const maxFrame = 16 << 20
if n < 0 || n > maxFrame {
	return fmt.Errorf("frame size %d out of range", n)
}
buf := make([]byte, n)`,
  confirm: CONFIRM_SIZE,
};

const GOBYTES: Explanation = {
  title: "C.GoBytes 的长度越界",
  what: "调用 `C.GoBytes(p, n)` 时传入了负长度，或大于运行时所能分配的长度。",
  mechanism: [
    {
      text: "cgo 的 `C.GoBytes` 调用 `runtime.gobytes`，当 `n < 0` 或 `n > maxAlloc` 时它以 `runtime error: gobytes: length out of range` panic。",
    },
  ],
  causes: [
    "把返回 -1（表示出错）的 C 函数结果当作了长度。",
    "C 的 `size_t` 被转换为 `C.int` 后回绕成负数。",
  ],
  fix: "转换前先检查 C 函数的结果是否表示错误，并用 `C.size_t`/`int` 保存长度，不做收窄转换。",
  example: `n := C.read_data(buf, cap)
if n < 0 {
	return nil, fmt.Errorf("read_data failed: %d", n)
}
data := C.GoBytes(unsafe.Pointer(buf), n)`,
  confirm: CONFIRM_SIZE,
};

const CONCAT: Explanation = {
  title: "字符串拼接过长",
  what: "字符串拼接（`a + b + …`）得到的长度溢出了 `int`。运行时无法表示这个结果，于是终止程序；`recover` 无法捕获。",
  mechanism: [
    {
      text: "`runtime.concatstrings` 把各操作数的长度相加，和溢出时抛出 `string concatenation too long`。在和溢出之前，这么大的分配通常早已以 `out of memory` 失败，所以这一般意味着字符串头（长度）被破坏，而不是真有这么长的字符串。",
    },
  ],
  causes: [
    "用 `unsafe`（`unsafe.String`、`*(*string)(unsafe.Pointer(&b))`）或由 C 代码构造的字符串头，其长度已被破坏。",
    "字符串变量上的数据竞争（其指针和长度是分开写入的）。",
  ],
  fix: "查找用 `unsafe` 构造字符串的地方以及字符串变量上的数据竞争；用 `strings.Builder` 加大小上限来构建长输出。",
  example: `// go test -race ./...
var b strings.Builder
for _, p := range parts {
	if b.Len()+len(p) > limit {
		return "", errTooLong
	}
	b.WriteString(p)
}`,
  confirm: ["`go test -race ./...`", "`go build -gcflags=all=-d=checkptr`，检查 `unsafe` 转换"],
};

export const ZH_ALLOC: RuleTexts = {
  "makeslice-len-out-of-range": { explanation: MAKE_SIZE },
  "makeslice-cap-out-of-range": { explanation: MAKE_SIZE },
  "growslice-len-out-of-range": { explanation: MAKE_SIZE },
  "growslice-cap-out-of-range": { explanation: MAKE_SIZE },
  "makechan-size-out-of-range": { explanation: MAKE_SIZE },
  "allocation-size-out-of-range": { explanation: MAKE_SIZE },
  "gobytes-length-out-of-range": { explanation: GOBYTES },
  "string-concatenation-too-long": { explanation: CONCAT },
};
