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
  shortIso: {},
};
