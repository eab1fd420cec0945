// Real reports that ../wrapped-real.test.ts does not read right yet behind a wrapper, each with what
// goes wrong; a report read right is taken off its list.
import type { WrapperName } from "./wrappers.js";

export const NOT_YET: Record<WrapperName, Record<string, string>> = {
  compose: {},
  journald: {},
  kubectl: {},
  jsonFile: {},
  quote: {
    "holdout-19/go-oci8-197-indented-prompt-program-output-windows-exception-hexdump-go110-cut":
      "the paste's four-blank indentation is read only at the input's column 0 (paste-indent.ts): behind a prefix or a quote mark the blanks stay and the indented `Exception 0xc0000005` line with its hexdump is not read: nothing found",
    "holdout-15/nomad-1277-tab-indented-journald-startup-nil-deref-cut-at-panic-frame-go16":
      "the paste's tab indentation is read only at the input's column 0 (paste-indent.ts): behind a prefix, a quote mark or blanks (but kubectl's stamp, peeled as a record) the tab is taken for a file line's",
  },
  indented: {
    "holdout-15/nomad-1277-tab-indented-journald-startup-nil-deref-cut-at-panic-frame-go16":
      "the paste's tab indentation is read only at the input's column 0 (paste-indent.ts): behind a prefix, a quote mark or blanks (but kubectl's stamp, peeled as a record) the tab is taken for a file line's",
  },
  actions: {},
  composeV2: {},
  logcat: {},
  shortIso: {},
};
