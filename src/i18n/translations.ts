// The texts of the languages other than English, registered when their module is loaded, so
// that a run in English never loads them (200 KB of Chinese is a fifth of a small crash's
// start-up; bench/startup.mjs). `./zh/index.ts` registers Chinese: the package entry
// (src/index.ts) and the server import it; the command line loads it with `loadLang` when the
// reader's language is zh. Asking for a language that is not loaded is a programming error.

import type { Labels } from "./en/labels.js";
import type { Sentences } from "./en/sentences.js";
import type { Lang, RuleTexts } from "./types.js";

export interface Translation {
  labels: Labels;
  sentences: Sentences;
  rules: RuleTexts;
}

const loaded = new Map<Exclude<Lang, "en">, Translation>();

export function registerTranslation(lang: Exclude<Lang, "en">, translation: Translation): void {
  loaded.set(lang, translation);
}

/** The texts of `lang`; throws when its module was not loaded (see `loadLang`). */
export function translation(lang: Exclude<Lang, "en">): Translation {
  const found = loaded.get(lang);
  if (found === undefined)
    throw new Error(
      `the ${lang} texts are not loaded: await loadLang("${lang}") (src/i18n/translations.ts) first`,
    );
  return found;
}

/** Loads the texts of `lang` (nothing to load for English). */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang === "zh" && !loaded.has("zh")) await import("./zh/index.js");
}
