// reflect 包的 panic（reflect.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const CONFIRM_REFLECT = [
  "崩溃位置之上的栈帧属于 `reflect`；程序自己代码中的第一个栈帧（`your code`）就是传入错误值的那次调用，它常常位于某个库内部（编码、ORM、模板）。",
  "在失败的调用之前打印 `v.Kind()`、`v.Type()`、`v.IsValid()` 和 `v.CanSet()`。",
];

const KIND: Explanation = {
  title: "在错误种类的 reflect.Value 上调用了方法",
  what: "在种类不受支持的值上调用了 `reflect.Value`（或 `reflect.Type`）的方法——在结构体上调用 `Elem`、在 int 上调用 `Len`、在指针上调用 `Field`——或者是在零 `Value` 上调用；`reflect` 对不存在的 map 键、nil 接口、找不到字段的 `FieldByName` 返回的就是零 `Value`。",
  mechanism: [
    {
      text: "每个方法都先检查种类（`flag.mustBe`），不符时以 `*reflect.ValueError` panic：`reflect: call of reflect.Value.M on K Value`，`Value` 无效时为 `on zero Value`。`Type` 的方法以 `reflect: M of non-K type T` panic。",
    },
  ],
  causes: [
    "把指针当作结构体处理之前没有解引用（写成了 `reflect.ValueOf(&s).Field(0)`，而不是 `.Elem().Field(0)`）。",
    "查找没有结果（`MapIndex`、`FieldByName`、`MethodByName`），却没有用 `IsValid()` 检查就使用。",
    "对 `nil` 或装着 nil 的接口做反射。",
  ],
  fix: "在调用特定种类的方法之前检查 `Kind()` 和 `IsValid()`，并用 `reflect.Indirect`/`Elem` 从指针取得它所指向的值。",
  example: `v := reflect.Indirect(reflect.ValueOf(x))
if v.Kind() != reflect.Struct {
	return fmt.Errorf("want struct, got %s", v.Kind())
}
f := v.FieldByName("Name")
if !f.IsValid() {
	return errors.New("no field Name")
}`,
  confirm: CONFIRM_REFLECT,
};

const SETTABILITY: Explanation = {
  title: "reflect 值无法设置、导出或转换",
  what: "`reflect.Value` 的用法违反了它的标志位：设置一个不可寻址的值（副本）、通过未导出字段设置或读取、存入一个类型不可赋值给目标的值，或在不能相互转换的类型之间转换。",
  mechanism: [
    {
      text: "`Set*` 方法检查 `CanSet`（`flag.mustBeAssignable`）：`reflect: reflect.Value.SetInt using unaddressable value` 或 `… using value obtained using unexported field`；`Value.Interface` 拒绝未导出字段；`Set`/`Convert` 检查类型：`reflect.Set: value of type A is not assignable to type B`、`reflect.Value.Convert: value of type A cannot be converted to type B`。",
    },
  ],
  causes: [
    "用了 `reflect.ValueOf(s)` 而不是 `reflect.ValueOf(&s).Elem()`：得到的值是副本，无法设置。",
    "未导出的结构体字段（小写名字），编码器和映射库无法设置或读取它们。",
    "用 `int` 或（来自 JSON 的）`float64` 设置 `int64` 字段，却没有做转换。",
  ],
  fix: "对指针做反射并调用 `Elem()` 以获得可设置的值，导出必须被设置的字段，并先把值转换为字段的类型（在 `CanConvert` 时用 `v.Convert(f.Type())`）。",
  example: `v := reflect.ValueOf(&cfg).Elem() // 可寻址
f := v.FieldByName("Port")
if f.CanSet() {
	val := reflect.ValueOf(port)
	if val.Type().ConvertibleTo(f.Type()) {
		f.Set(val.Convert(f.Type()))
	}
}`,
  confirm: CONFIRM_REFLECT,
};

const CALL: Explanation = {
  title: "reflect.Value.Call 的参数错误",
  what: "`reflect.Value.Call`/`CallSlice` 收到的参数个数不对、某个参数类型不对、以无效（零）`Value` 作为参数，或对非变参函数调用 `CallSlice`；或者调用的参数超过了 `reflect` 能传递的大小（1 GB）。",
  mechanism: [
    {
      text: "`reflect.Value.call` 对照函数类型检查参数，以 `reflect: Call with too few input arguments`、`reflect: Call using A as type B`、`reflect: cannot use A as type B in Call` 等 panic；`runtime.reflectcall` 以 `arg size to reflect.call more than 1GB` panic。",
    },
  ],
  causes: [
    "通过反射调用处理函数的分发表，其参数由输入构造。",
    "对变参函数用了 `Call`，而本意是 `CallSlice`（或者反过来）。",
  ],
  fix: "依据 `fn.Type().In(i)` 构造参数列表并逐一转换；先检查 `NumIn()` 和 `IsVariadic()`。",
  example: `t := fn.Type()
if len(args) != t.NumIn() {
	return fmt.Errorf("want %d args, got %d", t.NumIn(), len(args))
}
for i, a := range args {
	if !a.Type().AssignableTo(t.In(i)) {
		return fmt.Errorf("arg %d: %s is not %s", i, a.Type(), t.In(i))
	}
}
out := fn.Call(args)`,
  confirm: CONFIRM_REFLECT,
};

const OTHER: Explanation = {
  title: "reflect 使用错误",
  what: "某个 `reflect` 操作收到了越界或种类不对的参数：超过长度的下标（`Index`、`Field`、`Method`、`SetLen`）、nil 类型（`reflect.New(nil)`）、向只收通道发送、对非函数类型调用 `MakeFunc`，诸如此类。",
  mechanism: [
    {
      text: "`reflect` 包检查自己的参数，并以给出方法名的普通字符串 panic：`reflect: slice index out of range`、`reflect: Field index out of range`、`reflect: New(nil)`、`reflect: indirection through nil pointer to embedded struct`、`reflect.Value.Equal: values of type T are not comparable` 等。",
    },
  ],
  causes: [
    "遍历一个值的 `NumField()`/`Len()`，却用来索引另一个值。",
    "通过反射访问提升字段（`FieldByIndex`）时，嵌入的结构体指针为 nil。",
  ],
  fix: "用同一个值的 `Len()`/`NumField()`/`NumMethod()` 检查下标，并在 `FieldByIndex` 之前检查嵌入指针是否为 nil（或使用 go1.18 起的 `FieldByIndexErr`）。",
  example: `f, err := v.FieldByIndexErr(index) // go1.18+：嵌入指针为 nil 时返回错误而不是 panic
if err != nil {
	return err
}`,
  confirm: CONFIRM_REFLECT,
};

export const ZH_REFLECT: RuleTexts = {
  "reflect-zero-value": {
    summary: (v) => `在零 reflect.Value 上调用了 ${v.method}（那里什么都没有）。`,
    explanation: KIND,
  },
  "reflect-wrong-kind": {
    summary: (v) =>
      `在种类为 ${v.kind} 的 reflect.Value 上调用了 ${v.method}，而它不支持这个种类。`,
    explanation: KIND,
  },
  "reflect-type-method-kind": { explanation: KIND },
  "reflect-unexported-field": { explanation: SETTABILITY },
  "reflect-unaddressable": {
    summary: (v) => `在一个是副本（不可寻址）的 reflect.Value 上调用了 ${v.method}。`,
    explanation: SETTABILITY,
  },
  "reflect-not-assignable": {
    summary: (v) => `${v.method} 试图把 ${v.from} 存入 ${v.to}。`,
    explanation: SETTABILITY,
  },
  "reflect-convert": { explanation: SETTABILITY },
  "reflect-call-args": { explanation: CALL },
  "reflect-call-arg-size": { explanation: CALL },
  "reflect-index-range": { explanation: OTHER },
  "reflect-misc": { explanation: OTHER },
};
