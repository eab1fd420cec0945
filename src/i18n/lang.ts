// Which language a person reads: `--lang zh|en`, else the locale of the environment in POSIX
// precedence (LC_ALL, then LC_MESSAGES, then LANG; the first one set and non-empty decides),
// else English.

import type { Lang } from "./types.js";

export const LANGS: readonly Lang[] = ["en", "zh"];

/** `zh`/`en` (any case) as given to `--lang`; null for anything else. */
export function parseLang(text: string): Lang | null {
  const lower = text.trim().toLowerCase();
  return lower === "zh" || lower === "en" ? lower : null;
}

/**
 * The language a locale name asks for: every Chinese locale (`zh_CN.UTF-8`, `zh_SG`, `zh`, and
 * also `zh_TW`, `zh_HK`: Simplified Chinese is the only Chinese panicscope speaks, and closer
 * to a Traditional reader than English is) → zh; anything else (`C`, `POSIX`, `en_US.UTF-8`,
 * `de_DE`) → en.
 */
export function langOfLocale(locale: string): Lang {
  const lower = locale.toLowerCase();
  return lower === "zh" ||
    lower.startsWith("zh_") ||
    lower.startsWith("zh-") ||
    lower.startsWith("zh.")
    ? "zh"
    : "en";
}

/**
 * The language of the environment: the first of LC_ALL, LC_MESSAGES, LANG that is set and not
 * empty (POSIX: LC_ALL overrides every category, LC_MESSAGES is the category of messages, LANG
 * the default). GNU's LANGUAGE list is not read: it is a gettext extension, not POSIX.
 */
export function langFromEnvironment(env: NodeJS.ProcessEnv = process.env): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value !== undefined && value !== "") return langOfLocale(value);
  }
  return "en";
}

/** `--lang` when given, else the environment's. */
export function chooseLang(
  flag: Lang | null | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Lang {
  return flag ?? langFromEnvironment(env);
}
