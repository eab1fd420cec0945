// Real reports that ../wrapped-real.test.ts does not read right yet behind a wrapper, each with what
// goes wrong; a report read right is taken off its list.
import type { WrapperName } from "./wrappers.js";

/** Behind journald's short format. */
const JOURNALD: Record<string, string> = {
  "holdout-10/gitea-24458-router-log-prefix-panic-file-pc-lines-index-with-length-go120-cut":
    "behind journald's prefix gitea's `routers/…:134:1() [E] [id] PANIC:` line and its indented `file:line (0xPC)` lines are not read as gitea's logged stack: nothing found",
  "prefixed/compose-5382-journald-continuation-indent-http-panic":
    "journald inside journald: the inner `host dockerd[pid]: ` is learnt as part of the headline's prefix, while the continuation lines indented under it are the outer stream's: the headline and its stack are split (a journal does not store another journal's lines)",
  "prefixed/golang-12020-logcat-studio-header-on-own-line":
    "Android Studio logcat's goroutine header, indented on a line of its own under the multi-line header, goes to journald's stream, not the logcat stream: the headline has no goroutine and the frames are separate dumps",
};

/**
 * `journalctl -o short-iso` and logcat's threadtime are prefixes known as journald's short one is
 * (line-prefixes.ts), each naming a stream, and the line behind them is read as journald's is
 * (unwrap.ts logSystemRecord): what is not read right behind them is what is not behind journald's.
 */
const BEHIND_OTHER_KNOWN = JOURNALD;

export const NOT_YET: Record<WrapperName, Record<string, string>> = {
  compose: {},
  journald: JOURNALD,
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
  logcat: BEHIND_OTHER_KNOWN,
  shortIso: BEHIND_OTHER_KNOWN,
};
