// unsafe.Slice / unsafe.String 的参数检查，以及 unsafe.Pointer 转换的 checkptr 插桩
// （unsafe.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const UNSAFE_SLICE: Explanation = {
  title: "unsafe.Slice 或 unsafe.String 的参数无效",
  what: "`unsafe.Slice(ptr, len)` 或 `unsafe.String(ptr, len)` 收到的长度为负数或会越过地址空间的末尾，或者收到了 nil 指针和非零长度。这是这两个函数仅有的检查：长度仅仅超过指针背后的内存时，不会被发现。",
  mechanism: [
    {
      since: "go1.17",
      text: "`runtime.unsafeslice` 以 `unsafe.Slice: len out of range` 或 `unsafe.Slice: ptr is nil and len is not zero`（`runtime.Error`）panic。",
    },
    {
      since: "go1.20",
      text: "`unsafe.String`（go1.20 新增）在 `runtime.unsafestring` 中做同样的检查。",
    },
  ],
  causes: [
    "用非零长度包装了一个指针为 NULL 的 C 缓冲区（分配或查找失败）。",
    "以 C 类型计算的长度在转换为 `int` 时回绕成了负数。",
  ],
  fix: "调用前检查指针和长度；对 nil 指针加零长度的情况返回空切片。",
  example: `if p == nil || n <= 0 {
	return nil
}
return unsafe.Slice((*byte)(p), n)`,
  confirm: ["崩溃位置就是那次 `unsafe.Slice`/`unsafe.String` 调用；在那里打印它的参数。"],
};

const CHECKPTR: Explanation = {
  title: "checkptr：unsafe.Pointer 用法无效",
  what: "程序在构建时启用了指针检查（`-d=checkptr`，`-race`、`-msan` 和 `-asan` 都会打开它），而某次 `unsafe.Pointer` 转换或运算违反了 `unsafe` 包的规则：指针未按其类型对齐、转换成的类型超出了分配的末尾，或运算结果离开了原来的对象。",
  mechanism: [
    {
      since: "go1.14",
      text: "编译器对 `unsafe.Pointer` 的转换和运算插桩，调用 `runtime.checkptrAlignment` 和 `runtime.checkptrArithmetic`，它们会抛出：`misaligned pointer conversion`（一个含指针的 `*T` 位于未按 `T` 对齐的地址）、`converted pointer straddles multiple allocations`（`*[n]T` 延伸进了下一个对象）、`pointer arithmetic computed bad pointer value`（一个很小的非 nil 地址）、`pointer arithmetic result points to invalid allocation`（结果落在了与所有原始指针都不同的堆对象中）。这些消息从 go1.15 起存在。",
    },
    {
      since: "go1.17",
      text: "`unsafe.Slice`（以及 go1.20 起的 `unsafe.String`）也会被检查：`unsafe.Slice result straddles multiple allocations`。",
    },
  ],
  causes: [
    "把 `[]byte` 强制转换为指向更大结构体或数组的指针（`(*Header)(unsafe.Pointer(&b[0]))`，而 `len(b) < unsafe.Sizeof(Header{})`）。",
    "在未对齐的地址上，把字节偏移转换成指向含指针类型的指针。",
    "通过保存在变量中的 `uintptr` 做指针运算，或越过数组末尾。",
    "手工转换 `reflect.SliceHeader`/`StringHeader` 的旧代码。",
  ],
  fix: "让转换保持在同一次分配之内并且对齐：强制转换前检查长度，用 `encoding/binary` 从字节中解码结构体，用 `unsafe.Add`/`unsafe.Slice`/`unsafe.String` 代替 `uintptr` 运算和头部强转。",
  example: `// 代替 (*Header)(unsafe.Pointer(&b[0]))
var h Header
if err := binary.Read(bytes.NewReader(b), binary.LittleEndian, &h); err != nil {
	return err
}

s := unsafe.String(&b[0], len(b)) // 不要写 *(*string)(unsafe.Pointer(&b))`,
  confirm: [
    "`go test -gcflags=all=-d=checkptr ./...` 不用竞态检测器也能复现",
    "`go vet ./...`（`unsafeptr` 检查）会标出一部分无效的 `uintptr`→`unsafe.Pointer` 转换",
  ],
};

export const ZH_UNSAFE: RuleTexts = {
  "unsafe-slice-nil-ptr": { explanation: UNSAFE_SLICE },
  "unsafe-slice-len": { explanation: UNSAFE_SLICE },
  "unsafe-string-nil-ptr": { explanation: UNSAFE_SLICE },
  "unsafe-string-len": { explanation: UNSAFE_SLICE },
  "checkptr-misaligned": { explanation: CHECKPTR },
  "checkptr-straddles": { explanation: CHECKPTR },
  "checkptr-bad-arith": { explanation: CHECKPTR },
  "checkptr-invalid-alloc": { explanation: CHECKPTR },
  "checkptr-unsafe-slice": { explanation: CHECKPTR },
  "checkptr-unsafe-string": { explanation: CHECKPTR },
};
