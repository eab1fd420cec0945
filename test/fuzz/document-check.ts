// Whether an `analyze --json --goroutines` document keeps its types: the JSON Schema
// (schema/analysis-1.json) through ajv, and a hand-written check of README's JSON section that
// also says what a schema of types cannot (ids not negative, spans from line 1).

import { CATEGORIES } from "../../src/model.js";
import { schemaErrors } from "../document/schema.js";

/** The ways `document` breaks its documented types; empty when it keeps them. */
export type DocumentCheck = (document: unknown) => string[];

const KINDS = ["panic", "fatal", "signal", "dump", "race", "test-timeout", "logged"];
const RULE_KINDS = [
  "runtime-error",
  "library-panic",
  "user-panic",
  "user-fatal",
  "runtime-throw",
  "signal",
  "report",
];
const SIMILARITIES = ["exact", "pointers", "values"];
const VERSION_SOURCES = ["path", "runtime-lines", "format"];
const LOCATIONS = ["runtime", "stdlib", "user"];
const ROLES = ["root-cause", "rethrown", "replaced", "raised-in-defer"];

type Json = Record<string, unknown>;

/** Collects violations with the path where each was found. */
class Checker {
  readonly errors: string[] = [];

  fail(path: string, what: string, value: unknown): void {
    if (this.errors.length < 20) this.errors.push(`${path}: ${what}, got ${preview(value)}`);
  }

  object(path: string, value: unknown): value is Json {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return true;
    this.fail(path, "not an object", value);
    return false;
  }

  array(path: string, value: unknown): value is unknown[] {
    if (Array.isArray(value)) return true;
    this.fail(path, "not an array", value);
    return false;
  }

  string(path: string, value: unknown): void {
    if (typeof value !== "string") this.fail(path, "not a string", value);
  }

  boolean(path: string, value: unknown): void {
    if (typeof value !== "boolean") this.fail(path, "not a boolean", value);
  }

  /** A whole number ≥ min: ids, counts, lines. */
  count(path: string, value: unknown, min = 0): void {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min)
      this.fail(path, `not an integer ≥ ${min}`, value);
  }

  number(path: string, value: unknown): void {
    if (typeof value !== "number" || !Number.isFinite(value))
      this.fail(path, "not a number", value);
  }

  oneOf(path: string, value: unknown, values: readonly string[]): void {
    if (typeof value !== "string" || !values.includes(value))
      this.fail(path, `not one of ${values.join("|")}`, value);
  }

  nullable(path: string, value: unknown, check: (path: string, value: unknown) => void): void {
    if (value !== null) check(path, value);
  }

  optional(path: string, value: unknown, check: (path: string, value: unknown) => void): void {
    if (value !== undefined) check(path, value);
  }

  /** Each item of an array, with its path. */
  each(path: string, value: unknown, check: (path: string, item: unknown) => void): void {
    if (!this.array(path, value)) return;
    for (const [i, item] of value.entries()) check(`${path}[${i}]`, item);
  }

  strings(path: string, value: unknown): void {
    this.each(path, value, (p, s) => this.string(p, s));
  }

  stringRecord(path: string, value: unknown): void {
    if (this.object(path, value))
      for (const [k, v] of Object.entries(value)) this.string(`${path}.${k}`, v);
  }
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function site(c: Checker, path: string, value: unknown): void {
  if (!c.object(path, value)) return;
  c.string(`${path}.func`, value.func);
  c.string(`${path}.file`, value.file);
  c.count(`${path}.line`, value.line);
}

function frame(c: Checker, path: string, value: unknown): void {
  if (!c.object(path, value)) return;
  site(c, path, value);
  c.string(`${path}.args`, value.args);
  c.optional(`${path}.offset`, value.offset, (p, v) => c.count(p, v));
  c.boolean(`${path}.inlined`, value.inlined);
  c.oneOf(`${path}.location`, value.location, LOCATIONS);
  c.count(`${path}.inputLine`, value.inputLine, 1);
}

function frames(c: Checker, path: string, value: unknown): void {
  c.each(path, value, (p, f) => frame(c, p, f));
}

function goroutine(c: Checker, path: string, value: unknown): void {
  if (!c.object(path, value)) return;
  // null: a profile record or a headerless block; -1: a `runtime stack:` block.
  c.nullable(`${path}.id`, value.id, (p, v) => c.count(p, v));
  c.string(`${path}.state`, value.state);
  c.count(`${path}.waitMinutes`, value.waitMinutes);
  c.boolean(`${path}.lockedToThread`, value.lockedToThread);
  frames(c, `${path}.frames`, value.frames);
  c.optional(`${path}.createdBy`, value.createdBy, (p, v) => frame(c, p, v));
  c.optional(`${path}.parentId`, value.parentId, (p, v) => c.count(p, v));
  c.optional(`${path}.count`, value.count, (p, v) => c.count(p, v, 1));
  c.optional(`${path}.elided`, value.elided, (p, v) => {
    if (!c.object(p, v)) return;
    c.count(`${p}.count`, v.count, -1);
    c.count(`${p}.afterFrame`, v.afterFrame);
  });
  c.optional(`${path}.ancestors`, value.ancestors, (p, v) => {
    if (!c.array(p, v)) return;
    v.forEach((a, i) => {
      if (!c.object(`${p}[${i}]`, a)) return;
      c.count(`${p}[${i}].id`, a.id);
      frames(c, `${p}[${i}].frames`, a.frames);
      c.optional(`${p}[${i}].createdBy`, a.createdBy, (q, w) => frame(c, q, w));
    });
  });
}

function bucket(c: Checker, path: string, value: unknown): void {
  if (!c.object(path, value)) return;
  c.count(`${path}.rank`, value.rank, 1);
  c.count(`${path}.count`, value.count, 1);
  c.each(`${path}.ids`, value.ids, (p, id) => c.count(p, id));
  c.optional(`${path}.idsOmitted`, value.idsOmitted, (p, v) => c.count(p, v, 1));
  c.string(`${path}.state`, value.state);
  if (c.object(`${path}.waitMinutes`, value.waitMinutes)) {
    c.count(`${path}.waitMinutes.min`, value.waitMinutes.min);
    c.count(`${path}.waitMinutes.max`, value.waitMinutes.max);
  }
  c.boolean(`${path}.lockedToThread`, value.lockedToThread);
  c.boolean(`${path}.crashing`, value.crashing);
  c.boolean(`${path}.program`, value.program);
  goroutine(c, `${path}.representative`, value.representative);
  if (c.array(`${path}.creators`, value.creators)) {
    value.creators.forEach((creator, i) => {
      const p = `${path}.creators[${i}]`;
      if (!c.object(p, creator)) return;
      c.count(`${p}.goroutine`, creator.goroutine);
      c.count(`${p}.count`, creator.count, 1);
      c.nullable(`${p}.bucket`, creator.bucket, (q, v) => c.count(q, v, 1));
    });
  }
  if (c.object(`${path}.suspicion`, value.suspicion)) {
    c.number(`${path}.suspicion.score`, value.suspicion.score);
    c.strings(`${path}.suspicion.reasons`, value.suspicion.reasons);
  }
}

function diagnosis(c: Checker, path: string, value: unknown): void {
  if (!c.object(path, value)) return;
  c.string(`${path}.rule`, value.rule);
  c.oneOf(`${path}.category`, value.category, CATEGORIES);
  c.oneOf(`${path}.kind`, value.kind, RULE_KINDS);
  c.nullable(`${path}.recoverable`, value.recoverable, (p, v) => c.boolean(p, v));
  c.nullable(`${path}.since`, value.since, (p, v) => c.string(p, v));
  c.nullable(`${path}.until`, value.until, (p, v) => c.string(p, v));
  c.stringRecord(`${path}.values`, value.values);
  c.string(`${path}.summary`, value.summary);
  if (c.object(`${path}.explanation`, value.explanation)) {
    const e = value.explanation;
    for (const key of ["title", "what", "fix", "example"])
      c.string(`${path}.explanation.${key}`, e[key]);
    c.strings(`${path}.explanation.causes`, e.causes);
    c.strings(`${path}.explanation.confirm`, e.confirm);
    c.array(`${path}.explanation.mechanism`, e.mechanism);
  }
  if (c.array(`${path}.chain`, value.chain)) {
    value.chain.forEach((link, i) => {
      const p = `${path}.chain[${i}]`;
      if (!c.object(p, link)) return;
      c.oneOf(`${p}.type`, link.type, ["panic", "fatal"]);
      c.string(`${p}.message`, link.message);
      c.string(`${p}.rule`, link.rule);
      c.stringRecord(`${p}.values`, link.values);
      c.boolean(`${p}.recovered`, link.recovered);
      c.boolean(`${p}.repanicked`, link.repanicked);
      c.oneOf(`${p}.role`, link.role, ROLES);
    });
  }
  c.strings(`${path}.warnings`, value.warnings);
  c.object(`${path}.goroutines`, value.goroutines);
}

function crash(c: Checker, path: string, value: unknown): void {
  if (!c.object(path, value)) return;
  c.string(`${path}.input`, value.input);
  c.oneOf(`${path}.kind`, value.kind, KINDS);
  c.oneOf(`${path}.category`, value.category, CATEGORIES);
  c.string(`${path}.rule`, value.rule);
  c.string(`${path}.message`, value.message);
  if (c.array(`${path}.panics`, value.panics)) {
    value.panics.forEach((panic, i) => {
      const p = `${path}.panics[${i}]`;
      if (!c.object(p, panic)) return;
      c.string(`${p}.value`, panic.value);
      c.boolean(`${p}.recovered`, panic.recovered);
      c.boolean(`${p}.repanicked`, panic.repanicked);
    });
  }
  c.nullable(`${path}.fatal`, value.fatal, (p, v) => c.string(p, v));
  c.nullable(`${path}.signal`, value.signal, (p, v) => c.object(p, v));
  c.nullable(`${path}.goroutine`, value.goroutine, (p, v) => c.count(p, v));
  c.count(`${path}.goroutineCount`, value.goroutineCount);
  for (const key of ["frame", "origin", "programFrame"])
    c.nullable(`${path}.${key}`, value[key], (p, v) => site(c, p, v));
  c.nullable(`${path}.goVersion`, value.goVersion, (p, v) => c.string(p, v));
  c.nullable(`${path}.goVersionSource`, value.goVersionSource, (p, v) =>
    c.oneOf(p, v, VERSION_SOURCES),
  );
  if (typeof value.fingerprint !== "string" || !/^fp[12]:[0-9a-f]{16}$/.test(value.fingerprint))
    c.fail(`${path}.fingerprint`, "not fp1: (fp2: for races) and 16 hex digits", value.fingerprint);
  if (c.object(`${path}.span`, value.span)) {
    const { startLine, endLine } = value.span;
    c.count(`${path}.span.startLine`, startLine, 1);
    c.count(`${path}.span.endLine`, endLine, 1);
    if (typeof startLine === "number" && typeof endLine === "number" && endLine < startLine)
      c.fail(`${path}.span`, "ends before it starts", value.span);
  }
  c.nullable(`${path}.crashing`, value.crashing, (p, v) => goroutine(c, p, v));
  if (c.object(`${path}.states`, value.states))
    for (const [k, v] of Object.entries(value.states)) c.count(`${path}.states.${k}`, v, 1);
  c.oneOf(`${path}.similarity`, value.similarity, SIMILARITIES);
  c.each(`${path}.buckets`, value.buckets, (p, b) => bucket(c, p, b));
  if (c.array(`${path}.family`, value.family)) {
    value.family.forEach((link, i) => {
      const p = `${path}.family[${i}]`;
      if (!c.object(p, link)) return;
      c.count(`${p}.goroutine`, link.goroutine);
      c.nullable(`${p}.bucket`, link.bucket, (q, v) => c.count(q, v, 1));
      c.optional(`${p}.frames`, link.frames, (q, v) => frames(c, q, v));
    });
  }
  c.array(`${path}.notes`, value.notes);
  c.count(`${path}.unparsed`, value.unparsed);
  if (c.array(`${path}.unparsedLines`, value.unparsedLines)) {
    value.unparsedLines.forEach((line, i) => {
      const p = `${path}.unparsedLines[${i}]`;
      if (!c.object(p, line)) return;
      c.count(`${p}.line`, line.line, 1);
      c.string(`${p}.text`, line.text);
    });
  }
  diagnosis(c, `${path}.diagnosis`, value.diagnosis);
  c.optional(`${path}.bucketRemainder`, value.bucketRemainder, (p, v) => {
    if (!c.object(p, v)) return;
    c.count(`${p}.buckets`, v.buckets, 1);
    c.count(`${p}.goroutines`, v.goroutines, 1);
  });
  c.optional(`${path}.goroutines`, value.goroutines, (p, v) => {
    c.each(p, v, (q, g) => goroutine(c, q, g));
  });
}

/** The hand-written check of README's JSON section. */
export const checkDocumentByHand: DocumentCheck = (document) => {
  const c = new Checker();
  if (!c.object("$", document)) return c.errors;
  if (document.schema !== "panicscope/analysis@1")
    c.fail("$.schema", "not panicscope/analysis@1", document.schema);
  c.each("$.crashes", document.crashes, (p, x) => crash(c, p, x));
  if (c.array("$.inputs", document.inputs)) {
    document.inputs.forEach((input, i) => {
      const p = `$.inputs[${i}]`;
      if (!c.object(p, input)) return;
      c.string(`${p}.name`, input.name);
      for (const key of ["bytes", "lines", "crashes", "strayLines", "truncatedLines"])
        c.count(`${p}.${key}`, input[key]);
      c.object(`${p}.wrappers`, input.wrappers);
    });
  }
  return c.errors;
};

/** The schema (schema/analysis-1.json) first, then what it cannot say (ids ≥ 0, spans ≥ 1). */
export const checkDocument: DocumentCheck = (document) => [
  ...schemaErrors(document),
  ...checkDocumentByHand(document),
];
