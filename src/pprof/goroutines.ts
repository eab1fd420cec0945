// A goroutine profile in pprof's binary form (`/debug/pprof/goroutine`, debug=0) as the same
// dump a `debug=1` profile is read into: one record per distinct stack and label set, with its
// count, so that it is bucketed, diagnosed and shown as the text is. The profile carries no
// goroutine ids and no wait reasons (go1.26 runtime/pprof/pprof.go printCountProfile).

import type { Crash, Frame, Goroutine } from "../model.js";
import { newCrash } from "../traceback/crash.js";
import { GoVersionReader } from "../traceback/finish.js";
import { newFrame } from "../traceback/frame-lines.js";
import type { Profile, ProfileSample } from "./profile.js";

/** The profile as a dump, or why it is not a goroutine profile. */
export function goroutineDump(profile: Profile): { crash: Crash } | { error: string } {
  const [type] = profile.sampleTypes;
  if (profile.sampleTypes.length !== 1 || type?.type !== "goroutine") {
    const names = profile.sampleTypes.map((t) => `${t.type}/${t.unit}`).join(", ");
    return { error: `a profile of ${names || "nothing"}, not a goroutine profile` };
  }
  const crash = newCrash({ kind: "dump", line: 1 });
  const version = new GoVersionReader();
  for (const sample of profile.samples) {
    const count = sample.values[0] ?? 0;
    if (count <= 0) continue;
    const record: Goroutine = {
      id: null,
      state: "",
      waitMinutes: 0,
      lockedToThread: false,
      frames: shownFrames(sample),
      count,
      pcs: sample.locations.map((location) => hex(location.address + 1)),
      inputLine: 1,
    };
    if (sample.labels.length > 0) record.labels = labelsText(sample.labels);
    crash.goroutineCount += count;
    crash.goroutines.push(record);
    version.note(crash, record.frames);
  }
  return { crash };
}

/**
 * The frames `debug=1` prints for the same stack: inlined calls expanded, runtime.goexit and the
 * runtime's own frames at the top left out unless nothing else is left (go1.26
 * runtime/pprof/pprof.go printStackRecord), so both forms give the same buckets.
 */
function shownFrames(sample: ProfileSample): Frame[] {
  const all: Frame[] = [];
  for (const location of sample.locations) {
    location.lines.forEach((line, i) => {
      const frame = newFrame(line.function.name, "", 1);
      frame.file = line.function.file;
      frame.line = line.line;
      frame.pc = hex(location.address);
      // Every line but the last was inlined into the next one (profile.proto Location.line).
      frame.inlined = i < location.lines.length - 1;
      if (line.function.name === "") frame.location = "user";
      all.push(frame);
    });
  }
  const shown = (allFrames: boolean): Frame[] => {
    let show = allFrames;
    const out: Frame[] = [];
    for (const frame of all) {
      const name = frame.func;
      if (name === "runtime.goexit") continue;
      if (
        name === "" ||
        show ||
        !(name.startsWith("runtime.") || name.startsWith("internal/runtime/"))
      ) {
        show = true;
        out.push(frame);
      }
    }
    return out;
  };
  const frames = shown(false);
  return frames.length > 0 ? frames : shown(true);
}

/** `{"k1":"v1", "k2":"v2"}`, sorted, as runtime/pprof's labelMap.String prints them. */
function labelsText(labels: { key: string; value: string }[]): string {
  const pairs = labels.map(({ key, value }) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  return `{${pairs.sort().join(", ")}}`;
}

function hex(value: number): string {
  return `0x${value.toString(16)}`;
}
