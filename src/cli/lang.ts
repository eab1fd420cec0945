// `--lang zh|en`: the language of panicscope's own words. Without the flag, the environment's
// locale decides (src/i18n/lang.ts); JSON output follows only the flag, never the locale, so
// that a program reading it gets the same text on every machine. The language's texts are
// loaded here (src/i18n/translations.ts): a run in English never loads another language.

import { langFromEnvironment, parseLang } from "../i18n/lang.js";
import { loadLang } from "../i18n/translations.js";
import type { Lang } from "../i18n/types.js";
import { UsageError } from "./usage-error.js";

export async function langFromFlag(flag: string | undefined, { json = false } = {}): Promise<Lang> {
  const lang = flag === undefined ? (json ? "en" : langFromEnvironment()) : parseLang(flag);
  if (lang === null) throw new UsageError(`--lang must be zh or en, not ${JSON.stringify(flag)}`);
  await loadLang(lang);
  return lang;
}
