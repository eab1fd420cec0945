// 标准库在参数无效时的 panic（stdlib.ts 的中文版）。它们都是带字符串值的普通 panic：
// `recover` 可以捕获，库的栈帧之下、程序自己的那一帧就是错误参数的来源。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const CONFIRM_ARGUMENT = [
  "程序自己代码中的第一个栈帧（上面的 `your code`）传入了这个参数；在那里把它打印出来。",
  "用同样的输入调用该函数的单元测试即可复现。",
];

/** 标准库的参数检查：每个包的结构相同（与英文的 argumentCheck 一致）。 */
function argumentCheck(
  title: string,
  what: string,
  mechanism: string,
  causes: string[],
  fix: string,
  example: string,
): Explanation {
  return {
    title,
    what,
    mechanism: [{ text: mechanism }],
    causes,
    fix,
    example,
    confirm: CONFIRM_ARGUMENT,
  };
}

const REPEAT = argumentCheck(
  "strings.Repeat/bytes.Repeat 的次数错误",
  "`strings.Repeat`/`bytes.Repeat` 收到了负的次数，或使结果长度溢出 `int` 的次数。",
  "这两个函数检查次数，并以 `strings: negative Repeat count` 或（go1.21 起）`strings: Repeat output length overflow` panic；`bytes` 包的消息以 `bytes:` 开头。",
  ["在填充或绘制表格的代码中，用减法算出的宽度（`width - len(s)`）变成了负数。"],
  "调用 `Repeat` 之前把次数限制在零以上（以及一个合理的最大值以下）。",
  `pad := max(0, width-len(s))
line := s + strings.Repeat(" ", pad)`,
);

const BUILDER_COPY = argumentCheck(
  "strings.Builder 使用后被复制",
  "一个已经写入过数据的 `strings.Builder` 被按值复制，而副本又被写入。`Builder` 与它返回的字符串共享缓冲区，所以副本不能再增长它。",
  "每次写入都会检查 `Builder` 的 `addr` 字段是否仍指向自己，否则以 `strings: illegal use of non-zero Builder copied by value` panic。",
  [
    "包含 `strings.Builder` 的结构体被按值传递或返回。",
    "`Builder` 存放在值切片或值 map 中，取出时被复制。",
  ],
  "把 `Builder` 放在变量中，或放在通过指针使用的结构体中；传递 `*strings.Builder`。",
  `func write(b *strings.Builder) { b.WriteString("x") } // 传指针，不是副本`,
);

const BUFFER_MISC = argumentCheck(
  "strings/bytes 缓冲区误用",
  "`strings.Builder.Grow`/`bytes.Buffer.Grow` 收到了负数，`bytes.Buffer.Truncate` 收到了超出未读数据的长度，`bytes.Buffer` 增长超过了最大大小，或 `strings.NewReplacer` 收到了奇数个参数。",
  "这些方法检查参数，并以 `strings.Builder.Grow: negative count`、`bytes.Buffer: truncation out of range`、`bytes.Buffer: too large`、`strings.NewReplacer: odd argument count` panic。",
  ["用减法算出的大小。", "由缺了一个元素的列表构造的 `Replacer` 参数对。"],
  "在 `Grow`/`Truncate` 之前校验大小，并成对构造 `Replacer` 的参数。",
  `if n > 0 {
	b.Grow(n)
}`,
);

const TICKER = argumentCheck(
  "time.Ticker 的间隔不为正数",
  "`time.NewTicker`、类似 `time.Tick` 的辅助函数或 `Ticker.Reset` 收到了小于等于零的时长。",
  "`time.NewTicker` 和 `(*Ticker).Reset` 以 `non-positive interval for NewTicker` / `… for Ticker.Reset` panic。",
  [
    "来自配置的间隔未设置（0），或按错误的单位解析。",
    "把整数当作 `Duration` 使用（`time.Duration(n)` 是 n 纳秒，而 0 仍是 0）。",
  ],
  "在加载配置时校验间隔，对 0 使用默认值。",
  `if interval <= 0 {
	interval = 30 * time.Second
}
t := time.NewTicker(interval)`,
);

const TIMER = argumentCheck(
  "time.Timer 或 time.Ticker 未经创建就被使用",
  "在一个不是由 `time.NewTimer`/`AfterFunc`/`NewTicker` 创建的 `time.Timer`/`time.Ticker` 值（声明为结构体字段或变量的零值）上调用了 `Reset` 或 `Stop`。",
  "这些方法以 `time: Reset called on uninitialized Timer`（或 `Stop`、`Ticker`）panic。",
  ["在结构体中按值嵌入了 `time.Timer`，而不是使用来自 `NewTimer` 的 `*time.Timer`。"],
  "用 `time.NewTimer`/`time.AfterFunc` 创建定时器并保存其指针。",
  `s.timer = time.NewTimer(d) // 不要用 var t time.Timer`,
);

const LOCATION = argumentCheck(
  "以 nil 的 *time.Location 调用 time 函数",
  "`time.Date` 或 `Time.In` 收到了 nil 的 `*time.Location`。",
  "它们以 `time: missing Location in call to Date` / `… to Time.In` panic。",
  [
    "使用 `time.LoadLocation` 的结果却没有检查它的错误（出错时它返回 nil，例如容器中缺少时区数据库时）。",
  ],
  "检查 `time.LoadLocation` 的错误；在精简镜像中导入 `time/tzdata`（或安装 `tzdata`）。",
  `loc, err := time.LoadLocation("Europe/Berlin")
if err != nil {
	return err // 在 scratch 镜像中：import _ "time/tzdata"
}`,
);

const REGEXP = argumentCheck(
  "regexp.MustCompile 收到了无效的模式",
  "`regexp.MustCompile`（或 `MustCompilePOSIX`）收到了一个无法编译的模式；panic 消息引用了该模式和解析错误。",
  "`MustCompile` 调用 `Compile`，出错时以 `regexp: Compile(<quoted pattern>): <error>` panic。",
  ["由输入或配置构造的模式。", "RE2 不支持的 Perl 语法（反向引用 `\\1`、先行断言 `(?=…)`）。"],
  "`MustCompile` 只用于常量模式（包级变量，这样坏模式会在启动时和测试中就失败）；对任何动态模式使用 `Compile` 并处理错误。用 `regexp.QuoteMeta` 转义字面输入。",
  `re, err := regexp.Compile(userPattern)
if err != nil {
	return fmt.Errorf("bad pattern: %w", err)
}`,
);

const TEMPLATE = argumentCheck(
  "template.Must 收到了无法解析的模板",
  "`template.Must` 从模板解析中得到了一个错误：语法错误，或者使用了在解析前尚未定义的函数。",
  "`Must` 以该错误 panic，其文本形如 `template: NAME:LINE: message`（text/template 与 html/template 皆然）。",
  [
    "模板中使用的函数在 `Parse` 之后才用 `Funcs` 添加（函数必须在解析前添加）。",
    "动作中的拼写错误，未闭合的 `{{if}}`/`{{range}}`。",
  ],
  "在 `Parse` 之前调用 `Funcs`，并在启动时（或测试中）解析模板，让错误尽早暴露。",
  `t := template.Must(template.New("page").Funcs(funcs).Parse(text))`,
);

const RAND = argumentCheck(
  "以非正数上界调用 math/rand",
  "`rand.Intn(n)`（或 `Int63n`、`Int31n`、`IntN`、`N`、`Shuffle`）收到了 `n <= 0`（对 `Shuffle` 是 `n < 0`）。",
  "这些函数以 `invalid argument to Intn`（带上函数名）panic。",
  ["对空切片调用 `rand.Intn(len(s))`。"],
  "选取之前检查上界（通常是列表为空的情况）。",
  `if len(items) == 0 {
	return nil, errEmpty
}
pick := items[rand.Intn(len(items))]`,
);

const BIG_DIV = argumentCheck(
  "math/big 除以零",
  "`math/big` 的除法（`Quo`、`Div`、`Mod`、`QuoRem`、`DivMod`）或分母为零的 `Rat` 被要求除以零。",
  "math/big 以 `division by zero` panic（一个普通字符串，不同于整数除法的运行时错误）。",
  ["与普通整数除法一样，除数来自输入且为零。"],
  "除法之前检查 `y.Sign() == 0`。",
  `if y.Sign() == 0 {
	return nil, errors.New("division by zero")
}
z := new(big.Int).Quo(x, y)`,
);

const ERRORS_AS = argumentCheck(
  "errors.As 的目标无效",
  "`errors.As(err, target)` 收到的目标为 nil、不是指针，或是指向一个既非接口、也未实现 `error` 的类型的指针。",
  "`errors.As` 以 `errors: target cannot be nil`、`errors: target must be a non-nil pointer` 或 `errors: *target must be interface or implement error` panic。",
  [
    "传入了错误变量本身而不是它的地址（写成 `errors.As(err, myErr)`，而不是 `&myErr`）。",
    "目标是值类型，而它的 `Error` 方法是指针接收者。",
  ],
  "传入一个该错误类型变量的地址。",
  `var pe *fs.PathError
if errors.As(err, &pe) {
	fmt.Println(pe.Path)
}`,
);

const CONTEXT = argumentCheck(
  "从 nil 父 context 派生",
  "以 nil 父 `context` 调用了 `context.WithCancel`、`WithTimeout`、`WithValue` 或其同类函数。",
  "它们以 `cannot create context from nil parent` panic（go1.15 起）。",
  ["把 `nil` 当作 `context` 传入（应使用 `context.Background()` 或 `context.TODO()`）。"],
  "绝不要为 `context.Context` 传入 nil。",
  `ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
defer cancel()`,
);

const SLICES = argumentCheck(
  "slices 函数的参数无效",
  "`slices.Min`/`Max`（及其 Func 变体）收到了空切片，`slices.Grow` 收到了负数，或 `slices.Chunk` 收到了小于 1 的大小。",
  "它们以 `slices.Max: empty list`、`cannot be negative`、`cannot be less than 1` panic（go1.21 起；`Chunk` 为 go1.23 起）。",
  ["对可能为空的结果取最小值或最大值。"],
  "在 `slices.Min`/`Max` 之前检查 `len(s) > 0`。",
  `if len(xs) == 0 {
	return 0, false
}
return slices.Max(xs), true`,
);

const PPROF = argumentCheck(
  "runtime/pprof 剖析误用",
  "同名（或与内置剖析同名）的自定义剖析被创建了两次、在创建前被使用，或同一个值被添加了两次；或者 `pprof.Labels` 收到了奇数个参数。",
  "runtime/pprof 以 `pprof: NewProfile name already in use: NAME`、`pprof: Profile.Add of duplicate value`、`uneven number of arguments to pprof.Labels` 等 panic。",
  [
    "`pprof.NewProfile` 出现在会多次运行的代码中（构造函数、测试）。",
    "由缺了一个值的列表构造的标签。",
  ],
  "自定义剖析只创建一次（包级变量），标签按键值对传入。",
  `var inflight = pprof.NewProfile("example.com/inflight")`,
);

export const ZH_STDLIB: RuleTexts = {
  "strings-repeat-negative": { explanation: REPEAT },
  "strings-repeat-overflow": { explanation: REPEAT },
  "strings-builder-copy": { explanation: BUILDER_COPY },
  "strings-misc": { explanation: BUFFER_MISC },
  "time-ticker-nonpositive": { explanation: TICKER },
  "time-uninitialized-timer": { explanation: TIMER },
  "time-missing-location": { explanation: LOCATION },
  "regexp-mustcompile": {
    summary: (v) => `正则表达式 ${v.pattern} 无法编译：${v.error}。`,
    explanation: REGEXP,
  },
  "template-must": {
    summary: (v) => `模板 ${v.template} 第 ${v.line} 行：${v.error}。`,
    explanation: TEMPLATE,
  },
  "math-rand-invalid-argument": { explanation: RAND },
  "math-big-division-by-zero": { explanation: BIG_DIV },
  "errors-as-target": { explanation: ERRORS_AS },
  "context-nil-parent": { explanation: CONTEXT },
  "slices-empty-minmax": { explanation: SLICES },
  "pprof-misuse": { explanation: PPROF },
};
