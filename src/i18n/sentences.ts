// The diagnosis's own sentences in a language (see ./en/sentences.ts).

import { EN_SENTENCES, type Sentences } from "./en/sentences.js";
import { translation } from "./translations.js";
import type { Lang } from "./types.js";

export function sentences(lang: Lang): Sentences {
  return lang === "en" ? EN_SENTENCES : translation(lang).sentences;
}
