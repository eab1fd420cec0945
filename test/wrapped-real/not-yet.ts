// Real reports that ../wrapped-real.test.ts does not read right yet behind a wrapper, each with what
// goes wrong; a report read right is taken off its list.
import type { WrapperName } from "./wrappers.js";

export const NOT_YET: Record<WrapperName, Record<string, string>> = {
  compose: {
    "holdout-16/hugo-6409-race-without-banner-write-first-access-only-trace-withregion-travis":
      "not read right yet",
  },
  journald: {
    "holdout-15/nomad-1277-tab-indented-journald-startup-nil-deref-cut-at-panic-frame-go16":
      "the paste's tab indentation is read only at the input's column 0 (paste-indent.ts): behind a prefix, a quote mark or blanks (but kubectl's stamp, peeled as a record) the tab is taken for a file line's",
    "holdout-14/cosmos-sdk-1787-docker-json-file-log-records-nil-deref-math-big-site-go110-cut":
      "not read right yet",
    "holdout-14/tidb4pg-82-root-prompt-glued-to-headline-exit-status-job-control-nil-deref":
      "not read right yet",
    "damaged/gominer-30-sigabrt-after-status-line-cgo-unknown-file": "not read right yet",
    "holdout-10/gitea-24458-router-log-prefix-panic-file-pc-lines-index-with-length-go120-cut":
      "not read right yet",
    "holdout-11/mattermost-plugin-calls-514-quoted-log-lines-caller-suffix-interleaved-error-nil-deref-cut":
      "not read right yet",
    "holdout-12/dgraph-4288-email-quoted-joined-lines-fault-headline-and-signal-one-line-wrapped-pc-go112-cut":
      "not read right yet",
    "holdout-2/golang-36883-indented-http-panic-serving-custom-value-after-tail":
      "not read right yet",
    "holdout-2/kthena-88-klog-structured-stacktrace-block-generic-inlined": "not read right yet",
    "holdout-2/triage-party-195-cloud-run-at-frames-http-panic-serving": "not read right yet",
    "holdout-3/bbolt-108-android-studio-logcat-continuation-indent-fault-go110":
      "not read right yet",
    "holdout-3/pinfinder-8-throw-glued-to-output-four-times-headline-only": "not read right yet",
    "holdout-5/druid-exporter-66-space-indented-http-panic-serving-no-goroutine-header-go113":
      "not read right yet",
    "holdout-6/emqx-operator-435-web-log-viewer-line-numbers-interleaved-reconcile-recovered-index-go118-cut":
      "not read right yet",
    "holdout-8/oasdiff-101-newlines-lost-trace-joined-on-few-lines-stack-overflow-reflect-resolvenameoff-go118-cut":
      "not read right yet",
    "holdout-8/vitess-17893-grafana-explore-copy-timestamp-line-before-each-log-line-file-pc-lines-logged-go123-cut":
      "not read right yet",
    "holdout-8/vitess-18236-klog-stream-caught-panic-value-inline-file-pc-lines-logged-go124":
      "not read right yet",
    "matrixone-19185-test-timeout-go123-actions-timestamps": "not read right yet",
    "prefixed/compose-5382-journald-continuation-indent-http-panic": "not read right yet",
    "prefixed/golang-12020-logcat-studio-header-on-own-line": "not read right yet",
    "prefixed/golang-32002-compose-stacked-prefix-split-writes": "not read right yet",
    "prefixed/terraform-28045-hclog-plugin-prefix-unprefixed-headline": "not read right yet",
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
