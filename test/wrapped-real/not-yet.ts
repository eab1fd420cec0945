// Real reports that ../wrapped-real.test.ts does not read right yet behind a wrapper, each with what
// goes wrong; a report read right is taken off its list.
import type { WrapperName } from "./wrappers.js";

export const NOT_YET: Record<WrapperName, Record<string, string>> = {
  compose: {},
  journald: {},
  kubectl: {},
  jsonFile: {},
  quote: {},
  indented: {},
  actions: {},
  composeV2: {},
  logcat: {},
  stern: {
    "broad/status-legacy-15073-slice-bounds-headline-only-logcat-inline-code":
      "a one-line paste: no second line shows stern's column (shared-column.ts), and the learnt prefix would be the column, inline code's backtick and logcat's header together — a backtick is no prefix's (prefix-shape.ts) and the part before the known logcat header keeps it: nothing found",
  },
  shortIso: {},
};
