// What the binary that crashed adds to an analysis (`analyze --binary`): frames that had only a
// PC get their function, file and line (inlined calls expanded), PC lists the program logged
// become stacks, the binary is checked against the crash, and each crash is diagnosed again
// with its buckets and fold evidence kept — they were read from the whole dump.

import type { GoBinary } from "../binary/gobinary.js";
import { applyBinary } from "../binary/report.js";
import { type Analysis, diagnose, rediagnose } from "./analyze.js";
import { pcListCrashes } from "./pc-lists.js";

/**
 * The analysis with `binary`'s symbols applied. `file` names the binary in the report and in
 * the warnings (one per way the binary does not match the crash).
 */
export function withBinary(analysis: Analysis, binary: GoBinary, file: string): Analysis {
  // PC lists a program logged: only the binary can say what they are.
  const lists = pcListCrashes(analysis.stray).map((crash) => diagnose(crash, analysis.input));
  const warnings = [...analysis.warnings];
  const crashes = [...analysis.crashes, ...lists]
    .sort((a, b) => a.crash.span.startLine - b.crash.span.startLine)
    .map((analyzed) => {
      const { crash, report } = applyBinary(
        analyzed.crash,
        binary,
        file,
        analyzed.goVersion?.value ?? null,
      );
      for (const warning of report.match.warnings) warnings.push(`${file}: ${warning}`);
      return { ...rediagnose(analyzed, crash), binary: report };
    });
  return { ...analysis, crashes, warnings };
}
