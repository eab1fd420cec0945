// From the fold's groups to the buckets a person reads, in the order that matters: the
// crashing goroutine first; then goroutines in the program's own code before those only in
// the runtime or the standard library; then by suspicion (long waits, large buckets, lock
// and channel waits, waits that can never end); then by size and by where they were printed.

import { labels } from "../i18n/labels.js";
import type { Lang } from "../i18n/types.js";
import type { Bucket, Crash, Goroutine } from "../model.js";
import type { BucketFold, BucketRemainder, Group } from "./fold.js";
import { parentOf } from "./fold.js";

export interface FamilyLink {
  /** An ancestor of the crashing goroutine, its parent first. */
  goroutine: number;
  /** Rank of the bucket it is in now; null when it is not in the dump (exited, or not printed). */
  bucket: number | null;
  /** Its stack when it created the next one (`[originating from goroutine N]`, tracebackancestors). */
  frames?: Goroutine["frames"];
}

export interface Grouping {
  buckets: Bucket[];
  /** Goroutines of the small buckets folded away past MAX_BUCKETS (src/group/fold.ts). */
  remainder: BucketRemainder;
  /** The crashing goroutine's ancestry: who spawned it, and who spawned that one. */
  family: FamilyLink[];
}

/** Creators shown per bucket. */
const TOP_CREATORS = 3;
/** How far up the crashing goroutine's ancestry is followed. */
const MAX_ANCESTRY = 16;

/**
 * A bucket's ids in ascending order, as a plain array: copied by a loop, which takes a third
 * less time than `Array.from` over a typed array (a million ids after a 10⁶ dump's threads).
 */
function sortedIds(ids: Uint32Array | Float64Array): number[] {
  const sorted = ids.slice().sort();
  const out = new Array<number>(sorted.length);
  for (let i = 0; i < sorted.length; i++) out[i] = sorted[i] as number;
  return out;
}

export function groupCrash(fold: BucketFold, crash: Crash): Grouping {
  const groups: Group[] = [];
  for (const site of fold.result()) for (const group of site.variants.values()) groups.push(group);
  const crashingGroup = crash.crashing === null ? undefined : fold.find(crash.crashing);
  const ranked = groups
    .map((group) => ({ group, crashing: group === crashingGroup, ...suspicion(group) }))
    .sort(
      (a, b) =>
        Number(b.crashing) - Number(a.crashing) ||
        Number(isProgram(b.group)) - Number(isProgram(a.group)) ||
        b.score - a.score ||
        b.group.count - a.group.count ||
        a.group.representative.inputLine - b.group.representative.inputLine,
    );
  const rankOf = new Map<Group, number>();
  ranked.forEach((r, i) => {
    rankOf.set(r.group, i + 1);
  });

  // Where the creators and the crashing goroutine's ancestors are now: one pass over all ids
  // per generation looked up.
  const locator = new Locator(
    ranked.map((r) => r.group),
    rankOf,
  );
  const creators: number[] = [];
  for (const { group } of ranked) for (const [id] of topCreators(group)) creators.push(id);
  const parent = crash.crashing === null ? 0 : parentOf(crash.crashing);
  locator.lookup(parent === 0 ? creators : [...creators, parent]);
  const family = ancestry(crash.crashing, locator);

  const buckets = ranked.map(({ group, crashing, score, reasons }, i): Bucket => {
    const rep = group.representative;
    const bucket: Bucket = {
      rank: i + 1,
      count: group.count,
      ids: sortedIds(group.ids.view()),
      state: rep.state,
      waitMinutes: { min: group.minWait === Infinity ? 0 : group.minWait, max: group.maxWait },
      lockedToThread: rep.lockedToThread,
      crashing,
      program: isProgram(group),
      representative: rep,
      creators: topCreators(group).map(([goroutine, count]) => ({
        goroutine,
        count,
        bucket: locator.find(goroutine)?.rank ?? null,
      })),
      suspicion: { score: Math.round(score * 100) / 100, reasons },
    };
    // Past the fold's id budget: `ids` holds those kept, `count` stays exact.
    if (group.ids.dropped > 0) bucket.idsOmitted = group.ids.dropped;
    return bucket;
  });
  return { buckets, family, remainder: { ...fold.remainder } };
}

function isProgram(group: Group): boolean {
  return group.representative.frames.some((f) => f.location === "user");
}

function topCreators(group: Group): [number, number][] {
  return group
    .creators()
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, TOP_CREATORS);
}

/** Wait reasons that can never end by themselves. */
const FOREVER = ["chan receive (nil chan)", "chan send (nil chan)", "select (no cases)"];
/** Lock waits (Go 1.22+ names them; older releases print `semacquire`). */
const LOCK_PREFIXES = ["semacquire", "sync.Mutex", "sync.RWMutex", "sync.WaitGroup", "sync.Cond"];
const CHANNEL_PREFIXES = ["chan send", "chan receive", "select"];

export function suspicion(group: Group): { score: number; reasons: string[] } {
  const state = group.representative.state;
  let score = 0;
  if (group.maxWait > 0) score += 2 + Math.log2(group.maxWait);
  if (group.count > 1) score += 2 * Math.log10(group.count);
  const kind = waitKind(state);
  score += kind === "forever" ? 4 : kind === "lock" ? 3 : kind === "channel" ? 2 : 0;
  const facts = { minWait: group.minWait, maxWait: group.maxWait, count: group.count, state };
  return { score, reasons: suspicionReasons(facts, "en") };
}

function waitKind(state: string): "forever" | "lock" | "channel" | null {
  if (FOREVER.includes(state)) return "forever";
  if (LOCK_PREFIXES.some((p) => state.startsWith(p))) return "lock";
  if (CHANNEL_PREFIXES.some((p) => state.startsWith(p))) return "channel";
  return null;
}

/**
 * Why a bucket ranks high, in `lang` (the document keeps them in English; a bucket holds the
 * same facts, so a renderer says them again in the reader's language).
 */
export function suspicionReasons(
  bucket: { minWait: number; maxWait: number; count: number; state: string },
  lang: Lang,
): string[] {
  const L = labels(lang);
  const reasons: string[] = [];
  if (bucket.maxWait > 0) reasons.push(L.waitingFor(L.minutes(bucket.minWait, bucket.maxWait)));
  if (bucket.count > 1) reasons.push(L.goroutineCount(bucket.count));
  const kind = waitKind(bucket.state);
  if (kind === "forever") reasons.push(L.blockedForever);
  else if (kind === "lock") reasons.push(L.lockWait);
  else if (kind === "channel") reasons.push(L.channelWait);
  return reasons;
}

/** `3–17 minutes`, `5 minutes`, `< 1 minute`. */
export function minutesRange(min: number, max: number, lang: Lang = "en"): string {
  return labels(lang).minutes(min, max);
}

interface Located {
  rank: number;
  parent: number;
}

/** Finds goroutines by id among all buckets, a batch of ids per pass. */
class Locator {
  private readonly found = new Map<number, Located>();
  private readonly looked = new Set<number>();

  constructor(
    private readonly groups: Group[],
    private readonly rankOf: Map<Group, number>,
  ) {}

  lookup(ids: Iterable<number>): void {
    const wanted = new Set<number>();
    for (const id of ids) if (!this.looked.has(id)) wanted.add(id);
    if (wanted.size === 0) return;
    for (const id of wanted) this.looked.add(id);
    for (const group of this.groups) {
      const view = group.ids.view();
      for (let i = 0; i < view.length; i++) {
        const id = view[i] as number;
        if (wanted.has(id))
          this.found.set(id, { rank: this.rankOf.get(group) ?? 0, parent: group.parents.at(i) });
      }
    }
  }

  find(id: number): Located | undefined {
    if (!this.looked.has(id)) this.lookup([id]);
    return this.found.get(id);
  }
}

function ancestry(crashing: Goroutine | null, locator: Locator): FamilyLink[] {
  if (crashing === null) return [];
  const chain: FamilyLink[] = [];
  // tracebackancestors printed the ancestors' creation stacks: the chain is in the text.
  if (crashing.ancestors !== undefined && crashing.ancestors.length > 0) {
    locator.lookup(crashing.ancestors.map((a) => a.id));
    for (const ancestor of crashing.ancestors) {
      chain.push({
        goroutine: ancestor.id,
        bucket: locator.find(ancestor.id)?.rank ?? null,
        frames: ancestor.frames,
      });
    }
    return chain;
  }
  let parent = parentOf(crashing);
  const seen = new Set<number>(crashing.id === null ? [] : [crashing.id]);
  while (parent !== 0 && !seen.has(parent) && chain.length < MAX_ANCESTRY) {
    seen.add(parent);
    const where = locator.find(parent);
    chain.push({ goroutine: parent, bucket: where?.rank ?? null });
    parent = where?.parent ?? 0;
  }
  return chain;
}
