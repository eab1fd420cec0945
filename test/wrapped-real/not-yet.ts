// Real reports that ../wrapped-real.test.ts does not read right yet behind a wrapper, each with what
// goes wrong; a report read right is taken off its list.
import type { WrapperName } from "./wrappers.js";

export const NOT_YET: Record<WrapperName, Record<string, string>> = {
  compose: {
    "holdout-16/hugo-6409-race-without-banner-write-first-access-only-trace-withregion-travis":
      "not read right yet",
    "holdout-15/cilium-7205-gocheck-panic-report-file-then-in-function-lines-logged-go1115":
      "gocheck's `file:line` / `  in Func` lines are no line the prefix learner knows: compose's prefix is never learnt, nothing found",
    "holdout-15/cluster-api-2881-ginkgo-aftersuite-test-panicked-full-stack-trace-two-space-indent-logged-go114-cut":
      "the prefix is learnt only at the stack, after `Test Panicked` and its value were seen with it: the message is the heading's (`Full Stack Trace`)",
    "holdout-15/controller-runtime-pr1785-ginkgo-test-panicked-tilde-home-paths-logged-cut":
      "the heading and the call line under it are read before compose's prefix is learnt: nothing found",
    "holdout-15/kubectl-klock-161-tui-debris-caught-panic-bubbletea-print-stack-index-with-length-logged-cut":
      "the prefix is learnt at the goroutine header, after bubbletea's `Caught panic:` and its value were read with it: no value (as holdout-5/crush-1307)",
    "holdout-15/kubernetes-128638-journald-microsecond-timestamps-kubelet-concurrent-map-writes-inlined-site-cut":
      "not read right yet",
    "holdout-15/nerdctl-pr3300-unfenced-journald-container-unit-custom-panic-no-blank-line-cut":
      "not read right yet",
    "holdout-14/cosmos-sdk-1787-docker-json-file-log-records-nil-deref-math-big-site-go110-cut":
      "not read right yet",
    "holdout-14/gorocksdb-44-blockquote-first-line-sigill-cgo-cgocall-errno-go14":
      "not read right yet",
    "holdout-14/tidb4pg-82-root-prompt-glued-to-headline-exit-status-job-control-nil-deref":
      "not read right yet",
    "holdout-14/tiflow-11871-fence-opener-glued-to-headline-index-with-length-arm64-inlined-go121":
      "not read right yet",
    "holdout-14/vitess-3628-unfenced-klog-severity-letter-lost-uncaught-panic-blaze-third-party-paths-logged-go110":
      "not read right yet",
    "broad/amd-smi-exporter-8-index-out-of-range-headline-mid-line-go121": "not read right yet",
    "broad/go-blueprint-222-fiber-logged-crash-windows-cut": "not read right yet",
    "broad/grafana-88882-race-without-header-details": "not read right yet",
    "broad/status-legacy-15073-slice-bounds-headline-only-logcat-inline-code": "not read right yet",
    "damaged/gominer-30-sigabrt-after-status-line-cgo-unknown-file": "not read right yet",
    "holdout-10/beats-6692-logp-recover-json-stack-real-newlines-ioutil-repanic-panicslice-go19-cut":
      "not read right yet",
    "holdout-10/gitea-24458-router-log-prefix-panic-file-pc-lines-index-with-length-go120-cut":
      "not read right yet",
    "holdout-11/hub-2068-crash-reporter-error-line-logged-stack-debian-build-path-go16":
      "not read right yet",
    "holdout-11/hub-2102-crash-reporter-error-line-logged-stack-homebrew-go1121":
      "not read right yet",
    "holdout-11/mattermost-plugin-calls-514-quoted-log-lines-caller-suffix-interleaved-error-nil-deref-cut":
      "not read right yet",
    "holdout-12/3x-ui-3839-inline-code-crash-detected-line-space-indented-headline-wrapped-args-later-lines-prefixed-slice-bounds-cut":
      "not read right yet",
    "holdout-12/dgraph-4288-email-quoted-joined-lines-fault-headline-and-signal-one-line-wrapped-pc-go112-cut":
      "not read right yet",
    "holdout-12/mattermost-plugin-calls-pr547-json-log-record-per-line-recovered-debug-stack-logged-cut":
      "not read right yet",
    "holdout-12/mattermost-plugin-gitlab-pr302-json-log-record-per-trace-line-index-with-length-headline-and-header-cut":
      "not read right yet",
    "holdout-13/authelia-6822-backtick-glued-to-journald-prefix-index-with-length-dependency-site-cut":
      "not read right yet",
    "holdout-13/lazydocker-91-tui-overwritten-trace-glued-headline-box-drawing-debris-garbled-offset-cut":
      "not read right yet",
    "holdout-13/mautrix-signal-533-pretty-printed-json-error-and-stack-fields-bridgev2-recover-cut":
      "not read right yet",
    "holdout-13/telegraf-2344-journald-docker-prefix-fence-glued-nil-deref-go17-cut":
      "not read right yet",
    "holdout-2/golang-36883-indented-http-panic-serving-custom-value-after-tail":
      "not read right yet",
    "holdout-2/goreplay-203-multiline-value-then-file-pc-lines-glued-go14": "not read right yet",
    "holdout-2/graph-runner-12-two-space-indent-header-lost-indent": "not read right yet",
    "holdout-2/kthena-88-klog-structured-stacktrace-block-generic-inlined": "not read right yet",
    "holdout-2/shisui-163-goroutine-profile-debug1-log-fence": "not read right yet",
    "holdout-2/triage-party-195-cloud-run-at-frames-http-panic-serving": "not read right yet",
    "holdout-3/bbolt-108-android-studio-logcat-continuation-indent-fault-go110":
      "not read right yet",
    "holdout-3/matic-jagar-11-headline-reworded-tilde-paths": "not read right yet",
    "holdout-3/pinfinder-8-throw-glued-to-output-four-times-headline-only": "not read right yet",
    "holdout-5/crush-1307-bubbletea-caught-panic-restoring-terminal-debug-stack-nil-map-go125-cut":
      "not read right yet",
    "holdout-5/erigon-7313-rpc-method-crashed-compact-basename-stack-list-cut":
      "not read right yet",
    "holdout-5/helm-12061-termux-prompt-sigsys-bad-system-call-arm64-gp-m-header-go1225-cut":
      "not read right yet",
    "holdout-6/consul-9800-blockquote-wrapped-argument-lines-marked-nil-deref-arm64-cut":
      "not read right yet",
    "holdout-6/emqx-operator-435-web-log-viewer-line-numbers-interleaved-reconcile-recovered-index-go118-cut":
      "not read right yet",
    "holdout-7/ebiten-2489-fatal-log-line-polish-windows-error-then-headerless-panic-frame-logged-cut":
      "not read right yet",
    "holdout-8/exclave-355-logcat-go-tag-inline-code-close-of-closed-wireguard-bind-inlined-arm64-cut":
      "not read right yet",
    "holdout-8/golang-15769-list-indented-headline-unexpected-signal-mspan-sweep-gc-goroutine-runtime-only-go14-cut":
      "not read right yet",
    "holdout-8/govcl-203-pre-glued-sigabrt-cgo-dylib-syscall3-centos-sigcode-unsigned-cut":
      "not read right yet",
    "holdout-8/oasdiff-101-newlines-lost-trace-joined-on-few-lines-stack-overflow-reflect-resolvenameoff-go118-cut":
      "not read right yet",
    "holdout-8/vitess-17893-grafana-explore-copy-timestamp-line-before-each-log-line-file-pc-lines-logged-go123-cut":
      "not read right yet",
    "holdout-8/vitess-18236-klog-stream-caught-panic-value-inline-file-pc-lines-logged-go124":
      "not read right yet",
    "holdout-9/livepeer-2572-table-pipe-prefix-dash-line-http-panic-serving-intn-untabbed-go117-cut":
      "not read right yet",
    "kanali-12-concurrent-map-kibana-prefix-shuffled": "not read right yet",
    "logged/gogs-285-martini-windows-no-func-lines": "not read right yet",
    "logged/gogs-770-macaron-go13-panic-c": "not read right yet",
    "logged/pkg-errors-49-plus-v-spaces-wrapped": "not read right yet",
    "logged/risingwave-8345-grafana-logfmt-stack-field": "not read right yet",
    "prefixed/golang-12020-logcat-studio-header-on-own-line": "not read right yet",
    "prefixed/golang-32002-compose-stacked-prefix-split-writes": "not read right yet",
    "prefixed/terraform-28045-hclog-plugin-prefix-unprefixed-headline": "not read right yet",
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
  kubectl: {
    "holdout-14/cosmos-sdk-1787-docker-json-file-log-records-nil-deref-math-big-site-go110-cut":
      "not read right yet",
  },
  jsonFile: {
    "holdout-14/cosmos-sdk-1787-docker-json-file-log-records-nil-deref-math-big-site-go110-cut":
      "not read right yet",
    "holdout-14/prysm-12422-logrus-msg-field-holds-debug-stack-reflect-panic-logged-go120-cut":
      "not read right yet",
    "holdout-14/prysm-13086-journald-logrus-runtime-panic-msg-logged-stack-cut-before-panic-frame":
      "not read right yet",
  },
  quote: {
    "holdout-15/nomad-1277-tab-indented-journald-startup-nil-deref-cut-at-panic-frame-go16":
      "the paste's tab indentation is read only at the input's column 0 (paste-indent.ts): behind a prefix, a quote mark or blanks (but kubectl's stamp, peeled as a record) the tab is taken for a file line's",
  },
  indented: {
    "holdout-15/nomad-1277-tab-indented-journald-startup-nil-deref-cut-at-panic-frame-go16":
      "the paste's tab indentation is read only at the input's column 0 (paste-indent.ts): behind a prefix, a quote mark or blanks (but kubectl's stamp, peeled as a record) the tab is taken for a file line's",
  },
};
