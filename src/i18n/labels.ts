// The labels of panicscope's output in a language (see ./en/labels.ts).

import { EN_LABELS, type Labels } from "./en/labels.js";
import type { Lang } from "./types.js";
import { ZH_LABELS } from "./zh/labels.js";

export function labels(lang: Lang): Labels {
  return lang === "zh" ? ZH_LABELS : EN_LABELS;
}
