// Prefixes that loggers put in front of each line, removed before parsing:
//   journald / syslog:  Nov 28 15:49:01 host app[4242]: …   (rsyslog writes a TAB as #011)
//                       (journalctl -o short-precise: the seconds' microseconds, 15:49:01.123456)
//   RFC 3339 syslog:    2026-11-28T15:49:01.123456+00:00 host app[4242]: …
//                       (journalctl -o short-iso[-precise]: the offset without its colon, +0000)
//   glog / klog:        E1128 15:49:01.123456    1234 file.go:12] …
//                       (or with its severity letter cut off by a copy: 1128 15:49:01.123456 …)
//                       (glog before flag.Parse: ERROR: logging before flag.Parse: E1128 …)
//   logcat threadtime:  11-28 15:49:01.123  4242     0 E Go      : …   (Go's own stderr on Android)
//   std log:            2026/11/28 15:49:01 …   (optionally .000000 microseconds)
//   RFC 3339 / ISO:     2026-11-28T15:49:01.123Z …   2026-11-28 15:49:01,123 …
//   bracketed times:    [00:11:11] …   [2018-08-13 14:46:48+0000] …
//   Kibana tables:      August 3rd 2017, 19:28:27.000 …   -
// A prefix may stand alone on a line: the logger stamped an empty line (trailing blanks are
// gone by then); a syslog one only with its pid (`host app[123]:`), as `runtime stack:` after a
// bare stamp is Go's text, not host `runtime` and program `stack`. Every pattern is anchored
// and has no nested quantifier: linear time.

export interface Unprefixed {
  text: string;
  /** The program a syslog line names (`host app[4242]`): lines of different programs are different streams. */
  stream?: string;
}

const SYSLOG =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d(?:\.\d{1,9})? ([^ :[\]]{1,255} [^ :[\]]{1,255}(?:\[\d{1,10}\])?)(?:: |(?<=\]):$)/;
const SYSLOG_ISO =
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d) ([^ :[\]]{1,255} [^ :[\]]{1,255}\[\d{1,10}\]):(?: |$)/;
const KLOG = /^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6} {1,10}\d{1,10} [^ \]]{1,255}:\d{1,9}\] /;
/** A klog header whose severity letter a copy cut off (holdout-8/kubernetes-57210: `1207 17:55:55.339885 …`). */
const KLOG_UNLETTERED = /^\d{4} \d\d:\d\d:\d\d\.\d{6} {1,10}\d{1,10} [^ \]]{1,255}:\d{1,9}\] /;
const GLOG_UNPARSED = "ERROR: logging before flag.Parse: ";
const STD_LOG = /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d{1,9})?(?: |$)/;
const ISO_TIME = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?(?: |$)/;
/**
 * `adb logcat -v threadtime`: liblog's logprint writes `"%s %5d %5d %c %-8s: "` (time, pid, tid,
 * priority, tag padded to eight) before each entry's line (FORMAT_THREADTIME); `-v year` puts the
 * year before the date, `-v usec` six fractional digits, `-v zone` the offset. The tag ends at the
 * first `: ` (tags hold colons of their own, `binder:650_5`); an empty entry ends at the colon.
 */
const LOGCAT =
  /^(?:\d{4}-)?\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}(?:\d{3})?(?: [+-]\d{4})? {1,10}(\d{1,10}) {1,10}\d{1,10} [VDIWEFA] /;
/** How far the tag may reach for its `: `: Android's tags are short, a line's text is not. */
const LOGCAT_TAG_MAX = 128;
/** CI systems and loggers that bracket the time: `[00:11:11] ` (AppVeyor), `[2018-08-13 14:46:48+0000] `. */
const BRACKET_TIME = /^\[\d[\d:.,TZ/ +-]{4,40}\](?: |$)/;
/** Kibana's default table date, copied with a ` - ` column tail: `August 3rd 2017, 19:28:27.000 …   - `. */
const KIBANA =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th) \d{4}, \d\d:\d\d:\d\d\.\d{3} /;

/** Removes one logger prefix from `text`; returns null when it has none. */
export function removeLinePrefix(text: string): Unprefixed | null {
  const c = text.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    let match = SYSLOG_ISO.exec(text);
    if (match !== null)
      return { text: unescapeSyslog(text.slice(match[0].length)), stream: match[1] as string };
    const logcat = LOGCAT.exec(text);
    if (logcat !== null) return withoutLogcatTag(text, logcat[0].length, logcat[1] as string);
    match = STD_LOG.exec(text) ?? ISO_TIME.exec(text) ?? KLOG_UNLETTERED.exec(text);
    if (match !== null) return { text: text.slice(match[0].length) };
    return null;
  }
  if (c === 0x5b /* [ */) {
    const match = BRACKET_TIME.exec(text);
    return match === null ? null : { text: text.slice(match[0].length) };
  }
  if (c >= 0x41 && c <= 0x5a) {
    const kibana = KIBANA.exec(text);
    if (kibana !== null) return { text: text.slice(kibana[0].length).replace(/ +- ?$/, "") };
    // glog writes this before its header while flag.Parse has not run (glog.go, output()).
    if (text.startsWith(GLOG_UNPARSED)) {
      const match = KLOG.exec(text.slice(GLOG_UNPARSED.length));
      if (match !== null) return { text: text.slice(GLOG_UNPARSED.length + match[0].length) };
    }
    const second = text.charCodeAt(1);
    if (second >= 0x30 && second <= 0x39) {
      const match = KLOG.exec(text);
      return match === null ? null : { text: text.slice(match[0].length) };
    }
    const match = SYSLOG.exec(text);
    // `Jan  8 23:36:46 fatal error: …` is a stamp before Go's headline, not host `fatal`
    // and program `error`: left to the learnt prefixes.
    if (match !== null && match[1] !== "fatal error")
      return { text: unescapeSyslog(text.slice(match[0].length)), stream: match[1] as string };
  }
  return null;
}

/**
 * The line after logcat's tag, `at` where the tag starts: the entries of one process's tag are a
 * stream (Go's runtime writes its stderr under `Go`, one entry a line: go1.26
 * src/runtime/write_err_android.go), another tag's or process's are another. Null when no `: `
 * ends a tag.
 */
function withoutLogcatTag(text: string, at: number, pid: string): Unprefixed | null {
  const end = Math.min(text.length, at + LOGCAT_TAG_MAX);
  let colon = text.indexOf(":", at + 1);
  while (
    colon !== -1 &&
    colon < end &&
    colon + 1 < text.length &&
    text.charCodeAt(colon + 1) !== 0x20
  )
    colon = text.indexOf(":", colon + 1);
  if (colon === -1 || colon >= end) return null;
  const tag = text.slice(at, colon).trimEnd();
  return { text: text.slice(colon + 2), stream: `${pid} ${tag}` };
}

/** rsyslog's default $EscapeControlCharactersOnReceive writes control characters as #ooo (octal). */
function unescapeSyslog(text: string): string {
  if (text.indexOf("#0") === -1) return text;
  return text.replace(/#0([0-3][0-7])/g, (_, octal: string) =>
    String.fromCharCode(Number.parseInt(octal, 8)),
  );
}
