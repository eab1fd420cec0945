// The real reports under testdata/real with their hand-read expectations, and the comparison
// the wrapped-real and damaged-real tests make: a text changed the way real pastes are must
// read as the report's expectation says — the same crashes, kinds, categories, crashing
// goroutines and crash sites (not the messages, which a wrapper or a damage may change).

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeText } from "../../src/pipeline/analyze.js";

export const ROOT = join(import.meta.dirname, "..", "..", "..", "testdata", "real");

/** Holdouts still being gathered must stay unseen: their folders hold `*.expect.json.pending`. */
function unseen(names: string[]): boolean {
  return names.some((n) => n.endsWith(".expect.json.pending"));
}

function expectations(dir: string, out: string[]): string[] {
  const names = readdirSync(dir).sort();
  if (unseen(names)) return out;
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) expectations(path, out);
    else if (name.endsWith(".expect.json")) out.push(path);
  }
  return out;
}

export interface Expected {
  kind: string;
  category: string;
  goroutine?: number | null;
  frame?: unknown;
}

export interface Report {
  /** The path under testdata/real without `.expect.json`, the not-yet lists' key. */
  id: string;
  input: string;
  expectation: { stillWrong?: string; crashes: Expected[] };
}

/** What the tests compare of a crash: the fields the corpus score counts. */
function essentials(crash: Expected, like: Expected): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: crash.kind, category: crash.category };
  if ("goroutine" in like) out.goroutine = crash.goroutine;
  if ("frame" in like) out.frame = crash.frame;
  return out;
}

export const REPORTS: Report[] = expectations(ROOT, [])
  .map((path) => ({
    id: path.slice(ROOT.length + 1, -".expect.json".length),
    input: `${path.slice(0, -".expect.json".length)}.txt`,
    expectation: JSON.parse(readFileSync(path, "utf8")) as Report["expectation"],
  }))
  .filter((r) => existsSync(r.input));

/** Why a report is a todo: its not-yet entry, or its `stillWrong` (read wrong bare, so changed too). */
export function todo(report: Report, notYet: Record<string, string>): string | undefined {
  const bare = report.expectation.stillWrong;
  return notYet[report.id] ?? (bare === undefined ? undefined : `bare: ${bare}`);
}

/** Asserts the changed text of a report reads as the report's expectation says. */
export async function assertReadsAsExpected(report: Report, text: string): Promise<void> {
  const want = report.expectation.crashes;
  const got = toDocument(await analyzeText(text), { goroutines: false })
    .crashes as unknown as Expected[];
  assert.deepEqual(
    got.map((c, i) => essentials(c, want[i] ?? c)),
    want.map((w) => essentials(w, w)),
  );
}
