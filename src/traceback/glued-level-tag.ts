// Another writer's log record started on the headline's line. The runtime writes its headline
// without waiting for the program's loggers: when a logrus text record's colored level tag is
// written right after the headline's text, before the runtime's newline, the tag (its color
// codes gone in a copy of the screen) is glued to the value's last letter (`fatal error:
// concurrent map read and map writeINFO[0035]`, holdout-12/logrus-364). logrus's
// TextFormatter writes the level upper-cased and cut to four letters, then the seconds since
// start (`[%04d]`) or the full timestamp in brackets (sirupsen/logrus text_formatter.go
// printColored).

/** A logrus level tag glued to the value's last character, and the record's rest. */
const GLUED_LEVEL_TAG =
  /(?<=[^\s[])(?:PANI|FATA|ERRO|WARN|INFO|DEBU|TRAC)\[\d[\d:.TZ+-]{3,39}\](?: .*)?$/;

/** The value without a logger's level tag (and its record) glued after its last character. */
export function withoutGluedLevelTag(value: string): string {
  const tag = GLUED_LEVEL_TAG.exec(value);
  return tag === null ? value : value.slice(0, tag.index);
}
