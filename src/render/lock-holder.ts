// "goroutine 52 (main.holder, main.go:12) probably holds the lock: it locked at main.go:11 and
// now waits on a channel" — the likely holder of a mutex others wait on, from the diagnosis's
// lockHolders (diagnose/folds/lock-fold.ts), confirmed by the source when it can be read: a
// `Lock()` on the same expression earlier in the function the holder waits in.

import type { LockHolder, SiteRef } from "../diagnose/types.js";
import type { Lang } from "../i18n/types.js";
import type { Frame } from "../model.js";
import type { Snippet } from "../source/index.js";

/** Looks up source around a frame: `context` lines before and after it. */
export type SourceAround = (
  frame: Frame,
  goVersion: string | null,
  context?: number,
) => Snippet | null;

/** How far above the line a holder waits on its Lock() is looked for. */
const FUNCTION_REACH = 80;

/** The sentences, in one place (translations wrap these). */
export const HOLDER_TEXT = {
  holds: (who: string, how: string, now: string) =>
    `${who} probably holds the lock: ${how} and now waits on ${now}`,
  lockedAt: (where: string) => `it locked at ${where}`,
  worksOn: (func: string, address: string) =>
    `its frame ${func} works on the mutex's value (${address})`,
  waitsFor: (address: string, count: number) =>
    `${count === 1 ? "1 goroutine waits" : `${count} goroutines wait`} for mutex ${address}`,
};

/** The same sentences in Chinese (src/i18n/zh/GLOSSARY.md: 互斥锁, 持有). */
const HOLDER_TEXT_ZH: typeof HOLDER_TEXT = {
  holds: (who: string, how: string, now: string) =>
    `${who} 很可能持有这把锁：${how}，现在在等待${now}`,
  lockedAt: (where: string) => `它在 ${where} 加了锁`,
  worksOn: (func: string, address: string) =>
    `它的栈帧 ${func} 正在操作这把互斥锁所在的值（${address}）`,
  waitsFor: (address: string, count: number) => `${count} 个 goroutine 在等待互斥锁 ${address}`,
};

/** What a wait state names, for "now waits on …", in Chinese. */
function waitTargetZh(state: string): string {
  if (state.startsWith("chan ")) return "一个通道";
  if (state.startsWith("select")) return "一个 select";
  if (state.startsWith("sync.")) return ` [${state}]`;
  if (state === "IO wait") return " I/O";
  if (state.startsWith("sleep")) return "睡眠结束";
  return ` [${state}]`;
}

/** What a wait state names, for "now waits on …". */
export function waitTarget(state: string): string {
  if (state.startsWith("chan ")) return "a channel";
  if (state.startsWith("select")) return "a select";
  if (state.startsWith("sync.WaitGroup")) return "a sync.WaitGroup";
  if (state.startsWith("sync.Cond")) return "a sync.Cond";
  if (state.startsWith("sync.")) return `another lock [${state}]`;
  if (state === "IO wait") return "I/O";
  if (state.startsWith("sleep")) return "a sleep";
  return `[${state}]`;
}

export interface HolderLine {
  text: string;
}

/**
 * The holder sentences: one per goroutine inferred from its frames, plus candidates the
 * source confirms (a Lock() on the waiter's expression earlier in the holder's function).
 */
export function lockHolderLines(
  holders: readonly LockHolder[],
  goVersion: string | null,
  source: SourceAround | undefined,
  lang: Lang = "en",
): string[] {
  const text = lang === "zh" ? HOLDER_TEXT_ZH : HOLDER_TEXT;
  const target = lang === "zh" ? waitTargetZh : waitTarget;
  const out: string[] = [];
  const expressions = new Map<string, string | null>();
  const waiterExpression = (holder: LockHolder): string | null => {
    const key = holder.address;
    if (!expressions.has(key))
      expressions.set(key, lockExpression(holder.waiterSite, goVersion, source));
    return expressions.get(key) ?? null;
  };
  for (const holder of holders) {
    const locked =
      holder.site === null
        ? null
        : lockedEarlier(holder.site, waiterExpression(holder), goVersion, source);
    if (holder.via === "candidate" && locked === null) continue;
    const who = `goroutine ${holder.holder ?? "?"}${holder.site === null ? "" : ` (${holder.site.func}, ${shortWhere(holder.site)})`}`;
    const how =
      locked !== null
        ? text.lockedAt(shortWhere({ ...(holder.site as SiteRef), line: locked }))
        : text.worksOn(holder.argument?.func ?? "?", holder.argument?.address ?? "?");
    out.push(text.holds(who, how, target(holder.state)));
  }
  return out;
}

/** `main.go:12`: the file's base name and the line. */
function shortWhere(site: SiteRef): string {
  const slash = Math.max(site.file.lastIndexOf("/"), site.file.lastIndexOf("\\"));
  return `${site.file.slice(slash + 1)}:${site.line}`;
}

function asFrame(site: SiteRef): Frame {
  return { func: site.func, file: site.file, line: site.line, args: "", location: "user" } as Frame;
}

function lineText(snippet: Snippet, line: number): string {
  return (snippet.lines[line - snippet.first] ?? []).map((token) => token.text).join("");
}

const LOCK_CALL = /([A-Za-z_][\w.]*)\.(?:R?Lock)\(\)/;

/** The mutex expression the waiter locks on its line (`c.mu` of `c.mu.Lock()`), if readable. */
function lockExpression(
  site: SiteRef | null,
  goVersion: string | null,
  source: SourceAround | undefined,
): string | null {
  if (site === null || source === undefined) return null;
  const snippet = source(asFrame(site), goVersion, 0);
  if (snippet === null) return null;
  return LOCK_CALL.exec(lineText(snippet, site.line))?.[1] ?? null;
}

/** The last selector of an expression: `mu` of `s.cache.mu`, so receivers may be named apart. */
function lastName(expression: string): string {
  return expression.slice(expression.lastIndexOf(".") + 1);
}

/**
 * The line of a `Lock()` earlier in the function the holder waits in, on the waiter's
 * expression (when known) and not unlocked again before the holder's line; null if none.
 */
function lockedEarlier(
  site: SiteRef,
  expression: string | null,
  goVersion: string | null,
  source: SourceAround | undefined,
): number | null {
  if (source === undefined || site.line <= 1) return null;
  const snippet = source(asFrame(site), goVersion, FUNCTION_REACH);
  if (snippet === null) return null;
  const unlocked = new Set<string>();
  for (let line = site.line - 1; line >= snippet.first; line--) {
    const text = lineText(snippet, line);
    // Another function starts (a declaration or a literal): what is above is not this one's.
    if (/\bfunc\b/.test(text)) break;
    const unlock = /([A-Za-z_][\w.]*)\.R?Unlock\(\)/.exec(text);
    if (unlock !== null && !/^\s*defer\b/.test(text)) unlocked.add(lastName(unlock[1] as string));
    const lock = LOCK_CALL.exec(text);
    if (lock === null) continue;
    const name = lastName(lock[1] as string);
    if (unlocked.has(name)) continue;
    if (expression === null || lastName(expression) === name) return line;
  }
  return null;
}
