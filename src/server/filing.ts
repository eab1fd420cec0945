// A text's analysis as ingest needs it, on whichever thread runs it: what filing reads of each
// crash, how many the text held, and the whole document only for a text too long to read again.

import { type AnalysisRecipe, readDocument, wholeDocument } from "../store/document.js";
import { filedCrashes } from "../store/types.js";
import type { Filing } from "./analysis-pool.js";

export async function filingOf(text: string, recipe: AnalysisRecipe): Promise<Filing> {
  const document = await readDocument(text, recipe);
  const whole = wholeDocument(text, document);
  return {
    crashes: filedCrashes(document),
    found: document.inputs[0]?.crashes ?? 0,
    ...(whole === undefined ? {} : { wholeDocument: whole }),
  };
}
