// What a rule of the catalogue is: one message (or one kind of report) a dying Go program
// prints, what it means and what to do about it. Rules live in ./rules/, one area per file.

import type { Category } from "../model.js";
import type { Explanation, RuleKind } from "./types.js";

/** Values read out of a message by a rule's named groups (and from the lines around it). */
export type Values = Record<string, string>;

/** Which headline carries a rule's message. */
export type Headline =
  /** `panic: <value>` (also a value net/http recovered, or a nested `\tpanic:`). */
  | "panic"
  /** `fatal error: <message>`. */
  | "fatal"
  /** Not matched on a message: chosen from the kind of crash (race, dump, signal dump). */
  | "none";

export interface Rule {
  /** Stable id, used in `--json` and by `panicscope explain`. */
  id: string;
  /** The coarse category (issue 1's classification) the rule refines. */
  category: Category;
  /**
   * Set on a rule whose one text names checks of different categories (a bounds check the
   * runtime turned into a throw): the category of the check a match's values name.
   */
  categoryOf?: (values: Values) => Category;
  kind: RuleKind;
  /** Whether `recover` can catch it; `null` where the question does not apply. */
  recoverable: boolean | null;
  /** First and last Go release that print the text (`go1.13`; no `until` while current). */
  since: string;
  until?: string;
  /** The text this one replaced, and in which releases that was printed. */
  replaced?: string;
  /**
   * Wordings of the message that only some releases printed (the `runtime error:` prefix
   * before go1.4, a panic that later became a throw…): the first whose text matches a message
   * narrows the match's since/until to its own releases.
   */
  eras?: Era[];
  headline: Headline;
  /**
   * Matched against the message's first line (at most MAX_MATCHED characters): anchored,
   * no nested quantifiers, named groups for the values.
   */
  pattern?: RegExp;
  /**
   * Set on a rule chosen from the crash's context rather than its text: it replaces the
   * rule of this id when the context says so (a signal in C code). Never matched on text.
   */
  refines?: string;
  /** One sentence about this crash, from its values. */
  summary?: (values: Values) => string;
  explanation: Explanation;
}

/** One wording of a rule's message and the Go releases that printed it. */
export interface Era {
  /** Anchored, like `pattern`; tried on the same first line. */
  text: RegExp;
  since: string;
  until?: string;
}

/** Messages longer than this are matched on their first this-many characters only. */
export const MAX_MATCHED = 4096;

/** A rule with the defaults of its kind filled in. */
export function rule(
  spec: Omit<Rule, "recoverable" | "headline"> & {
    recoverable?: boolean | null;
    headline?: Headline;
  },
): Rule {
  const panics = spec.kind === "runtime-error" || spec.kind === "library-panic";
  const fatal = spec.kind === "user-fatal" || spec.kind === "runtime-throw";
  return {
    ...spec,
    recoverable:
      spec.recoverable !== undefined ? spec.recoverable : panics ? true : fatal ? false : null,
    headline:
      spec.headline ?? (panics || spec.kind === "user-panic" ? "panic" : fatal ? "fatal" : "none"),
  };
}
