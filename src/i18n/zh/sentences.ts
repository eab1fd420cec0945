// The diagnosis's own sentences in Simplified Chinese: the keys of ../en/sentences.ts (a
// missing one does not compile). Terms as in ./GLOSSARY.md; identifiers, code and the
// runtime's own text stay as printed.

import { firstSentence, type Sentences } from "../en/sentences.js";

export const ZH_SENTENCES: Sentences = {
  sentByOther: (signal) =>
    `${signal} 由另一个进程发送（\`kill\`、进程管理器、\`go test\` 的超时），不是程序自身的代码触发的。`,
  sentToSelf: (signal) =>
    `进程向自己发送了 ${signal}（\`abort()\` 或 \`raise()\`，通常在 C 代码中，或来自运行时自身的崩溃处理）。`,
  queued: (signal) => `${signal} 由另一个进程排队发送（\`sigqueue\`）。`,
  busNil: "解引用了 nil 指针（错误地址位于第一页内）。",
  busTruncated: (addr) =>
    `地址 ${addr} 已映射，但背后没有实际内存：通常是内存映射的文件在映射期间被截断了。`,
  busMisaligned: "未对齐访问：该地址不满足所用指令的对齐要求。",
  busError: "总线错误：无法访问该地址处的内存。",
  fpeIntDiv: "CPU 捕获到整数除以零。",
  fpeIntOverflow: "CPU 捕获到整数溢出。",
  fpeFloat: "CPU 触发了浮点异常（浮点异常被取消屏蔽，通常是 C 代码所为）。",
  abort: "进程被中止（`abort()`、C 代码中的断言，或 GOTRACEBACK=crash 在 Go 崩溃结束时所发）。",
  illegal:
    "CPU 遇到无法执行的指令：二进制文件是为更高的 CPU 级别构建的（GOAMD64、GOARM），或代码已损坏。",
  trap: "执行了断点或陷阱指令（调试器所为，或某些平台上运行时的中止）。",
  quit: "SIGQUIT 要求 Go 程序转储所有 goroutine 后退出。",
  received: (signal) => `程序收到了 ${signal}。`,
  receivedCode: (signal, code) => `程序收到了 ${signal}（代码 ${code}）。`,
  segvKernel:
    "一般保护错误：CPU 拒绝了地址本身（非规范地址），无论真实地址是什么，内核报告的都是 addr=0x0。这是损坏的或野指针，不一定是 nil 指针。",
  segv: "段错误。",
  segvNilZero: "解引用了 nil 指针：访问的地址是 0x0，即指针本身或其第一个字段。",
  segvNilOffset: (addr, offset) =>
    `解引用了 nil 指针：地址 ${addr} 距 nil ${offset} 字节，即代码读写了一个 nil 结构体（或数组）指针偏移 ${offset} 处的字段（或元素）。`,
  segvAccess: (addr) =>
    `地址 ${addr} 已映射，但不允许这种访问（写只读内存，或把数据当作代码执行）。`,
  segvUnmapped: (addr) =>
    `地址 ${addr} 处没有任何映射：这是野指针、已释放或已损坏的指针（不是 nil 指针）。`,
  windowsUnknown: (code) => `Windows 异常 ${code}`,
  windowsOther: (what) => `${what}。`,
  windowsReading: "读取",
  windowsWriting: "写入",
  windowsExecuting: "执行",
  windowsAccessing: "访问",
  windowsNil: (what, access, addr) =>
    `${what}：${access}地址 ${addr}，位于第一页内：这是 nil 指针解引用。`,
  windowsInvalid: (what, access, addr) => `${what}：${access}地址 ${addr}，该访问不合法。`,

  fatalInDefer: (fatal, first) =>
    `程序死于一个致命错误（${fatal}），它是在 panic ${first} 展开栈的过程中、在延迟调用里引发的；\`recover\` 无法阻止致命错误。先修复第一个 panic，再修复延迟调用的代码。Go 1.25 及更早版本只打印这个致命错误。`,
  panicHidPanic: (first, last) =>
    `第二个 panic 掩盖了第一个：先引发的是 ${first}，在它展开栈时，一个延迟调用又以 ${last} 引发了 panic，程序最终死于后者。第一个 panic 才是根因；引发 panic 的延迟调用代码是另一个 bug。`,
  panicReplaced: (first, last) =>
    `第一个 panic（${first}）被恢复后，又引发了一个新的 panic 取而代之（${last}）：第一个才是根因。`,
  pendingPanicLost:
    "发生致命错误时有一个 panic 正在进行（崩溃的 goroutine 栈上有 `panic(…)` 栈帧），但 Go 1.26 之前不会打印它的值：是该栈帧下方的代码（上面显示的根因）引发了它。",
  recoveredBy: (by) =>
    `${by} 恢复了这个 panic 并记录了日志：进程继续运行，只是关闭了该连接。这仍然是处理函数中的 bug，处理函数正在修改的状态可能只更新了一半。`,
  readReversed: "这段回溯的各行是倒序粘贴的：panicscope 已自下而上读取。",
  noStacks:
    "没有打印任何 goroutine 栈：程序以 GOTRACEBACK=none 运行（或是 setuid 程序），或者文本在标题行之后被截断了。用 GOTRACEBACK=all 运行，才能看到崩溃的位置。",
  mapSingleGoroutine:
    "只打印了崩溃的 goroutine（Go 1.26+ 在默认的 GOTRACEBACK=single 下，致命错误只打印一个 goroutine）：用 GOTRACEBACK=all 运行，才能看到可能同时使用该 map 的其他 goroutine。",
  zeroInstructions:
    "出错 pc 处的指令字节全部为零：CPU 执行了不含代码的内存。可执行文件（或它在内存中的页）已损坏，或者程序运行期间文件被替换或截断（原地更新、磁盘写满、存储设备故障）；请重新安装二进制文件并检查存储。",
  raceOnMap:
    "两次访问都在运行时的 map 函数内部：这次数据竞争就是对 map 的并发访问，不加 `-race` 时（两次访问在时间上重叠的情况下）会以 `fatal error: concurrent map writes` 崩溃。",

  object: (object) =>
    ({
      channel: "通道",
      mutex: "互斥锁",
      rwmutex: "读写锁",
      waitgroup: "`WaitGroup`",
      cond: "条件变量",
    })[object] ?? object,
  selfLock: (goroutine, object, address, offset, func) =>
    `goroutine ${goroutine} 在等待${object} ${address}，它${offset === 0 ? "就是" : `位于`} ${func}（在同一个栈的更下方）正在操作的值${offset === 0 ? "" : `的第 ${offset} 字节处`}：如果那次调用已经持有这把锁，这个 goroutine 就是在等待它自己（\`sync.Mutex\` 不可重入）`,
  alone: (goroutine, state, what) =>
    `goroutine ${goroutine} [${state}] 是唯一的 goroutine：${what}`,
  aloneWaitGroup:
    "已经没有 goroutine 能调用 `Done`：某次 `Add` 没有对应的 `Done`（某个 goroutine 提前返回而没有调用 `Done`，或 `Add` 计入的数量多于实际启动的）",
  aloneReceive: "已经没有 goroutine 能向该通道发送或关闭它",
  aloneSend: "已经没有 goroutine 能从该通道接收",
  aloneSelect: "已经没有 goroutine 能让 `select` 的任何一个分支就绪",
  aloneLock:
    "已经没有 goroutine 能释放它在等待的东西：持有者退出时没有解锁，或者这个 goroutine 自己早先已经拿到了这把锁",
  children: (goroutine, state, count, childState) =>
    `goroutine ${goroutine} [${state}] 启动的 ${count} 个 goroutine 也阻塞了 [${childState}]`,
  sharedWith: (others, object, address) =>
    `另有 ${others} 个 goroutine 在等待同一个${object} ${address}`,

  mainGoroutine: "主 goroutine",
  goroutine: (id) => `goroutine ${id}`,
  sentByAnotherProcess: "由另一个进程发送",
  raceOp: (op) =>
    ({
      read: "读",
      write: "写",
    })[op] ?? op,

  atSite: (summary, file, line, func) =>
    `${summary.replace(/[。.]$/, "")}，位于 ${func === "" ? `${file}:${line}` : `${func}（${file}:${line}）`}。`,
  firstSentence: (text) => firstSentence(text),
};
