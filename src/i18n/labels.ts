// The labels of panicscope's output in a language (see ./en/labels.ts).

import { EN_LABELS, type Labels } from "./en/labels.js";
import { translation } from "./translations.js";
import type { Lang } from "./types.js";

export function labels(lang: Lang): Labels {
  return lang === "en" ? EN_LABELS : translation(lang).labels;
}
