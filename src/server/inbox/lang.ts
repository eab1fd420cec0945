// The reader's language in the browser: the switch's cookie, else Accept-Language (the
// highest-weighted of the languages panicscope speaks; every `zh-*` is zh), else English.

import { EN_INBOX, type InboxLabels } from "../../i18n/en/inbox.js";
import type { Lang } from "../../i18n/types.js";
// The inbox speaks every language: their texts are registered with the server (see
// src/i18n/translations.ts).
import "../../i18n/zh/index.js";
import { ZH_INBOX } from "../../i18n/zh/inbox.js";

export const LANG_COOKIE = "panicscope_lang";

export function inboxLabels(lang: Lang): InboxLabels {
  return lang === "zh" ? ZH_INBOX : EN_INBOX;
}

export function chooseLang(cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  if (cookie === "en" || cookie === "zh") return cookie;
  let best: Lang = "en";
  let bestWeight = 0;
  for (const part of (acceptLanguage ?? "").split(",").slice(0, 20)) {
    const [tag = "", ...params] = part.trim().toLowerCase().split(";");
    const lang =
      tag === "zh" || tag.startsWith("zh-")
        ? "zh"
        : tag === "en" || tag.startsWith("en-")
          ? "en"
          : null;
    if (lang === null) continue;
    const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
    const weight = q === undefined ? 1 : Number(q);
    if (weight > bestWeight) {
      best = lang;
      bestWeight = weight;
    }
  }
  return best;
}
