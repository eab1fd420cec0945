// Bucketing as a fold: every goroutine of a crash goes through `add` while it streams past,
// and only one record per distinct bucket is kept (a copied representative, its ids at 4
// bytes each, counts), so memory grows with the number of buckets, not with the input.
//
// Two levels: a site (the call site: wait reason, frames, created-by; see similarity.ts)
// holds its variants (the argument signature at the chosen level). At `pointers` a site also
// learns which argument positions are identities (more than IDENTITY_VALUES distinct values)
// and then masks them, merging the variants they had split.

import type { FoldKind, GoroutineFold } from "../goroutine-fold.js";
import type { Goroutine } from "../model.js";
import { own, ownGoroutine } from "./copy.js";
import { type IdBudget, IdList, MIN_KEPT, newIdBudget } from "./id-list.js";
import {
  exactArgs,
  hasValueArgs,
  IDENTITY_VALUES,
  MASKED,
  maskSignature,
  type Similarity,
  signatureWords,
  siteKey,
  valueArgs,
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
  /** Goroutines spawned by each creator goroutine. */
  readonly creators = new Map<number, number>();
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
    for (const [id, n] of other.creators) this.countCreator(id, n);
    this.otherCreators += other.otherCreators;
    if (other.representative.inputLine < this.representative.inputLine)
      this.representative = other.representative;
  }

  private countCreator(id: number, n: number): void {
    const seen = this.creators.get(id);
    if (seen !== undefined) this.creators.set(id, seen + n);
    else if (this.creators.size < MAX_CREATORS) this.creators.set(id, n);
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
  /** Per argument position: the distinct values seen (null once it is an identity). */
  values: (Set<string> | null)[] = [];
  /** Positions found to be identities; null while there are none. */
  varying: boolean[] | null = null;
  /**
   * At `pointers`: the variant the site's last goroutine went to, and its signature, checked
   * first (most goroutines of a site repeat its last one's). Null once the variants change.
   */
  last: Group | null = null;
  lastSig = "";
}

export class BucketFold implements GoroutineFold<Site[]> {
  private readonly sites = new Map<string, Site>();
  private readonly budget: IdBudget;
  private readonly maxBuckets: number;
  /** Groups created since the last count (an upper bound: rekeying merges some). */
  private groups = 0;
  readonly remainder: BucketRemainder = { buckets: 0, goroutines: 0 };

  constructor(
    readonly similarity: Similarity,
    bounds: { maxBuckets?: number; idBudget?: number } = {},
  ) {
    this.maxBuckets = bounds.maxBuckets ?? MAX_BUCKETS;
    this.budget = newIdBudget(bounds.idBudget);
  }

  add(g: Goroutine): void {
    const key = siteKey(g);
    let site = this.sites.get(key);
    if (site === undefined) {
      site = new Site();
      this.sites.set(key, site); // joined: a string of its own already
    }
    const pointers = this.similarity === "pointers";
    if (pointers && site.last !== null && hasValueArgs(g, site.varying, site.lastSig)) {
      site.last.add(g);
      return;
    }
    let sig = this.signature(g, site);
    let group = site.variants.get(sig);
    if (group === undefined) {
      // A new variant's values may show a position to be an identity: then the variants
      // that position split are merged, and this goroutine's signature is masked too.
      if (this.similarity === "pointers" && this.learn(site, sig)) {
        rekey(site);
        sig = this.signature(g, site);
        group = site.variants.get(sig);
      }
      if (group === undefined) {
        group = new Group(ownGoroutine(g), this.budget);
        site.variants.set(own(sig), group);
        this.groups++;
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

  /** Folds the smallest groups into the remainder when there are more than maxBuckets. */
  private foldSmallest(): void {
    const all: { key: string; site: Site; sig: string; group: Group }[] = [];
    for (const [key, site] of this.sites)
      for (const [sig, group] of site.variants) all.push({ key, site, sig, group });
    this.groups = all.length;
    if (all.length <= this.maxBuckets) return;
    all.sort(
      (a, b) =>
        a.group.count - b.group.count ||
        b.group.representative.inputLine - a.group.representative.inputLine,
    );
    const fold = all.length - Math.floor((this.maxBuckets * 3) / 4);
    for (let i = 0; i < fold; i++) {
      const { key, site, sig, group } = all[i] as (typeof all)[number];
      site.last = null;
      site.variants.delete(sig);
      if (site.variants.size === 0) this.sites.delete(key);
      this.remainder.buckets++;
      this.remainder.goroutines += group.count;
      this.budget.left += Math.max(0, group.ids.length - MIN_KEPT);
    }
    this.groups -= fold;
  }

  merge(other: BucketFold): void {
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
    return [...this.sites.values()];
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
  }

  /** The site and group a goroutine went to (after the whole dump was folded). */
  find(g: Goroutine): Group | undefined {
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
  create: (_crash, options) =>
    new BucketFold(
      options.similarity,
      options.idBudget === undefined ? {} : { idBudget: options.idBudget },
    ),
  fromData(data) {
    const fold = Object.setPrototypeOf(data, BucketFold.prototype) as BucketFold;
    fold.revive();
    return fold;
  },
};
