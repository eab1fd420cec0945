// The diagnosis's own sentences in a language (see ./en/sentences.ts).

import { EN_SENTENCES, type Sentences } from "./en/sentences.js";
import type { Lang } from "./types.js";
import { ZH_SENTENCES } from "./zh/sentences.js";

export function sentences(lang: Lang): Sentences {
  return lang === "zh" ? ZH_SENTENCES : EN_SENTENCES;
}
