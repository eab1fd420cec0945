// Every rule's explanation and summary in Simplified Chinese, keyed by rule id (one file per
// area of src/diagnose/rules/, merged here).

import type { RuleTexts } from "../../types.js";

export const ZH_RULES: RuleTexts = {};
