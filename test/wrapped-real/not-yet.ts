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
  stern: {
    "broad/status-legacy-15073-slice-bounds-headline-only-logcat-inline-code":
      "a one-line paste: no second line shows stern's column (shared-column.ts), and the learnt prefix would be the column, inline code's backtick and logcat's header together — a backtick is no prefix's (prefix-shape.ts) and the part before the known logcat header keeps it: nothing found",
  },
  shortIso: {},
};
