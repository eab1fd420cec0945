// Where a goroutine header sits among other text: the one pattern of the readers that look
// for it inside a line (a prefix in front of it, a message glued before it, the next line
// glued after it, a traceback flattened onto one line). Its fields are read apart, by
// traceback/goroutine-header.ts, once the header is a line of its own.

/** `goroutine 20 [` or, since go1.23 with GOTRACEBACK=system and up, `goroutine 20 gp=0x… m=6 mp=0x… [`. */
const OPENING = String.raw`goroutine \d{1,20} (?:gp=0x[0-9a-f]{1,16} m=(?:\d{1,10}|nil) (?:mp=0x[0-9a-f]{1,16} )?)?\[`;
/** The whole header: its status in brackets, then the colon that ends it (a pattern's source). */
export const WHOLE_HEADER = String.raw`${OPENING}[^\]]{1,200}\]:`;

/**
 * A header whose id was lost, `goroutine [running]:`, read as a header with id null
 * (traceback/goroutine-header.ts): glued behind a message too (thrift's `panic in processor: %s:
 * %s` of debug.Stack(), holdout-39/freecache-48, the id lost in the paste).
 */
const IDLESS_HEADER = String.raw`goroutine \[[^\]]{1,200}\]:`;

/** Text that starts with a header's opening (its status may go on past the text looked at). */
export const HEADER_OPENS = new RegExp(`^${OPENING}`);

/**
 * A whole header that ends a line behind a blank, a quote or any other mark that ends a word:
 * echo's `[PANIC RECOVER] %v %s`, a logfmt key's `=` (kafka-pixy's actor: `<%s> paniced: %v,
 * stack=%s` of debug.Stack(), holdout-7/kafka-pixy-82).
 */
export const HEADER_ENDS_LINE = new RegExp(`[^\\w](?:${WHOLE_HEADER}|${IDLESS_HEADER})$`);

/** A whole header that ends a line glued to what came before it, with nothing between. */
export const HEADER_AT_END = new RegExp(`${WHOLE_HEADER}$`);

/** A whole header that starts a line with more text glued after it: its newline was lost. */
export const HEADER_BEFORE_TEXT = new RegExp(`^${WHOLE_HEADER}(?=\\S)`);

/** Every whole header inside a line whose newlines became blanks, with the blanks around it. */
export const FLATTENED_HEADER = new RegExp(` ?${WHOLE_HEADER} `, "g");
