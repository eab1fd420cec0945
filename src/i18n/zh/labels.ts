// The headings, labels and sentences of ../en/labels.ts in Simplified Chinese, key for key
// (typed as `Labels`: a missing key does not compile). Terms as in ./GLOSSARY.md.

import { thousands } from "../../count.js";
import type { Labels } from "../en/labels.js";

export const ZH_LABELS: Labels = {
  crashOf: (index, total, input) =>
    `第 ${index} 个崩溃，共 ${total} 个${input === null ? "" : `（${input}）`}`,
  goroutineId: (id) => `goroutine ${id}`,
  goroutineCount: (n) => `${thousands(n)} 个 goroutine`,
  fromFormat: "（据输出格式推断）",
  duringCgo: "发生在执行 cgo 调用期间",
  recoveredHeadline: (by, message) => `panic（已被 ${by} 恢复）：${message}`,
  loggedHeadline: (by, message) =>
    `日志中的栈${by === undefined ? "" : `（已被 ${by} 恢复）`}${message === "" ? "" : `：${message}`}`,

  siteAccess: "访问",
  sitePrevious: "先前访问",
  sitePanickedIn: "panic 位置",
  siteRootCause: "根因",
  siteRecoveredIn: "恢复位置",
  siteDiedIn: "终止位置",
  sitePanickedAgainIn: "再次 panic 位置",
  siteCrash: "崩溃位置",
  siteYourCode: "你的代码",

  panicChain: "panic 链",
  oldestFirst: "（最早的在前）",
  moreLinks: (n) => `… 另有 ${n} 环（--all 全部显示）`,
  linksNotKept: (n) => `… 另有 ${n} 环（文档只保留链的首尾各 100 环）`,
  failedTest: "失败的测试",
  runningTests: "运行中的测试",
  goroutines: "goroutine",
  otherGoroutines: "其他 goroutine",
  notUnderstood: (n, hint) => `${thousands(n)} 行无法识别${hint ? "（--verbose 显示这些行）" : ""}`,
  runtimeNotes: "运行时附注",
  inputDetails: (name, lines, bytes, stray) =>
    `${name}：${lines} 行，${bytes} 字节，${stray} 行不属于任何崩溃`,
  wrappersRemoved: (list) => `已去除的日志包装：${list}`,
  linesCut: (n) => `${n} 个超长行被截断`,

  goroutineHeader: (id, state, minutes, locked) =>
    `goroutine ${id} [${state}${minutes > 0 ? `，${minutes} 分钟` : ""}${locked ? "，绑定线程" : ""}]`,
  stackUnavailable: "栈不可用（正在另一个线程上运行）",
  loggedStack: "日志中的栈",
  createdBy: (func, parent) =>
    `由 ${func} 创建${parent === undefined ? "" : `（在 goroutine ${parent} 中）`}`,
  moreFrames: (n) => `… 另有 ${n} 个栈帧（--all 全部显示）`,
  sameFrame: (n) => `… 同一栈帧又重复 ${n} 次（递归）`,
  raceAccess: (previous, op, addr, who) =>
    `${who} ${previous ? "先前" : ""}${op === "read" ? "读" : op === "write" ? "写" : op} ${addr}`,
  raceAccessTitle: (previous, op, addr, who) =>
    `${who} ${previous ? "先前" : ""}${op === "read" ? "读" : op === "write" ? "写" : op} ${addr}`,
  raceCreatedTitle: (id, status) => `goroutine ${id}（${status}）的创建位置`,
  mainGoroutine: "主 goroutine",
  raceCreated: (id, status) => `goroutine ${id}（${status}）的创建位置`,

  fix: "修复",
  lockHolder: "锁的持有者",
  explainHint: (recoverable) =>
    `运行时如何走到这一步、常见原因、如何确认${recoverable === false ? "（`recover` 无法捕获）" : ""}`,
  recursion: "递归",
  race: "竞争",
  previous: "先前",
  variable: "变量",
  raceSide: (op, who) => `${who} ${op === "read" ? "读" : op === "write" ? "写" : op}，位于`,
  startedAt: (where) => `（启动于 ${where}）`,
  raceBy: (op, who) => `${who} ${op === "read" ? "读" : op === "write" ? "写" : op}`,
  raceReported: (count) => `这个数据竞争被报告了 ${thousands(count)} 次`,
  raceReportedAt: (access, previous, from, to) => `${access} / ${previous}（第 ${from}-${to} 行）`,
  raceAlsoReported: (more, where) => `同一个数据竞争又被报告了 ${more} 次：${where}`,
  mapUsers: "map 使用者",
  mapUsersIntro: "崩溃时正在执行 map 操作的其他 goroutine：",
  goroutineNotInText: "文本中没有该 goroutine",
  waitsFor: "在等待",
  identicalWaits: "相同的等待",
  shared: "共享",
  sharedWait: (count, object, address) =>
    `${thousands(count)} 个 goroutine 在等待${object} ${address}`,
  longestWait: "最长等待",
  longWait: (id, state, minutes) => `goroutine ${id} [${state}，${minutes} 分钟]`,
  noFrames: "（无栈帧）",

  buckets: "分组",
  bucketsHeader: (goroutines, buckets) =>
    `${thousands(goroutines)} 个 goroutine，分为 ${thousands(buckets)} 组`,
  similarity: (level) => `（相似度：${level}）`,
  lockedToThread: "绑定线程",
  withCrashing: (id) => `含崩溃的 goroutine ${id}`,
  createdIn: (parent, count, more) =>
    `（在 goroutine ${parent} 中${count === null ? "" : `，${count} 个`}${more ? " …" : ""}）`,
  createdByShort: (func, at) => `由 ${func}${at === null ? "" : ` 在 ${at}`} 创建`,
  crashingAbove: (id) => `崩溃的 goroutine ${id}，调用栈见上文`,
  runtimeGoroutines: (goroutines, states) =>
    `${thousands(goroutines)} 个运行时自身的 goroutine（${states}）`,
  foldedAway: (goroutines, buckets, limit) =>
    `… ${thousands(goroutines)} 个 goroutine（${thousands(buckets)} 个小分组）已折叠：不同的分组超过 ${limit} 个`,
  moreBuckets: (buckets, goroutines) =>
    `… 另有 ${thousands(buckets)} 个分组，共 ${thousands(goroutines)} 个 goroutine（--all 全部显示）`,
  spawnedBy: "创建链",
  notInDump: "（不在转储中）",
  at: (func) => `位于 ${func}`,
  minutes: (min, max) => {
    if (max <= 0) return "< 1 分钟";
    const low = min === Number.POSITIVE_INFINITY ? max : min;
    if (low === max) return `${max} 分钟`;
    return low === 0 ? `最多 ${max} 分钟` : `${low}–${max} 分钟`;
  },
  waitingFor: (range) => `已等待 ${range}`,
  blockedForever: "永久阻塞",
  lockWait: "等待锁",
  channelWait: "等待通道",

  binary: "二进制文件",
  unknownGoVersion: "Go 版本未知",
  modified: "（有未提交的修改）",
  warning: "警告",
  symbolized: (n) => `从二进制文件符号化了 ${thousands(n)} 个栈帧`,
  fault: "出错指令",
  fieldOf: (field, type, of, offset) => `（${of} 的字段 ${field}，类型 ${type}，偏移 ${offset}）`,
  setAt: (register, address, text) => `${register} 在 ${address} 处被赋值：${text}`,

  roleRootCause: "根因",
  roleRethrown: "`recover` 之后再次抛出的同一个值",
  roleRaisedInDefer: "在链展开期间由延迟调用引发",
  roleReplaced: "恢复上一环之后，以另一个值引发",
  explanationHeading: "详细解释",
  theRace: "数据竞争",
  mapUsersTitle: "map 使用者：崩溃时正在执行 map 操作的其他 goroutine",
  sharedObjects: "共享对象",
  htmlLang: "zh-Hans",
  noCrashFound: "未发现崩溃",
  theme: "主题",
  themeNames: { auto: "自动", light: "浅色", dark: "深色" },
  fingerprintTitle: "指纹：同一个 bug 再次崩溃时指纹相同",
  diagnosis: "诊断",
  inFuncAt: "位于",
  atFile: "，",
  panicChainHeading: "panic 链",
  accessesHeading: "访问",
  crashSiteHeading: "崩溃位置",
  crashingGoroutine: "崩溃的 goroutine",
  goroutinesHeading: "goroutine",
  goroutinesNote: (total, buckets, similarity) =>
    `共 ${thousands(total)} 个，分为 ${thousands(buckets)} 组，相似度 ${similarity}`,
  filterPlaceholder:
    '过滤：词、-排除词、"短语"、state:chan pkg:net/http func:Handle file.go:25 g:17',
  sourceOnWeb: "在网上查看源码",
  createdAtSite: (func, where) => `由 ${func} 创建，位于 ${where}`,
  idsCount: (count) => `${count} 个 goroutine：`,
  allIds: "全部 id",
  noMatch: (searched, buckets) => `没有分组匹配 ${searched}（共搜索了 ${buckets} 个分组）`,
  termContaining: (key, value) => `${key} 含 "${value}"`,
  termNot: (what) => `排除 ${what}`,
  filterLabel: "过滤分组",
  showMore: "显示更多",
  showThem: "显示它们",
  leftOut: (n) => `本页省略了 ${n} 个较小的分组（可尝试 --similarity 的其他取值）。`,
  source: "源码",
  theCrashingGoroutine: "崩溃的 goroutine",
  inBucket: "位于",
  showing: (shown, matching, goroutines, total) =>
    `显示 ${shown} 个，共 ${matching} 个匹配分组（goroutine ${goroutines} 个，共 ${total} 个）`,

  replaced: (text) => `取代了 ${text}`,
  message: "消息",
  values: "取值",
  whatHappened: "发生了什么",
  howRuntimeGetsThere: "运行时如何走到这一步",
  usualCauses: "常见原因",
  fixHeading: "修复",
  confirm: "如何确认",
  recoverCatches: "`recover` 可以捕获",
  recoverCannot: "`recover` 无法捕获",
  upTo: (release) => `${release} 及更早`,

  rulesHeader: { rule: "规则", category: "类别", go: "Go 版本", title: "标题" },
  texts: (n) => `${n} 条文本`,
  rulesFooter: (n) => `共 ${n} 条规则 · 用 panicscope explain 规则名 查看其中一条`,

  traceHeader: (file, format, duration, generations, events, goroutines, procs, threads) =>
    `${file}：Go 执行跟踪（${format} 格式），${duration}，${generations} 代，${events} 个事件，${goroutines} 个 goroutine，${procs} 个 P，${threads} 个线程`,
  traceEndsAt: (wall) => `结束于 ${wall}（跟踪中最后一个事件的墙上时间）`,
  traceLegendColour: (user, mark, assist, sys, gc, stw) =>
    `${user} 用户代码 ${mark} GC 标记 ${assist} 标记辅助 ${sys} 系统调用，深浅 = 忙碌程度；runq = 可运行的 goroutine；${gc} GC ${stw} 全局暂停`,
  traceLegend:
    "深浅 = 忙碌占比（用户代码、GC、系统调用）；runq = 可运行的 goroutine；▀ GC，! 全局暂停",
  traceSpan: (from, to, window, legend) => `${from} … ${to}（窗口 ${window}）；${legend}`,
  heapAtEnd: (inUse, goal) => `结束时的堆：使用中 ${inUse}，目标 ${goal}`,
  blockedInWindow: (list) => `阻塞（窗口内）：${list}`,
  stillBlocked: (n) => `结束时仍阻塞的 goroutine：${n} 个`,
  noStackInTrace: "（跟踪中没有栈）",
  upToDuration: (duration) => `最长 ${duration}`,
  crashingInTrace: (id) => `跟踪中崩溃的 goroutine ${id}：`,
  relatedBy: (role, id, times, state) =>
    `由 goroutine ${id} ${role === "created" ? "创建" : "唤醒"} ×${times}（结束时：${state}）`,
  note: "附注",
  traceNoCrashingGoroutine: "崩溃文本没有指明崩溃的 goroutine（死锁或转储）：无从跟随",
  traceGoroutineAbsent: (id) =>
    `goroutine ${id} 没有出现在跟踪中：跟踪在它运行之前就结束了，或者它只在跟踪的时间窗口之前运行过`,
  traceEndsAfter: (ms, id, transition) =>
    `跟踪在 goroutine ${id} 最后一次状态转换（${transition}）之后 ${ms} ms 结束`,
  traceGoroutineExited: (id) => `跟踪结束时 goroutine ${id} 已经退出`,

  traceSectionHeading: "崩溃前的调度（执行跟踪）",
  heatHint: "滚轮缩放，双击复原；图下一行显示指针所在时间窗口的数值。",
  heatUser: "用户代码",
  heatGcMark: "GC 标记",
  heatAssist: "标记辅助",
  heatSyscall: "系统调用",
  heatRunnable: "可运行的 goroutine",
  heatGc: "GC / 全局暂停（STW）",
  heatReadout: (at, procs, runnable) => `+${at} ms：${procs} · 可运行 ${runnable}`,

  diffGoroutines: (before, after, delta) => `goroutine ${before} → ${after}（${delta}）`,
  diffInputs: (before, beforeBuckets, after, afterBuckets) =>
    `之前 ${before}（${beforeBuckets} 组）· 之后 ${after}（${afterBuckets} 组）`,
  noBucketChanged: "没有分组发生变化",
  unchangedBuckets: (n) => `… ${thousands(n)} 个分组未变（--all 全部显示）`,
  change: (change) =>
    ({ appeared: "新出现", vanished: "消失", grew: "增加", shrank: "减少", unchanged: "未变" })[
      change
    ],

  watching: (url, every) => `正在观察 ${url}，每 ${every} 采样一次`,
  watchSample: (sample, clock, goroutines, delta, buckets) =>
    `#${sample}  ${clock}  ${goroutines} 个 goroutine${delta === "" ? "" : `（${delta}）`}，${buckets} 组`,
  leakSuspect: "疑似泄漏",
  watchSuspect: (from, to, rises) => `goroutine ${from} → ${to}，已连续 ${rises} 次采样增加`,
  stillGrowing: "仍在增加",
};
