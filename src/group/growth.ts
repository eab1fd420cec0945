// Goroutine dumps of one running process taken one after another (`panicscope watch`): the
// buckets that keep growing are leak suspects. A bucket is followed by its call site, as dump
// diffs match buckets (diff.ts), and becomes a suspect once its count has risen at RISES
// samples in a row: a pool of workers or in-flight requests goes up and down; a leak only goes
// up.

import type { Bucket } from "../model.js";
import { diffDumps } from "./diff.js";
import { siteKey } from "./similarity.js";

/** Rises in a row that make a bucket a leak suspect. */
export const RISES = 3;

export interface Suspect {
  /** The bucket as the latest sample has it. */
  bucket: Bucket;
  /** Its count at the sample before its rises began, and now. */
  from: number;
  to: number;
  /** Samples it has risen at, in a row. */
  rises: number;
  /** The sample (1-based) it became a suspect at. */
  since: number;
}

export interface GrowthStep {
  /** 1-based. */
  sample: number;
  goroutines: number;
  buckets: number;
  /** Goroutines more than the previous sample (0 at the first). */
  delta: number;
  /** Buckets that became suspects at this sample. */
  appeared: Suspect[];
  /** Suspects of earlier samples that rose again at this one. */
  growing: Suspect[];
}

interface Track {
  rises: number;
  from: number;
  last: number;
  since: number;
}

/** Follows the samples of one process; `add` takes each sample's buckets in turn. */
export class GrowthWatch {
  private samples = 0;
  private previous: Bucket[] | null = null;
  private total = 0;
  private readonly tracks = new Map<string, Track>();

  add(buckets: Bucket[]): GrowthStep {
    const sample = ++this.samples;
    const goroutines = buckets.reduce((sum, b) => sum + b.count, 0);
    const step: GrowthStep = {
      sample,
      goroutines,
      buckets: buckets.length,
      delta: this.previous === null ? 0 : goroutines - this.total,
      appeared: [],
      growing: [],
    };
    if (this.previous !== null) {
      const seen = new Set<string>();
      for (const change of diffDumps({ buckets: this.previous }, { buckets }).changes) {
        const key = siteKey(change.bucket.representative);
        seen.add(key);
        if (change.change === "vanished") {
          this.tracks.delete(key);
          continue;
        }
        let track = this.tracks.get(key);
        if (change.delta <= 0 || track === undefined) {
          // A fall or a standstill starts the count again; so does a bucket seen for the first time.
          track = {
            rises: change.delta > 0 ? 1 : 0,
            from: change.before,
            last: change.after,
            since: 0,
          };
          this.tracks.set(key, track);
        } else {
          track.rises++;
          track.last = change.after;
        }
        if (track.rises < RISES) continue;
        const suspect = () => ({
          bucket: change.bucket,
          from: track.from,
          to: track.last,
          rises: track.rises,
          since: track.since,
        });
        if (track.since === 0) {
          track.since = sample;
          step.appeared.push(suspect());
        } else step.growing.push(suspect());
      }
      for (const key of this.tracks.keys()) if (!seen.has(key)) this.tracks.delete(key);
    }
    this.previous = buckets;
    this.total = goroutines;
    return step;
  }
}
