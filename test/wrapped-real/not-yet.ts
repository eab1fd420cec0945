// Real reports that ../wrapped-real.test.ts does not read right yet behind a wrapper, each with what
// goes wrong; a report read right is taken off its list.
import type { WrapperName } from "./wrappers.js";

export const NOT_YET: Record<WrapperName, Record<string, string>> = {
  compose: {
    "holdout-42/golang-17908-windows-exception-powershell-prompt-syscall9-120-column-wrap-registers-go17":
      "read wrong behind the compose wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-37/chaos-mesh-649-klog-observed-a-panic-message-hard-wrapped-mid-word-go115-cut":
      "read wrong behind the compose wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-35/i18n4go-38-crash-dialog-tab-indented-debug-stack-file-pc-source-lines-nil-map-go14-cut":
      "behind the wrapper's prefix the crash dialog's value, alone on its tab-indented line between `this error occurred:` and `and this stack trace:`, is not taken as the logged stack's value: frame right, category custom-panic, not nil-map-write",
    "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame":
      "the report is a console's 80-column rows (HandleCrash's quoted value cut inside `channel`); the wrapper puts its prefix on the rest's row too, which no log system does to rows a screen cut, and the joiner (console-wrap.ts) measures rows before any prefix comes off: the rest starts as the row does and stays a line, the value `\"send on closed c`",
  },
  journald: {
    "holdout-42/golang-17908-windows-exception-powershell-prompt-syscall9-120-column-wrap-registers-go17":
      "read wrong behind the journald wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-37/chaos-mesh-649-klog-observed-a-panic-message-hard-wrapped-mid-word-go115-cut":
      "read wrong behind the journald wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-35/i18n4go-38-crash-dialog-tab-indented-debug-stack-file-pc-source-lines-nil-map-go14-cut":
      "behind the wrapper's prefix the crash dialog's value, alone on its tab-indented line between `this error occurred:` and `and this stack trace:`, is not taken as the logged stack's value: frame right, category custom-panic, not nil-map-write",
    "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame":
      "the report is a console's 80-column rows (HandleCrash's quoted value cut inside `channel`); the wrapper puts its prefix on the rest's row too, which no log system does to rows a screen cut, and the joiner (console-wrap.ts) measures rows before any prefix comes off: the rest starts as the row does and stays a line, the value `\"send on closed c`",
  },
  kubectl: {
    "holdout-35/i18n4go-38-crash-dialog-tab-indented-debug-stack-file-pc-source-lines-nil-map-go14-cut":
      "behind the wrapper's prefix the crash dialog's value, alone on its tab-indented line between `this error occurred:` and `and this stack trace:`, is not taken as the logged stack's value: frame right, category custom-panic, not nil-map-write",
    "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame":
      "the report is a console's 80-column rows (HandleCrash's quoted value cut inside `channel`); the wrapper puts its prefix on the rest's row too, which no log system does to rows a screen cut, and the joiner (console-wrap.ts) measures rows before any prefix comes off: the rest starts as the row does and stays a line, the value `\"send on closed c`",
  },
  jsonFile: {
    "holdout-35/i18n4go-38-crash-dialog-tab-indented-debug-stack-file-pc-source-lines-nil-map-go14-cut":
      "behind the wrapper's prefix the crash dialog's value, alone on its tab-indented line between `this error occurred:` and `and this stack trace:`, is not taken as the logged stack's value: frame right, category custom-panic, not nil-map-write",
    "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame":
      "the report is a console's 80-column rows (HandleCrash's quoted value cut inside `channel`); the wrapper puts its prefix on the rest's row too, which no log system does to rows a screen cut, and the joiner (console-wrap.ts) measures rows before any prefix comes off: the rest starts as the row does and stays a line, the value `\"send on closed c`",
  },
  quote: {
    "holdout-42/golang-17908-windows-exception-powershell-prompt-syscall9-120-column-wrap-registers-go17":
      "read wrong behind the quote wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-37/chaos-mesh-649-klog-observed-a-panic-message-hard-wrapped-mid-word-go115-cut":
      "read wrong behind the quote wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-35/i18n4go-38-crash-dialog-tab-indented-debug-stack-file-pc-source-lines-nil-map-go14-cut":
      "behind the wrapper's prefix the crash dialog's value, alone on its tab-indented line between `this error occurred:` and `and this stack trace:`, is not taken as the logged stack's value: frame right, category custom-panic, not nil-map-write",
    "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame":
      "the report is a console's 80-column rows (HandleCrash's quoted value cut inside `channel`); the wrapper puts its prefix on the rest's row too, which no log system does to rows a screen cut, and the joiner (console-wrap.ts) measures rows before any prefix comes off: the rest starts as the row does and stays a line, the value `\"send on closed c`",
  },
  indented: {
    "holdout-42/golang-17908-windows-exception-powershell-prompt-syscall9-120-column-wrap-registers-go17":
      "read wrong behind the indented wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-37/chaos-mesh-649-klog-observed-a-panic-message-hard-wrapped-mid-word-go115-cut":
      "read wrong behind the indented wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-28/iris-2366-iris-trace-log-file-only-stack-windows-signal-go121-leading-cut-line":
      "the paste's first line is a cut row behind 144 blanks (`/hero.makeHandl`); indented, paste-indent.ts learns the paste's blanks from its first line with text only up to 12, so the four blanks stay on every line and the bare `D:/…go:N` file lines under `Trace: …` are not read as a logged stack: nothing found (without that first line it reads right)",
    "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame":
      "the report is a console's 80-column rows (HandleCrash's quoted value cut inside `channel`); the wrapper puts its prefix on the rest's row too, which no log system does to rows a screen cut, and the joiner (console-wrap.ts) measures rows before any prefix comes off: the rest starts as the row does and stays a line, the value `\"send on closed c`",
  },
  actions: {
    "holdout-35/i18n4go-38-crash-dialog-tab-indented-debug-stack-file-pc-source-lines-nil-map-go14-cut":
      "behind the wrapper's prefix the crash dialog's value, alone on its tab-indented line between `this error occurred:` and `and this stack trace:`, is not taken as the logged stack's value: frame right, category custom-panic, not nil-map-write",
    "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame":
      "the report is a console's 80-column rows (HandleCrash's quoted value cut inside `channel`); the wrapper puts its prefix on the rest's row too, which no log system does to rows a screen cut, and the joiner (console-wrap.ts) measures rows before any prefix comes off: the rest starts as the row does and stays a line, the value `\"send on closed c`",
  },
  composeV2: {
    "holdout-42/golang-17908-windows-exception-powershell-prompt-syscall9-120-column-wrap-registers-go17":
      "read wrong behind the composeV2 wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-37/chaos-mesh-649-klog-observed-a-panic-message-hard-wrapped-mid-word-go115-cut":
      "read wrong behind the composeV2 wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-35/i18n4go-38-crash-dialog-tab-indented-debug-stack-file-pc-source-lines-nil-map-go14-cut":
      "behind the wrapper's prefix the crash dialog's value, alone on its tab-indented line between `this error occurred:` and `and this stack trace:`, is not taken as the logged stack's value: frame right, category custom-panic, not nil-map-write",
    "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame":
      "the report is a console's 80-column rows (HandleCrash's quoted value cut inside `channel`); the wrapper puts its prefix on the rest's row too, which no log system does to rows a screen cut, and the joiner (console-wrap.ts) measures rows before any prefix comes off: the rest starts as the row does and stays a line, the value `\"send on closed c`",
  },
  logcat: {
    "holdout-42/golang-17908-windows-exception-powershell-prompt-syscall9-120-column-wrap-registers-go17":
      "read wrong behind the logcat wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-37/chaos-mesh-649-klog-observed-a-panic-message-hard-wrapped-mid-word-go115-cut":
      "read wrong behind the logcat wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-35/i18n4go-38-crash-dialog-tab-indented-debug-stack-file-pc-source-lines-nil-map-go14-cut":
      "behind the wrapper's prefix the crash dialog's value, alone on its tab-indented line between `this error occurred:` and `and this stack trace:`, is not taken as the logged stack's value: frame right, category custom-panic, not nil-map-write",
    "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame":
      "the report is a console's 80-column rows (HandleCrash's quoted value cut inside `channel`); the wrapper puts its prefix on the rest's row too, which no log system does to rows a screen cut, and the joiner (console-wrap.ts) measures rows before any prefix comes off: the rest starts as the row does and stays a line, the value `\"send on closed c`",
  },
  stern: {
    "holdout-44/redigo-540-log-file-path-prefix-on-func-lines-one-slash-lost-slice-bounds-go1144-cut":
      "behind stern's column the log file's path and the column are read as one shared column on the headline's lines (shared-column.ts), the first function line is kept back and the first file line goes to the column's stream: frame right, its file lost",
    "holdout-42/golang-17908-windows-exception-powershell-prompt-syscall9-120-column-wrap-registers-go17":
      "read wrong behind the stern wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-37/chaos-mesh-649-klog-observed-a-panic-message-hard-wrapped-mid-word-go115-cut":
      "read wrong behind the stern wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-35/i18n4go-38-crash-dialog-tab-indented-debug-stack-file-pc-source-lines-nil-map-go14-cut":
      "behind the wrapper's prefix the crash dialog's value, alone on its tab-indented line between `this error occurred:` and `and this stack trace:`, is not taken as the logged stack's value: frame right, category custom-panic, not nil-map-write",
    "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame":
      "the report is a console's 80-column rows (HandleCrash's quoted value cut inside `channel`); the wrapper puts its prefix on the rest's row too, which no log system does to rows a screen cut, and the joiner (console-wrap.ts) measures rows before any prefix comes off: the rest starts as the row does and stays a line, the value `\"send on closed c`",
    "broad/status-legacy-15073-slice-bounds-headline-only-logcat-inline-code":
      "a one-line paste: no second line shows stern's column (shared-column.ts), and the learnt prefix would be the column, inline code's backtick and logcat's header together — a backtick is no prefix's (prefix-shape.ts) and the part before the known logcat header keeps it: nothing found",
  },
  shortIso: {
    "holdout-42/golang-17908-windows-exception-powershell-prompt-syscall9-120-column-wrap-registers-go17":
      "read wrong behind the shortIso wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-37/chaos-mesh-649-klog-observed-a-panic-message-hard-wrapped-mid-word-go115-cut":
      "read wrong behind the shortIso wrapper; listed, not looked into, when the report joined this test on its first run",
    "holdout-35/i18n4go-38-crash-dialog-tab-indented-debug-stack-file-pc-source-lines-nil-map-go14-cut":
      "behind the wrapper's prefix the crash dialog's value, alone on its tab-indented line between `this error occurred:` and `and this stack trace:`, is not taken as the logged stack's value: frame right, category custom-panic, not nil-map-write",
    "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame":
      "the report is a console's 80-column rows (HandleCrash's quoted value cut inside `channel`); the wrapper puts its prefix on the rest's row too, which no log system does to rows a screen cut, and the joiner (console-wrap.ts) measures rows before any prefix comes off: the rest starts as the row does and stays a line, the value `\"send on closed c`",
  },
};
