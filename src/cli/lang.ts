// `--lang zh|en`: the language of panicscope's own words. Without the flag, the environment's
// locale decides (src/i18n/lang.ts); JSON output follows only the flag, never the locale, so
// that a program reading it gets the same text on every machine.

import { langFromEnvironment, parseLang } from "../i18n/lang.js";
import type { Lang } from "../i18n/types.js";
import { UsageError } from "./usage-error.js";

export function langFromFlag(flag: string | undefined, { json = false } = {}): Lang {
  if (flag === undefined) return json ? "en" : langFromEnvironment();
  const lang = parseLang(flag);
  if (lang === null) throw new UsageError(`--lang must be zh or en, not ${JSON.stringify(flag)}`);
  return lang;
}
