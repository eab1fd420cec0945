// A report's crash document is the library's reading of its text, so the store keeps the text
// and how it was read, not the document: stored whole, its JSON (28 KB for a 9 KB text) cost
// ingest more than the analysis itself. The document is read again when a report is read —
// except a long text's (a dump of thousands of goroutines), which takes longer to read again
// (135 ms and more for 730 KB) than its document, bounded by maxCrashes, takes to store and
// parse (22 KB, 12 ms): that one is stored whole. So are the documents of reports stored
// before, and any whole document is read as it was stored.

import type { CrashDocument } from "../document/types.js";

/** How a report's text was read: the options the document is read again with. */
export interface AnalysisRecipe {
  /** The input's name in the document. */
  name: string;
  /** Crashes kept, at most (the server's limit): later ones are counted only. */
  maxCrashes?: number;
}

/** Texts longer than this keep their document whole (characters). */
export const KEEP_WHOLE_ABOVE = 256 * 1024;

/** The document's JSON when the text is too long to read again on every view, else nothing. */
export function wholeDocument(text: string, document: CrashDocument): string | undefined {
  return text.length > KEEP_WHOLE_ABOVE ? JSON.stringify(document) : undefined;
}

/** What the `document` column holds for a report stored with its recipe. */
export function recipeColumn(recipe: AnalysisRecipe): string {
  return JSON.stringify({ rebuild: recipe });
}

/** The document of a stored report: read again from its text, or stored whole. */
export async function storedDocument(column: string, text: string): Promise<CrashDocument> {
  const stored = JSON.parse(column) as CrashDocument | { rebuild: AnalysisRecipe };
  return "rebuild" in stored ? readDocument(text, stored.rebuild) : stored;
}

/**
 * The library's document of a report's text; ingest and every later read call this one
 * function, so they read alike. Never throws: if the library ever fails, the text is kept and
 * shown unparsed.
 */
export async function readDocument(text: string, recipe: AnalysisRecipe): Promise<CrashDocument> {
  library ??= loadLibrary();
  const { analyzeText, toDocument } = await library;
  try {
    return toDocument(await analyzeText(text, recipe));
  } catch (error) {
    console.error(
      `panicscope: analysis of ${recipe.name} failed, kept unparsed: ${(error as Error).message}`,
    );
    return toDocument(await analyzeText("", { name: recipe.name }));
  }
}

/**
 * Imported when first needed (the writer thread and `panicscope issues` never analyse), and
 * once: an `import()` per upload cost 2–3 % of its analysis.
 */
let library: ReturnType<typeof loadLibrary> | undefined;

async function loadLibrary() {
  const [{ analyzeText }, { toDocument }] = await Promise.all([
    import("../pipeline/analyze.js"),
    import("../document/to-document.js"),
  ]);
  return { analyzeText, toDocument };
}
