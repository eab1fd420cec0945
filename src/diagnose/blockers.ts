// What the goroutine a person looks at first (main in a deadlock or dump) waits for, where
// the stacks show it: its own stack holding the lock it waits for, goroutines it started that
// are blocked, goroutines waiting on the same object. Each answer carries its reason as data
// and the sentence built from it (`blockerWhy`, in any language).

import { sentences } from "../i18n/sentences.js";
import type { Lang } from "../i18n/types.js";
import type { Crash, Frame, Goroutine } from "../model.js";
import { type Evidence, exactPointer, siteRef, waitObject } from "./goroutines.js";
import type { Blocker, BlockerReason } from "./types.js";

/**
 * The goroutine a person looks at first when nothing crashed: main (a test timeout's tests
 * are followed one by one instead, in `tests`).
 */
function focusGoroutines(crash: Crash): Goroutine[] {
  if (crash.kind === "test-timeout") return [];
  const main = crash.goroutines.find((g) => g.id === 1);
  return main === undefined ? [] : [main];
}

/**
 * Waits that another goroutine ends (not sleep, I/O, syscalls or the runtime's own): the
 * only ones where other goroutines can be what a goroutine waits for.
 */
function waitsOnOthers(state: string): boolean {
  return (
    state.startsWith("chan ") ||
    state.startsWith("select") ||
    state.startsWith("sync.") ||
    state === "semacquire"
  );
}

export function findBlockers(crash: Crash, evidence: Evidence): Blocker[] {
  const blockers: Blocker[] = [];
  for (const goroutine of focusGoroutines(crash)) {
    if (!waitsOnOthers(goroutine.state)) continue;
    const self = selfLock(goroutine);
    if (self !== null) blockers.push(self);
    else if (crash.goroutineCount === 1) blockers.push(alone(goroutine));
    blockers.push(...childWaits(goroutine, evidence));
    const shared = sharedWith(goroutine, evidence);
    if (shared !== null) blockers.push(shared);
  }
  return blockers;
}

/** A blocker with its sentence in English (the document's), from its reason. */
function blocker(fields: Omit<Blocker, "why">, reason: BlockerReason): Blocker {
  const found = { ...fields, reason, why: "" };
  found.why = blockerWhy(found, "en");
  return found;
}

/** Why a goroutine waits for these, in `lang`; the English `why` when the reason is not known. */
export function blockerWhy(b: Blocker, lang: Lang): string {
  const reason = b.reason;
  if (reason === undefined) return b.why;
  const say = sentences(lang);
  const waiter = b.waiter === null ? "?" : String(b.waiter);
  switch (reason.kind) {
    case "self-lock":
      return say.selfLock(
        waiter,
        say.object(reason.object),
        reason.address,
        reason.offset,
        reason.func,
      );
    case "alone": {
      const what = {
        waitgroup: say.aloneWaitGroup,
        receive: say.aloneReceive,
        send: say.aloneSend,
        select: say.aloneSelect,
        lock: say.aloneLock,
      }[reason.waits];
      return say.alone(waiter, b.state, what);
    }
    case "children":
      return say.children(waiter, reason.waiterState, b.count, b.state);
    case "shared":
      return say.sharedWith(b.count, say.object(reason.object), reason.address);
  }
}

/**
 * A goroutine blocked on a mutex that its own stack is already working on: the mutex's
 * address equals (or lies just inside) a pointer argument of a caller in the program's own
 * code further down the stack. sync.Mutex is not reentrant, so this is the classic
 * lock-twice deadlock — stated as likely, since a pointer argument does not prove a lock.
 */
function selfLock(goroutine: Goroutine): Blocker | null {
  const found = waitObject(goroutine.frames);
  if (found === null || (found.object !== "mutex" && found.object !== "rwmutex")) return null;
  const lock = BigInt(found.address);
  for (let i = found.at + 1; i < goroutine.frames.length; i++) {
    const frame = goroutine.frames[i] as Frame;
    if (frame.location !== "user") continue;
    const receiver = exactPointer(frame.args);
    if (receiver === null) continue;
    const offset = lock - BigInt(receiver);
    if (offset < 0n || offset >= 4096n) continue;
    return blocker(
      {
        waiter: goroutine.id,
        goroutines: goroutine.id === null ? [] : [goroutine.id],
        count: 1,
        state: goroutine.state,
        site: siteRef(frame),
      },
      {
        kind: "self-lock",
        object: found.object,
        address: found.address,
        offset: Number(offset),
        func: frame.func,
      },
    );
  }
  return null;
}

/** The only goroutine left, waiting for another one that does not exist. */
function alone(goroutine: Goroutine): Blocker {
  const state = goroutine.state;
  const waits =
    state.startsWith("sync.WaitGroup") ||
    goroutine.frames.some((f) => f.func === "sync.(*WaitGroup).Wait")
      ? "waitgroup"
      : state.startsWith("chan receive")
        ? "receive"
        : state.startsWith("chan send")
          ? "send"
          : state.startsWith("select")
            ? "select"
            : "lock";
  return blocker(
    { waiter: goroutine.id, goroutines: [], count: 0, state, site: null },
    { kind: "alone", waits },
  );
}

/** The blocked goroutines this one started (by parent id, or by creating function before go1.21). */
function childWaits(goroutine: Goroutine, evidence: Evidence): Blocker[] {
  const children = evidence.waits?.children;
  if (children === undefined) return [];
  const sites = [...(goroutine.id === null ? [] : (children.get(`g${goroutine.id}`) ?? []))];
  if (goroutine.id !== null && !children.has(`g${goroutine.id}`)) {
    for (const frame of goroutine.frames) sites.push(...(children.get(`f${frame.func}`) ?? []));
  }
  return sites
    .filter((site) => site.state !== "running" && site.state !== "runnable")
    .map((site) =>
      blocker(
        {
          waiter: goroutine.id,
          goroutines: site.goroutines,
          count: site.count,
          state: site.state,
          site: site.site,
        },
        { kind: "children", waiterState: goroutine.state },
      ),
    );
}

/** Other goroutines waiting on the same object as this one. */
function sharedWith(goroutine: Goroutine, evidence: Evidence): Blocker | null {
  const found = waitObject(goroutine.frames);
  if (found === null || evidence.shared === null) return null;
  const shared = evidence.shared.find(
    (s) => s.object === found.object && s.address === found.address,
  );
  if (shared === undefined) return null;
  return blocker(
    {
      waiter: goroutine.id,
      goroutines: shared.goroutines.filter((id) => id !== goroutine.id),
      count: shared.count - 1,
      state: goroutine.state,
      site: null,
    },
    { kind: "shared", object: found.object, address: found.address },
  );
}
