// A pprof profile (google/pprof proto/profile.proto, what runtime/pprof writes for debug=0)
// decoded once into plain structs, as pprof's own `profile.Parse` does; the string indexes
// resolved. Only the parts panicscope reads: sample types, samples with their labels,
// locations with their (inlined) lines, functions. Never throws.

import { gunzipSync } from "node:zlib";
import { readFields, readRepeated, type WireField } from "./wire.js";

export interface ProfileFunction {
  name: string;
  file: string;
}

export interface ProfileLine {
  function: ProfileFunction;
  line: number;
}

export interface ProfileLocation {
  address: number;
  /** Innermost first: the last line is the function the address is in, the others inlined into it. */
  lines: ProfileLine[];
}

export interface ProfileSample {
  /** Leaf first. */
  locations: ProfileLocation[];
  values: number[];
  labels: { key: string; value: string }[];
}

export interface Profile {
  /** `goroutine/count`, `alloc_objects/count`, … */
  sampleTypes: { type: string; unit: string }[];
  samples: ProfileSample[];
  timeNanos: number;
}

// Field numbers of profile.proto.
const PROFILE = { sampleType: 1, sample: 2, location: 4, function: 5, string: 6, timeNanos: 9 };

/** The gzip magic: runtime/pprof compresses every profile it writes. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * A profile from its bytes (gzip-compressed or not), or what was wrong. `maxBytes` bounds the
 * uncompressed size.
 */
export function decodeProfile(
  raw: Uint8Array,
  maxBytes = 1 << 30,
): { profile: Profile } | { error: string } {
  let bytes = raw;
  if (isGzip(raw)) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: maxBytes });
    } catch (error) {
      return { error: `not a readable gzip stream (${(error as Error).message})` };
    }
  }
  // First pass: the tables the samples point into (they may come in any order).
  const strings: string[] = [];
  const decoder = new TextDecoder();
  const sampleTypes: [number, number][] = [];
  const sampleFields: [number, number][] = [];
  const locationFields: [number, number][] = [];
  const functionFields: [number, number][] = [];
  let timeNanos = 0;
  const top = readFields(bytes, 0, bytes.length, (f) => {
    if (f.field === PROFILE.string) {
      if (f.wire !== 2) return "a string table entry that is not a string";
      strings.push(decoder.decode(bytes.subarray(f.start, f.end)));
    } else if (f.field === PROFILE.timeNanos && f.wire === 0) timeNanos = f.value;
    else if (f.wire === 2) {
      const range: [number, number] = [f.start, f.end];
      if (f.field === PROFILE.sampleType) sampleTypes.push(range);
      else if (f.field === PROFILE.sample) sampleFields.push(range);
      else if (f.field === PROFILE.location) locationFields.push(range);
      else if (f.field === PROFILE.function) functionFields.push(range);
    }
    return null;
  });
  if (top !== null) return { error: top };
  if (strings[0] !== "") return { error: "the string table does not start with the empty string" };
  const text = (index: number) => strings[index] ?? "";

  const functions = new Map<number, ProfileFunction>();
  for (const [start, end] of functionFields) {
    let id = 0;
    const fn: ProfileFunction = { name: "", file: "" };
    const problem = readFields(bytes, start, end, (f) => {
      if (f.wire !== 0) return null;
      if (f.field === 1) id = f.value;
      else if (f.field === 2) fn.name = text(f.value);
      else if (f.field === 4) fn.file = text(f.value);
      return null;
    });
    if (problem !== null) return { error: `function: ${problem}` };
    functions.set(id, fn);
  }

  const locations = new Map<number, ProfileLocation>();
  for (const [start, end] of locationFields) {
    let id = 0;
    const location: ProfileLocation = { address: 0, lines: [] };
    const problem = readFields(bytes, start, end, (f) => {
      if (f.field === 1 && f.wire === 0) id = f.value;
      else if (f.field === 3 && f.wire === 0) location.address = f.value;
      else if (f.field === 4 && f.wire === 2) return readLine(bytes, f, functions, location);
      return null;
    });
    if (problem !== null) return { error: `location: ${problem}` };
    locations.set(id, location);
  }

  const samples: ProfileSample[] = [];
  for (const [start, end] of sampleFields) {
    const ids: number[] = [];
    const values: number[] = [];
    const labels: { key: string; value: string }[] = [];
    const problem = readFields(bytes, start, end, (f) => {
      if (f.field === 1) return readRepeated(bytes, f, ids);
      if (f.field === 2) return readRepeated(bytes, f, values);
      if (f.field === 3 && f.wire === 2) {
        const label = { key: "", value: "" };
        const bad = readFields(bytes, f.start, f.end, (l) => {
          if (l.field === 1 && l.wire === 0) label.key = text(l.value);
          else if (l.field === 2 && l.wire === 0) label.value = text(l.value);
          return null;
        });
        labels.push(label);
        return bad;
      }
      return null;
    });
    if (problem !== null) return { error: `sample: ${problem}` };
    const resolved: ProfileLocation[] = [];
    for (const id of ids) {
      const location = locations.get(id);
      if (location === undefined)
        return { error: `a sample names location ${id}, not in the profile` };
      resolved.push(location);
    }
    samples.push({ locations: resolved, values, labels });
  }

  const types: Profile["sampleTypes"] = [];
  for (const [start, end] of sampleTypes) {
    const type = { type: "", unit: "" };
    const problem = readFields(bytes, start, end, (f) => {
      if (f.field === 1 && f.wire === 0) type.type = text(f.value);
      else if (f.field === 2 && f.wire === 0) type.unit = text(f.value);
      return null;
    });
    if (problem !== null) return { error: `sample type: ${problem}` };
    types.push(type);
  }
  return { profile: { sampleTypes: types, samples, timeNanos } };
}

function readLine(
  bytes: Uint8Array,
  field: WireField,
  functions: Map<number, ProfileFunction>,
  location: ProfileLocation,
): string | null {
  let functionId = 0;
  let line = 0;
  const problem = readFields(bytes, field.start, field.end, (f) => {
    if (f.field === 1 && f.wire === 0) functionId = f.value;
    else if (f.field === 2 && f.wire === 0) line = f.value;
    return null;
  });
  if (problem !== null) return problem;
  location.lines.push({ function: functions.get(functionId) ?? { name: "", file: "" }, line });
  return null;
}
