// Chinese, registered on import (see ../translations.ts).

import { registerTranslation } from "../translations.js";
import { ZH_LABELS } from "./labels.js";
import { ZH_RULES } from "./rules/index.js";
import { ZH_SENTENCES } from "./sentences.js";

registerTranslation("zh", { labels: ZH_LABELS, sentences: ZH_SENTENCES, rules: ZH_RULES });
