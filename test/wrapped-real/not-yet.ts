// Real reports that ../wrapped-real.test.ts does not read right yet behind a wrapper, each with what
// goes wrong; a report read right is taken off its list.
import type { WrapperName } from "./wrappers.js";

export const NOT_YET: Record<WrapperName, Record<string, string>> = {
  compose: {},
  journald: {
    "holdout-10/gitea-24458-router-log-prefix-panic-file-pc-lines-index-with-length-go120-cut":
      "behind journald's prefix gitea's `routers/…:134:1() [E] [id] PANIC:` line and its indented `file:line (0xPC)` lines are not read as gitea's logged stack: nothing found",
    "prefixed/compose-5382-journald-continuation-indent-http-panic":
      "journald inside journald: the inner `host dockerd[pid]: ` is learnt as part of the headline's prefix, while the continuation lines indented under it are the outer stream's: the headline and its stack are split (a journal does not store another journal's lines)",
    "prefixed/golang-12020-logcat-studio-header-on-own-line":
      "Android Studio logcat's goroutine header, indented on a line of its own under the multi-line header, goes to journald's stream, not the logcat stream: the headline has no goroutine and the frames are separate dumps",
  },
  kubectl: {},
  jsonFile: {},
  quote: {
    "holdout-15/nomad-1277-tab-indented-journald-startup-nil-deref-cut-at-panic-frame-go16":
      "the paste's tab indentation is read only at the input's column 0 (paste-indent.ts): behind a prefix, a quote mark or blanks (but kubectl's stamp, peeled as a record) the tab is taken for a file line's",
  },
  indented: {
    "holdout-15/nomad-1277-tab-indented-journald-startup-nil-deref-cut-at-panic-frame-go16":
      "the paste's tab indentation is read only at the input's column 0 (paste-indent.ts): behind a prefix, a quote mark or blanks (but kubectl's stamp, peeled as a record) the tab is taken for a file line's",
  },
};
