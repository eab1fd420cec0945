// Bucketing as a fold: every goroutine of a crash goes through `add` while it streams past,
// and only one record per distinct bucket is kept (a copied representative, its ids at 4
// bytes each, counts), so memory grows with the number of buckets, not with the input.
//
// Two levels: a site (the call site: wait reason, frames, created-by; see similarity.ts)
// holds its variants (the argument signature at the chosen level). At `pointers` a site also
// learns which argument positions are identities (more than IDENTITY_VALUES distinct values)
// and then masks them, merging the variants they had split.
//
// Bounded: past MAX_BUCKETS the smallest buckets are folded into a counted remainder. A new
// variant met when the next fold may drop it (`exact` over a dump whose goroutines differ in
// their arguments: nearly every goroutine) is only its goroutine until a second one joins it
// or a fold keeps it; then it becomes a bucket like any other, with the same counts, ids and
// representative, so the buckets are the same as if each had been one from the start.

import { handedBytes, shapeOf } from "../block-shape.js";
import type { FoldKind, GoroutineFold } from "../goroutine-fold.js";
import type { Goroutine } from "../model.js";
import { own, ownGoroutine } from "./copy.js";
import { type IdBudget, IdList, MIN_KEPT, newIdBudget } from "./id-list.js";
import {
  exactArgs,
  fromBytes,
  hasValueArgs,
  hasValueArgsIn,
  IDENTITY_VALUES,
  MASKED,
  maskSignature,
  type Similarity,
  signatureWords,
  siteKey,
  valueArgs,
  valueFrames,
} from "./similarity.js";

/** Creator goroutines counted exactly per bucket; more distinct ones are summed as others. */
const MAX_CREATORS = 256;
/**
 * Distinct buckets kept per crash. Past it the smallest (the latest first among equals) are
 * folded into a counted remainder, down to three quarters of it: 400 MB of goroutines with
 * all-distinct arguments at `exact` would otherwise keep one copied goroutine each.
 */
export const MAX_BUCKETS = 20_000;

/** Goroutines whose buckets were folded away: how many buckets, how many goroutines. */
export interface BucketRemainder {
  buckets: number;
  goroutines: number;
}

/** Goroutines of one bucket, as the fold gathers them. */
export class Group {
  count = 0;
  readonly ids = new IdList();
  /** Parent goroutine id of each id (0: not printed), parallel to `ids`. */
  readonly parents = new IdList();
  minWait = Number.POSITIVE_INFINITY;
  maxWait = 0;
  /**
   * Goroutines spawned by each creator goroutine: the first creator here (0: none yet), the
   * others in `moreCreators` (most buckets have one creator: no Map for them).
   */
  private creator = 0;
  private creatorCount = 0;
  private moreCreators: Map<number, number> | null = null;
  otherCreators = 0;

  constructor(
    /** The first goroutine seen, copied. */
    public representative: Goroutine,
    /** Ids all groups of the fold may still keep. */
    private readonly budget?: IdBudget,
  ) {}

  add(g: Goroutine): void {
    const n = g.count ?? 1;
    this.count += n;
    const parent = parentOf(g);
    if (g.id !== null && this.ids.push(g.id, this.budget)) this.parents.push(parent);
    const wait = g.waitMinutes;
    if (wait < this.minWait) this.minWait = wait;
    if (wait > this.maxWait) this.maxWait = wait;
    if (parent !== 0) this.countCreator(parent, n);
  }

  merge(other: Group): void {
    this.count += other.count;
    this.ids.append(other.ids);
    this.parents.append(other.parents);
    this.minWait = Math.min(this.minWait, other.minWait);
    this.maxWait = Math.max(this.maxWait, other.maxWait);
    for (const [id, n] of other.creators()) this.countCreator(id, n);
    this.otherCreators += other.otherCreators;
    if (other.representative.inputLine < this.representative.inputLine)
      this.representative = other.representative;
  }

  /** Each creator counted and the goroutines it spawned, in the order they were met. */
  creators(): [number, number][] {
    const counts: [number, number][] =
      this.creator === 0 ? [] : [[this.creator, this.creatorCount]];
    if (this.moreCreators !== null) for (const entry of this.moreCreators) counts.push(entry);
    return counts;
  }

  private countCreator(id: number, n: number): void {
    if (this.creator === 0) {
      this.creator = id;
      this.creatorCount = n;
      return;
    }
    if (id === this.creator) {
      this.creatorCount += n;
      return;
    }
    this.moreCreators ??= new Map();
    const seen = this.moreCreators.get(id);
    if (seen !== undefined) this.moreCreators.set(id, seen + n);
    else if (1 + this.moreCreators.size < MAX_CREATORS) this.moreCreators.set(id, n);
    else this.otherCreators += n;
  }
}

/** The goroutine that created `g`: Go 1.21+ prints it; tracebackancestors names it too. */
export function parentOf(g: Goroutine): number {
  return g.parentId ?? g.ancestors?.[0]?.id ?? 0;
}

/** One call site and its variants. */
export class Site {
  readonly variants = new Map<string, Group>();
  /**
   * New variants of a nearly full fold, each only its first goroutine (the fast path's, whose
   * strings pin no input chunk: kept as it is, not copied); null when there are none.
   */
  fresh: Map<string, Goroutine> | null = null;
  /** Per argument position: the distinct values seen (null once it is an identity). */
  values: (Set<string> | null)[] = [];
  /** Positions found to be identities; null while there are none. */
  varying: boolean[] | null = null;
  /**
   * At `pointers`: the variant the site's last goroutine went to, and its signature, checked
   * first (most goroutines of a site repeat its last one's). Null once variants go or change.
   */
  last: Group | null = null;
  lastSig = "";
}

export class BucketFold implements GoroutineFold<Site[]> {
  private readonly sites = new Map<string, Site>();
  private readonly budget: IdBudget;
  private maxBuckets: number;
  /** Groups and fresh variants created since the last count (an upper bound: rekeying merges some). */
  private groups = 0;
  /** Fresh variants (Site.fresh) of all sites: each becomes a group before any is read. */
  private fresh = 0;
  /** Buckets left after a fold of the smallest. */
  private foldTo: number;
  /** Sites removed so far: a shape's memo (block-shape.ts) of an earlier count may name one. */
  private removals = 0;
  readonly remainder: BucketRemainder = { buckets: 0, goroutines: 0 };

  constructor(
    readonly similarity: Similarity,
    bounds: { maxBuckets?: number; idBudget?: number } = {},
  ) {
    this.maxBuckets = bounds.maxBuckets ?? MAX_BUCKETS;
    this.foldTo = Math.floor((this.maxBuckets * 3) / 4);
    this.budget = newIdBudget(bounds.idBudget);
  }

  /** A part's fold, read on another thread with a share of the bound, takes the whole bound. */
  bound(maxBuckets: number): void {
    this.maxBuckets = maxBuckets;
    this.foldTo = Math.floor((maxBuckets * 3) / 4);
  }

  add(g: Goroutine): void {
    const shape = shapeOf(g);
    let site: Site;
    let argFrames: Int32Array | null = null;
    if (shape !== null && shape.bucketsOf === this && shape.bucketEpoch === this.removals) {
      // A goroutine of a shape met before: its site, with no key hashed and compared.
      site = shape.bucketSite as Site;
      argFrames = shape.argFrames;
    } else {
      site = this.siteOf(siteKey(g));
      if (shape !== null) {
        argFrames = valueFrames(g);
        shape.bucketsOf = this;
        shape.bucketSite = site;
        shape.bucketEpoch = this.removals;
        shape.argFrames = argFrames;
      }
    }
    const pointers = this.similarity === "pointers";
    if (
      pointers &&
      site.last !== null &&
      (argFrames === null
        ? hasValueArgs(g, site.varying, site.lastSig)
        : hasValueArgsIn(handedBytes(), argFrames, site.varying, site.lastSig))
    ) {
      site.last.add(g);
      return;
    }
    let sig = this.signature(g, site);
    let group = site.variants.get(sig);
    if (group === undefined && site.fresh !== null) {
      const first = site.fresh.get(sig);
      if (first !== undefined) group = this.keepFresh(site, sig, first);
    }
    if (group === undefined) {
      // A new variant's values may show a position to be an identity: then the variants
      // that position split are merged, and this goroutine's signature is masked too.
      if (this.similarity === "pointers" && this.learn(site, sig)) {
        this.keepAllFresh(site);
        rekey(site);
        sig = this.signature(g, site);
        group = site.variants.get(sig);
      }
      if (group === undefined) {
        this.groups++;
        if (this.groups > this.foldTo && fromBytes(g)) {
          // The next fold may drop it: no bucket yet (its only goroutine would be its count,
          // ids, wait and creator), no copy of its goroutine.
          site.fresh ??= new Map();
          site.fresh.set(sig, g);
          this.fresh++;
          if (this.groups > this.maxBuckets) this.foldSmallest();
          return;
        }
        group = new Group(ownGoroutine(g, model(site)), this.budget);
        site.variants.set(own(sig), group);
      }
    }
    group.add(g);
    if (pointers) {
      // The signature's words are copies (under 13 characters: V8 never slices them), so
      // keeping it keeps no input text alive.
      site.last = group;
      site.lastSig = sig;
    }
    if (this.groups > this.maxBuckets) this.foldSmallest();
  }

  private siteOf(key: string): Site {
    let site = this.sites.get(key);
    if (site === undefined) {
      site = new Site();
      this.sites.set(key, site); // joined: a string of its own already
    }
    return site;
  }

  /** A fresh variant becomes a group, as it would have been from its first goroutine on. */
  private keepFresh(site: Site, sig: string, first: Goroutine): Group {
    (site.fresh as Map<string, Goroutine>).delete(sig);
    this.fresh--;
    const group = new Group(ownGoroutine(first, model(site)), this.budget);
    group.add(first);
    site.variants.set(own(sig), group);
    return group;
  }

  private keepAllFresh(site: Site): void {
    const fresh = site.fresh;
    if (fresh === null) return;
    for (const [sig, first] of fresh) this.keepFresh(site, sig, first);
    site.fresh = null;
  }

  /** Every fresh variant becomes a group (before the fold is read or merged). */
  private settle(): void {
    if (this.fresh === 0) return;
    for (const site of this.sites.values()) this.keepAllFresh(site);
    this.fresh = 0;
  }

  /**
   * Folds the smallest groups into the remainder when there are more than maxBuckets, down to
   * three quarters of it: those of the smallest count, among them the latest printed, then the
   * first met (a stable sort's order), chosen without sorting them all — at `exact` a dump of
   * distinct arguments folds every 5 000 goroutines.
   */
  private foldSmallest(): void {
    let total = 0;
    for (const site of this.sites.values())
      total += site.variants.size + (site.fresh === null ? 0 : site.fresh.size);
    this.groups = total;
    if (total <= this.maxBuckets) return;
    const fold = total - this.foldTo;
    // The fold-th smallest count: every group below it goes, and some of those at it.
    const counts = new Float64Array(total);
    let n = 0;
    for (const site of this.sites.values()) {
      for (const group of site.variants.values()) counts[n++] = group.count;
      if (site.fresh !== null)
        for (const first of site.fresh.values()) counts[n++] = first.count ?? 1;
    }
    counts.sort();
    const edge = counts[fold - 1] as number;
    let below = 0;
    while ((counts[below] as number) < edge) below++;
    // Of those at the edge, the latest printed go first: the line where that stops.
    const lines: number[] = [];
    for (const site of this.sites.values()) {
      for (const group of site.variants.values())
        if (group.count === edge) lines.push(group.representative.inputLine);
      if (site.fresh !== null)
        for (const first of site.fresh.values())
          if ((first.count ?? 1) === edge) lines.push(first.inputLine);
    }
    const atEdge = fold - below;
    const last = Float64Array.from(lines).sort()[lines.length - atEdge] as number;
    let later = 0;
    for (const line of lines) if (line > last) later++;
    // Printed on that very line (one group, unless lines repeat): the first met go.
    let onLast = atEdge - later;
    const goes = (count: number, line: number): boolean =>
      count < edge || (count === edge && (line > last || (line === last && onLast-- > 0)));
    for (const [key, site] of this.sites) {
      site.last = null;
      for (const [sig, group] of site.variants) {
        if (!goes(group.count, group.representative.inputLine)) continue;
        site.variants.delete(sig);
        this.remainder.buckets++;
        this.remainder.goroutines += group.count;
        this.budget.left += Math.max(0, group.ids.length - MIN_KEPT);
      }
      const fresh = site.fresh;
      if (fresh !== null) {
        site.fresh = null;
        for (const [sig, first] of fresh) {
          const count = first.count ?? 1;
          if (!goes(count, first.inputLine)) {
            const group = new Group(ownGoroutine(first, model(site)), this.budget);
            group.add(first);
            site.variants.set(own(sig), group);
            continue;
          }
          this.remainder.buckets++;
          this.remainder.goroutines += count;
        }
      }
      if (site.variants.size === 0) {
        this.sites.delete(key);
        this.removals++; // the shapes' memos may name it
      }
    }
    this.fresh = 0;
    this.groups -= fold;
  }

  merge(other: BucketFold): void {
    this.settle();
    other.settle();
    this.remainder.buckets += other.remainder.buckets;
    this.remainder.goroutines += other.remainder.goroutines;
    this.groups += other.groups;
    for (const [key, theirs] of other.sites) {
      const mine = this.sites.get(key);
      if (mine === undefined) {
        this.sites.set(key, theirs);
        continue;
      }
      theirs.values.forEach((set, i) => {
        if (set === null) markVarying(mine, i);
        else for (const value of set) this.note(mine, i, value);
      });
      for (const [sig, group] of theirs.variants) {
        const into = mine.variants.get(sig);
        if (into === undefined) mine.variants.set(sig, group);
        else into.merge(group);
      }
      rekey(mine);
    }
    if (this.groups > this.maxBuckets) this.foldSmallest();
  }

  result(): Site[] {
    this.settle();
    return [...this.sites.values()];
  }

  /**
   * The storage of the big id lists, cut to size, for a worker to move to the main thread with
   * its fold instead of copying it: 4 M ids and their parents would be 32 MB serialized in the
   * worker and 32 MB again on the main thread, both at once.
   */
  transferable(): ArrayBuffer[] {
    this.settle();
    const buffers: ArrayBuffer[] = [];
    for (const site of this.sites.values())
      for (const group of site.variants.values())
        for (const list of [group.ids, group.parents]) {
          const buffer = list.detachable();
          if (buffer !== null) buffers.push(buffer);
        }
    return buffers;
  }

  /**
   * After a fold crossed a thread boundary as plain data (structured clone keeps Maps and
   * typed arrays, not classes): gives its sites, groups and id lists their methods back.
   */
  revive(): void {
    for (const site of this.sites.values()) {
      Object.setPrototypeOf(site, Site.prototype);
      for (const group of site.variants.values()) {
        Object.setPrototypeOf(group, Group.prototype);
        Object.setPrototypeOf(group.ids, IdList.prototype);
        Object.setPrototypeOf(group.parents, IdList.prototype);
      }
    }
    this.settle();
  }

  /** The site and group a goroutine went to (after the whole dump was folded). */
  find(g: Goroutine): Group | undefined {
    this.settle();
    const site = this.sites.get(siteKey(g));
    return site?.variants.get(this.signature(g, site));
  }

  private signature(g: Goroutine, site: Site): string {
    switch (this.similarity) {
      case "values":
        return "";
      case "exact":
        return exactArgs(g);
      case "pointers":
        return valueArgs(g, site.varying);
    }
  }

  /** Records a new variant's values; true when a position just became an identity. */
  private learn(site: Site, sig: string): boolean {
    let changed = false;
    const words = signatureWords(sig);
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      if (word === MASKED) continue;
      if (this.note(site, i, word)) changed = true;
    }
    return changed;
  }

  private note(site: Site, position: number, value: string): boolean {
    if (site.varying?.[position] === true) return false;
    let set = site.values[position];
    if (set === null) return false;
    if (set === undefined) {
      set = new Set();
      site.values[position] = set;
    }
    set.add(value);
    if (set.size <= IDENTITY_VALUES) return false;
    markVarying(site, position);
    return true;
  }
}

/** A representative of the site whose strings a new one can share (copy.ts ownGoroutine). */
function model(site: Site): Goroutine | undefined {
  for (const group of site.variants.values()) return group.representative;
  return undefined;
}

function markVarying(site: Site, position: number): void {
  site.values[position] = null;
  site.varying ??= [];
  site.varying[position] = true;
}

/** Masks a site's identity positions in its variants' keys, merging those that now agree. */
function rekey(site: Site): void {
  site.last = null;
  const varying = site.varying;
  if (varying === null) return;
  const entries = [...site.variants];
  site.variants.clear();
  for (const [sig, group] of entries) {
    const masked = maskSignature(sig, varying);
    const into = site.variants.get(masked);
    if (into === undefined) site.variants.set(masked, group);
    else if (into.representative.inputLine <= group.representative.inputLine) into.merge(group);
    else {
      group.merge(into);
      site.variants.set(masked, group);
    }
  }
}

/** The buckets' fold kind (src/pipeline/folds.ts). */
export const bucketFold: FoldKind<BucketFold> = {
  create: (_crash, options) => {
    const bounds: { maxBuckets?: number; idBudget?: number } = {};
    if (options.idBudget !== undefined) bounds.idBudget = options.idBudget;
    if (options.maxBuckets !== undefined) bounds.maxBuckets = options.maxBuckets;
    return new BucketFold(options.similarity, bounds);
  },
  fromData(data) {
    const fold = Object.setPrototypeOf(data, BucketFold.prototype) as BucketFold;
    fold.revive();
    return fold;
  },
};
