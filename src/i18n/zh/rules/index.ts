// Every rule's explanation and summary in Simplified Chinese, keyed by rule id (one file per
// area of src/diagnose/rules/, merged here).

import type { RuleTexts } from "../../types.js";
import { ZH_ALLOC } from "./alloc.js";
import { ZH_ARITHMETIC } from "./arithmetic.js";
import { ZH_BOUNDS } from "./bounds.js";
import { ZH_CGO } from "./cgo.js";
import { ZH_CHANNELS } from "./channels.js";
import { ZH_CRYPTO } from "./crypto.js";
import { ZH_DEADLOCK } from "./deadlock.js";
import { ZH_FALLBACK } from "./fallback.js";
import { ZH_GC } from "./gc.js";
import { ZH_MAPS } from "./maps.js";
import { ZH_MEMORY } from "./memory.js";
import { ZH_NIL } from "./nil.js";
import { ZH_PANIC_MACHINERY } from "./panic-machinery.js";
import { ZH_REFLECT } from "./reflect.js";
import { ZH_REPORTS } from "./reports.js";
import { ZH_RUNTIME_INTERNAL } from "./runtime-internal.js";
import { ZH_SIGNALS } from "./signals.js";
import { ZH_STACK } from "./stack.js";
import { ZH_STDLIB } from "./stdlib.js";
import { ZH_SYNC } from "./sync.js";
import { ZH_TESTING } from "./testing.js";
import { ZH_THREADS } from "./threads.js";
import { ZH_TYPE_ASSERTION } from "./type-assertion.js";
import { ZH_UNSAFE } from "./unsafe.js";

export const ZH_RULES: RuleTexts = {
  ...ZH_NIL,
  ...ZH_BOUNDS,
  ...ZH_MAPS,
  ...ZH_CHANNELS,
  ...ZH_DEADLOCK,
  ...ZH_SYNC,
  ...ZH_MEMORY,
  ...ZH_STACK,
  ...ZH_SIGNALS,
  ...ZH_CGO,
  ...ZH_TYPE_ASSERTION,
  ...ZH_ARITHMETIC,
  ...ZH_TESTING,
  ...ZH_REPORTS,
  ...ZH_FALLBACK,
  ...ZH_PANIC_MACHINERY,
  ...ZH_ALLOC,
  ...ZH_UNSAFE,
  ...ZH_THREADS,
  ...ZH_GC,
  ...ZH_REFLECT,
  ...ZH_CRYPTO,
  ...ZH_STDLIB,
  ...ZH_RUNTIME_INTERNAL,
};
