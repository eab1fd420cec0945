// 失败的类型断言与转换（type-assertion.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const ASSERTION: Explanation = {
  title: "类型断言失败",
  what: "单返回值的类型断言 `x.(T)` 发现接口中装的不是 `T`（或者当 `T` 是接口时，装的类型缺少 `T` 所需的方法）。只有双返回值形式 `v, ok := x.(T)` 才会报告失败而不是 panic。",
  mechanism: [
    {
      text: "编译器把动态类型与 `T` 进行比对，不匹配时调用 `runtime.panicdottypeE`/`panicdottypeI`（接口为 nil 时调用 `panicnildottype`），以 `*runtime.TypeAssertionError`（一个 `runtime.Error`）panic。它的文本给出接口的静态类型、其中装的动态类型（或 `nil`）以及断言的目标类型；单独一个 `interface` 表示静态类型未知。",
    },
    {
      since: "go1.11",
      text: "当两个类型打印出的名字相同时，消息会追加 `(types from different packages)`（两个包定义了同名类型，例如同一模块的两个主版本，或一份 vendor 副本）或 `(types from different scopes)`（两个类型声明在不同的函数中）。",
    },
  ],
  causes: [
    "把 JSON 解码到 `interface{}`/`any` 后断言成了错误的 Go 类型：数字是 `float64`，对象是 `map[string]any`，数组是 `[]any`。",
    "键不存在或值未设置：`ctx.Value(key).(T)`、`m[key].(T)`，或 `any` 类型的字段为 nil。",
    "值以 `*T` 存入，却按 `T` 断言（或者反过来）。",
    "同一个类型名来自两个模块版本或两份 vendor 副本（`types from different packages`）。",
  ],
  fix: "使用双返回值形式并处理失败；多种类型都合法时使用类型 switch。对于可能为 nil 的值，先检查其是否存在。",
  example: `v, ok := ctx.Value(userKey).(*User)
if !ok || v == nil {
	return errors.New("no user in context")
}

switch n := raw.(type) {
case float64: // encoding/json 把所有数字都解码为 float64
	count = int(n)
case string:
	count, err = strconv.Atoi(n)
default:
	return fmt.Errorf("count: unexpected %T", raw)
}`,
  confirm: [
    "崩溃位置（`frame`）就是断言所在的行；消息给出了实际装的类型和想要的类型。",
    "`go vet ./...` 会标出接口类型之间不可能成立的断言；对于 `types from different packages`，`go mod graph | grep <module>` 能显示同一模块的两个版本。",
  ],
};

const MISSING_METHOD: Explanation = {
  ...ASSERTION,
  title: "类型未实现所断言的接口",
  what: "断言为接口类型的 `x.(I)` 发现，动态类型缺少 `I` 的某个方法（或者该方法签名不同，或者它是指针接收者方法而值本身不是指针）。",
  causes: [
    "方法声明在 `*T` 上，而存进接口的是 `T` 值：`T` 的方法集不包含指针接收者方法。",
    "对可选接口的检查（`x.(io.Closer)`、`w.(http.Flusher)`）没有写 `, ok`：并非每个实现都有这个方法。",
    "方法被改名或改了签名，类型因此不再满足该接口。",
  ],
  fix: "对可选接口使用 `v, ok := x.(I)`；方法是指针接收者时存入 `&T{}`；在类型旁边加上编译期检查 `var _ I = (*T)(nil)`。",
  example: `if c, ok := w.(io.Closer); ok {
	_ = c.Close()
}

var _ io.Closer = (*File)(nil) // 一旦 *File 不再实现 io.Closer，就会编译失败`,
};

export const ZH_TYPE_ASSERTION: RuleTexts = {
  "type-assertion-nil": {
    summary: (v) => `断言为 ${v.asserted} 时，${v.interface} 值为 nil。`,
    explanation: ASSERTION,
  },
  "type-assertion-missing-method": {
    summary: (v) => `${v.concrete} 没有实现 ${v.asserted}：它没有方法 ${v.method}。`,
    explanation: MISSING_METHOD,
  },
  "type-assertion-wrong-type": {
    summary: (v) =>
      v.scope === undefined
        ? `${v.interface} 中装的是 ${v.concrete}，而不是所断言的 ${v.asserted}。`
        : `${v.interface} 中装的 ${v.concrete} 与所断言的 ${v.asserted} 来自不同的${v.scope === "packages" ? "包" : "作用域"}（名字相同，类型不同）。`,
    explanation: ASSERTION,
  },
};
