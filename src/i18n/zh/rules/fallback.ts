// 没有规则能命名的消息：程序自己的 panic 值、更新的 Go 版本的运行时错误，或目录中没有的
// 致命错误（fallback.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const CUSTOM: Explanation = {
  title: "以程序自己的值 panic",
  what: "代码用自己的值调用了 `panic(v)`——一个它无法处理的错误、一个被违反的不变式，或一个失败的 `Must…` 辅助函数。这个决定与运行时无关；崩溃位置就是那次 `panic` 调用（或 `Must` 辅助函数的调用方），值就是代码选择要说的话。",
  mechanism: [
    {
      text: "`panic(v)` 展开当前 goroutine（协程）的栈，依次运行延迟调用；如果没有哪个延迟调用中的 `recover()` 拦住它，程序就打印该值并以状态 2 退出。打印前，`error` 值用 `Error()` 打印，`fmt.Stringer` 用 `String()` 打印；字符串原样打印；其他值由运行时自己（而不是 fmt）打印：数字以十进制打印（浮点数形如 `+1.500000e+000`），具名基本类型打印为 `T(value)`（go1.15 起），其余一切——结构体、指针、切片、map——打印为 `(T) 0xADDRESS`，即值的地址而不是其内容。",
    },
    {
      since: "go1.23",
      text: "多行值在每个换行符之后加一个制表符打印，以免被误认为回溯行。",
    },
  ],
  causes: [
    "依赖返回的意外错误被变成了 panic（`if err != nil { panic(err) }`），常见于启动阶段（配置、监听端口）。",
    "`Must…` 辅助函数（`template.Must`、`regexp.MustCompile`、项目自己的 `must(err)`）收到了会失败的输入。",
    "程序自身代码中的不变式检查。",
    "库在被误用时 panic（其消息通常带有库的名字）。",
  ],
  fix: "阅读该值以及崩溃位置上的 `panic` 调用：在生产环境中可能出现的情况下，把错误返回给调用方而不是 panic，panic 只留给编程错误。对于 `(T) 0x…` 这样的值，改为用能说明出了什么问题的 error 或字符串来 panic，因为地址什么也说明不了。",
  example: `ln, err := net.Listen("tcp", addr)
if err != nil {
	return fmt.Errorf("listen %s: %w", addr, err) // 不要 panic(err)
}`,
  confirm: [
    "崩溃位置（`frame`，对 panic 链而言是 `root cause`）就是那次 `panic` 调用；是它的调用方决定了 panic。",
    "在那段代码附近执行 `grep -rn 'panic(' .`，再结合该值所包装的错误，就能还原来龙去脉。",
  ],
};

const RUNTIME_ERROR: Explanation = {
  title: "目录中没有的运行时错误",
  what: "运行时抛出了一个 `runtime.Error`（值以 `runtime error:` 开头），但 panicscope 的规则目录不认识它的文本——最可能来自比目录更新的 Go 版本，或来自一条罕见的路径。它和其他运行时错误一样可以恢复，崩溃位置就是失败的那个操作。",
  mechanism: [
    {
      text: "运行时错误是运行时代表程序抛出的 panic（边界、nil、转换、算术）；`recover` 可以捕获它们。",
    },
  ],
  causes: ["崩溃位置那一行上，某个由运行时在运行期检查的操作失败了。"],
  fix: "把消息和崩溃位置那一行结合起来看；在 Go 源码（`src/runtime`）中搜索该文本，找到对应的检查。",
  example: `// 在运行时源码中搜索消息文本：
//   grep -rn "the message" "$(go env GOROOT)/src/runtime"`,
  confirm: ["`grep -rn '<message>' $(go env GOROOT)/src/runtime` 能找到该检查及其条件"],
};

const FATAL: Explanation = {
  title: "目录中没有的致命错误",
  what: "运行时以一个 panicscope 规则目录不认识的 `fatal error:` 终止了程序。`fatal error:` 无法被恢复。未知的文本几乎总是运行时不变式被破坏（内存损坏、误用 `unsafe` 或 cgo，或运行时缺陷），或者来自比目录更新的 Go 版本。",
  mechanism: [
    {
      text: "`throw`（运行时不变式）和 `fatal`（go1.19 起，运行时归咎于程序的错误）打印消息和 goroutine 后以状态 2 退出。`throw` 会带着 pc/sp 打印运行时自己的栈帧，从中可以看出不变式在哪里被破坏。",
    },
  ],
  causes: ["内存损坏（数据竞争、误用 `unsafe.Pointer`、cgo）。", "所用 Go 版本中的运行时缺陷。"],
  fix: "在 Go 源码和问题跟踪系统中搜索确切的文本；运行竞态检测器和 checkptr 以排除内存损坏；升级到你所用 Go 版本的最新补丁版本。",
  example: `//   grep -rn "the message" "$(go env GOROOT)/src/runtime"
//   go test -race -gcflags=all=-d=checkptr ./...`,
  confirm: [
    "`grep -rn '<message>' $(go env GOROOT)/src` 能找到那处 `throw`",
    "在 https://github.com/golang/go/issues 中搜索该消息",
  ],
};

export const ZH_FALLBACK: RuleTexts = {
  "custom-panic": {
    summary: (v) =>
      v.valueAddress !== undefined
        ? `程序以一个 ${v.valueType} 类型的值触发了 panic；Go 打印的是它的地址（${v.valueAddress}），而不是它的内容。`
        : v.namedValue !== undefined
          ? `程序以一个 ${v.valueType} 类型的值触发了 panic：${v.namedValue}。`
          : v.value === undefined
            ? "程序自己的代码触发了 panic；文本中没有它的值。"
            : `程序自己的代码触发了 panic，值为 «${v.value}»。`,
    explanation: CUSTOM,
  },
  "runtime-error-unknown": { explanation: RUNTIME_ERROR },
  "fatal-unknown": { explanation: FATAL },
};
