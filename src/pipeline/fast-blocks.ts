// The fast path for big dumps: most goroutines of a dump repeat a stack already read. A plain
// goroutine block is checked and hashed straight from the input's bytes — its header's state
// and every byte of its frame lines but the argument words, the ids and the wait minutes —
// and looked up among the blocks already parsed. On a hit its frames are built from the one
// parsed before, with this block's arguments, ids and line numbers; on a miss, or on any
// line the byte classifier is not sure of, the block goes through the line reader, the
// unwrapper and the parser unchanged, and a clean parse becomes the template for the next.
//
// Only text that every stage would read the same way takes the fast path: plain ASCII lines
// with no prefix, no carriage return, no markdown, no trailing blank, a header of the plain
// form `goroutine N [state(, N minutes)(, locked to thread)]:`, function lines starting with
// a lower-case letter (`p` and `f` lines take the unwrapper's long way), tab-indented file
// lines, an optional `created by` pair, then a blank line — and only while the parser sits
// between two blocks of a crash whose first block it read itself.

import { knowSiteKey, siteKey } from "../group/similarity.js";
import type { Crash, Frame, FrameLocation, Goroutine } from "../model.js";

/** What the fast path needs of the reader it sits in (read-crashes.ts). */
export interface FastBlockHost {
  /** The fast path may be taken for the rest of the input (one stream, no prefix learnt). */
  active(): boolean;
  /** A block may be handed over now: the parser is between blocks, the unwrapper passes lines as they are. */
  ready(): boolean;
  /** The crash the parser is reading. */
  crash(): Crash | null;
  /**
   * A block read here: the goroutine, the line of its last frame line, how many of its lines
   * start with a lower-case letter (the unwrapper counts them), the line of its blank line.
   */
  add(goroutine: Goroutine, lastLine: number, lowerLines: number, blankLine: number): void;
}

interface FrameTemplate {
  func: string;
  file: string;
  line: number;
  offset: number | undefined;
  pc: string | undefined;
  sp: string | undefined;
  fp: string | undefined;
  location: FrameLocation;
}

interface Template {
  /** The second hash lane: a block must match it too. */
  check: number;
  /** Its masked length (FastBlocks.read): a third, independent check. */
  masked: number;
  state: string;
  frames: FrameTemplate[];
  createdBy: FrameTemplate | null;
  /** The buckets' site key of its goroutines, not locked and locked to a thread (made once). */
  key: string | null;
  lockedKey: string | null;
}

/** A missed block whose parse may become a template. */
interface Pending {
  key: number;
  check: number;
  masked: number;
  headerLine: number;
  frames: number;
  createdBy: boolean;
  hasParent: boolean;
  /** The header had ` gp=… m=…`, and ` mp=…`. */
  system: boolean;
  hasMp: boolean;
  crash: Crash;
  unparsed: number;
  notes: number;
}

/** Templates kept at once: a dump of all-distinct stacks must not grow the cache without end. */
export const MAX_TEMPLATES = 4096;
/** Frames of one block read here, at most (the runtime prints 100, then an elision line). */
const MAX_FRAMES = 128;
/** Blocks tried before the fast path judges whether it pays (hits against misses). */
const TRIAL_BLOCKS = 4096;

const NL = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
/** `goroutine ` */
const HEADER = Buffer.from("goroutine ");
/** `created by ` */
const CREATED_BY = Buffer.from("created by ");
/** ` in goroutine ` */
const IN_GOROUTINE = Buffer.from(" in goroutine ");
const LOCKED = Buffer.from("locked to thread");
const GP = Buffer.from(" gp=0x");
const M = Buffer.from(" m=");
const MP = Buffer.from(" mp=0x");
const NIL = Buffer.from("nil");
const FP = Buffer.from(" fp=0x");
const SP = Buffer.from(" sp=0x");
const PC = Buffer.from(" pc=0x");
const MINUTES = Buffer.from(" minutes");

/**
 * Byte classes. BAD: a byte no line read here holds (a control character, `^` or a backtick:
 * paste damage marks, anything past ASCII); ARG: one an argument list may hold (hex words,
 * `?`, `...`, `{…}`, `, `); MARK: one a function line is watched for (`(`, a blank, `]`).
 * A line's classes are OR-ed and checked once at its end.
 */
const BAD = 1;
const ARG = 2;
const MARK = 4;
const CLASS = new Uint8Array(256).fill(BAD);
for (let c = 0x20; c < 0x7f; c++) CLASS[c] = 0;
CLASS[0x5e] = BAD;
CLASS[0x60] = BAD;
for (const c of Buffer.from("0123456789abcdefx,. {}?")) CLASS[c] = ARG;
CLASS[0x28] = MARK;
CLASS[0x20] = ARG | MARK;
CLASS[0x5d] = MARK;

export class FastBlocks {
  /** Lines the last taken block spanned, its blank line included. */
  lines = 0;
  /** Blocks read here, and blocks tried (a header where the parser was ready). */
  hits = 0;
  tried = 0;
  private disabled = false;
  private readonly templates = new Map<number, Template>();
  private pending: Pending | null = null;
  /** Argument ranges of the block being read: start and end of each frame's. */
  private readonly argRanges = new Int32Array(2 * MAX_FRAMES);
  /** Each frame's `fp=` and `sp=` values (start and end of each; -1: none). */
  private readonly stackRanges = new Int32Array(4 * MAX_FRAMES);

  constructor(private readonly host: FastBlockHost) {}

  get active(): boolean {
    return !this.disabled && this.host.active();
  }

  /**
   * Reads the block starting at `start` (a line start; `bytes[end - 1]` is a newline) whose header
   * is input line `line`. Returns where the bytes after the block start, or -1 when the block
   * is left to the slow path (a miss may then be captured from its parse).
   */
  take(b: Buffer, start: number, end: number, line: number): number {
    if (b[start] !== 0x67 /* g */ || !this.host.ready() || !startsWith(b, start, HEADER)) return -1;
    if (++this.tried === TRIAL_BLOCKS && this.hits < this.tried / 2) {
      // Few stacks repeat (or few blocks are plain): hashing them only adds to the slow path's work.
      this.disabled = true;
      this.pending = null;
      return -1;
    }
    const next = this.read(b, start, end, line);
    if (next !== -1) this.hits++;
    return next;
  }

  private read(b: Buffer, start: number, end: number, line: number): number {
    // ── header: `goroutine N [state, N minutes, locked to thread]:` ──
    let i = start + HEADER.length;
    const idStart = i;
    let id = 0;
    while (i < end && b[i] >= 0x30 && b[i] <= 0x39) id = id * 10 + (b[i++] - 0x30);
    if (i === idStart || i - idStart > 15 || b[i] !== SPACE) return -1;
    // Bytes left out of the hash (ids, words, arguments, the header's tail), to take from the
    // block's length: what is left is the length of what was hashed.
    let skipped = i - idStart;
    let h1 = 0x811c9dc5;
    let h2 = 0;
    // GOTRACEBACK=system and SIGQUIT (go1.22+): ` gp=0x… m=N|nil[ mp=0x…]`, hashed as present.
    let gpStart = -1;
    let mStart = -1;
    let mpStart = -1;
    let gpEnd = 0;
    let mEnd = 0;
    let mpEnd = 0;
    if (b[i + 1] === 0x67 /* g */) {
      if (!startsWith(b, i, GP)) return -1;
      gpStart = i + GP.length;
      gpEnd = hexEnd(b, gpStart);
      if (gpEnd === gpStart || !startsWith(b, gpEnd, M)) return -1;
      mStart = gpEnd + M.length;
      mEnd = mStart;
      while ((b[mEnd] as number) >= 0x30 && (b[mEnd] as number) <= 0x39) mEnd++;
      if (mEnd === mStart) {
        if (!startsWith(b, mStart, NIL)) return -1;
        mEnd = mStart + NIL.length;
      }
      i = mEnd;
      if (startsWith(b, i, MP)) {
        mpStart = i + MP.length;
        mpEnd = hexEnd(b, mpStart);
        if (mpEnd === mpStart) return -1;
        i = mpEnd;
        h1 = Math.imul(h1 ^ 0x03, 0x01000193);
      }
      h1 = Math.imul(h1 ^ 0x02, 0x01000193);
      if (b[i] !== SPACE) return -1;
    }
    if (b[i + 1] !== 0x5b /* [ */) return -1;
    i += 2;
    const stateStart = i;
    for (; i < end; i++) {
      const c = b[i] as number;
      if (c === 0x5d /* ] */ || c === 0x2c /* , */) break;
      if ((CLASS[c] as number) & BAD || c === 0x5b || c === 0x7b || c === 0x7d) return -1;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = (Math.imul(h2, 0x2f) + c) | 0;
    }
    const stateEnd = i;
    if (gpStart !== -1) skipped += gpEnd - gpStart + (mEnd - mStart) + (mpEnd - mpStart);
    // A state the header parser reads flags off (` (scan)`) is seen at capture, not here.
    if (stateEnd === stateStart || b[stateEnd - 1] === SPACE) return -1;
    let minutes = 0;
    let locked = false;
    while (b[i] === 0x2c) {
      if (b[i + 1] !== SPACE) return -1;
      i += 2;
      if (b[i] === 0x6c /* l */) {
        if (locked || !startsWith(b, i, LOCKED)) return -1;
        locked = true;
        i += LOCKED.length;
      } else {
        const from = i;
        let value = 0;
        while (b[i] >= 0x30 && b[i] <= 0x39) value = value * 10 + (b[i++] - 0x30);
        if (i === from || i - from > 15 || !startsWith(b, i, MINUTES)) return -1;
        minutes = value;
        i += MINUTES.length;
      }
    }
    if (b[i] !== 0x5d || b[i + 1] !== 0x3a /* : */ || b[i + 2] !== NL) return -1;
    skipped += i - stateEnd; // `, N minutes`, `, locked to thread`
    i += 3;
    h1 = Math.imul(h1 ^ NL, 0x01000193);
    // ── frames: a function line and its file line each, then `created by`, then a blank ──
    let frames = 0;
    let lower = 1;
    let createdBy = false;
    let parent = -1;
    let createdLine = 0;
    for (;;) {
      if (i >= end) return -1;
      const c = b[i] as number;
      if (c === NL) break;
      if (c < 0x61 || c > 0x7a || c === 0x70 || c === 0x66) return -1;
      lower++;
      let nl = i;
      if (c === 0x63 && startsWith(b, i, CREATED_BY)) {
        // `created by F[ in goroutine N]`, hashed without N
        let bad = 0;
        for (; ; nl++) {
          const d = b[nl] as number;
          if (d === NL) break;
          bad |= CLASS[d] as number;
        }
        if ((bad & BAD) !== 0 || frames === 0 || b[nl - 1] === SPACE || b[nl - 1] === 0x29)
          return -1;
        let funcEnd = nl;
        let k = nl;
        while (k > i && (b[k - 1] as number) >= 0x30 && (b[k - 1] as number) <= 0x39) k--;
        const inAt = k - IN_GOROUTINE.length;
        if (k < nl && inAt > i + CREATED_BY.length && startsWith(b, inAt, IN_GOROUTINE)) {
          if (nl - k > 15) return -1;
          skipped += nl - k;
          parent = 0;
          for (let d = k; d < nl; d++) parent = parent * 10 + ((b[d] as number) - 0x30);
          funcEnd = inAt;
          h1 = Math.imul(h1 ^ 0x01, 0x01000193);
        }
        for (k = i; k < funcEnd; k++) {
          const d = b[k] as number;
          if (d === SPACE && k >= i + CREATED_BY.length) return -1;
          h1 = Math.imul(h1 ^ d, 0x01000193);
          h2 = (Math.imul(h2, 0x2f) + d) | 0;
        }
        createdBy = true;
        createdLine = line + 1 + 2 * frames;
      } else {
        // `pkg.F(args)`, hashed without its arguments: one pass that remembers the hash at
        // the last `(` (arguments hold none), the first blank, the last two non-argument bytes.
        if (createdBy || frames === MAX_FRAMES) return -1;
        // What looksLikeGoLine wants: a name's first word, then `.`, `/` or `(`.
        let k = i;
        for (;;) {
          const d = b[k] as number;
          if ((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39) || d === 0x5f) k++;
          else break;
        }
        const after = b[k] as number;
        if (after !== 0x2e && after !== 0x2f && after !== 0x28) return -1;
        let open = -1;
        let blank = -1;
        let lastOther = -1;
        let otherBefore = -1;
        let s1 = h1;
        let s2 = h2;
        let bad = 0;
        for (; ; nl++) {
          const d = b[nl] as number;
          if (d === NL) break;
          const cls = CLASS[d] as number;
          if ((cls & MARK) !== 0) {
            if (d === 0x28 /* ( */) {
              open = nl;
              s1 = h1;
              s2 = h2;
            } else if (d === SPACE) {
              if (blank === -1) blank = nl;
            } else if (b[nl + 1] === 0x28 && b[nl + 2] === 0x68 /* ](h */) {
              return -1; // a link a log viewer put in: the parser removes it
            }
          }
          bad |= cls;
          if ((cls & ARG) === 0) {
            otherBefore = lastOther;
            lastOther = nl;
          }
          h1 = Math.imul(h1 ^ d, 0x01000193);
          h2 = (Math.imul(h2, 0x2f) + d) | 0;
        }
        // Ends in `)`, every byte between the last `(` and it an argument's, no blank before it.
        if (
          (bad & BAD) !== 0 ||
          open <= i ||
          b[nl - 1] !== 0x29 ||
          lastOther !== nl - 1 ||
          otherBefore !== open ||
          (blank !== -1 && blank < open)
        )
          return -1;
        h1 = s1;
        h2 = s2;
        this.argRanges[2 * frames] = open + 1;
        this.argRanges[2 * frames + 1] = nl - 1;
        skipped += nl - 1 - (open + 1);
        frames++;
      }
      // The file line: a tab, then printable text.
      i = nl + 1;
      if (i >= end || b[i] !== TAB) return -1;
      h1 = Math.imul(h1 ^ NL, 0x01000193);
      // The hash is kept at each of the last three blanks: ` fp=0x… sp=0x… pc=0x…` at the end
      // (GOTRACEBACK=system) is hashed without its fp and sp, which differ per goroutine.
      let bad = 0;
      let blankBefore = -1;
      let blank0 = -1;
      let blank1 = -1;
      let blank2 = -1;
      let a1 = 0;
      let a2 = 0;
      let c1 = 0;
      let c2 = 0;
      let e1 = 0;
      let e2 = 0;
      for (nl = i + 1; ; nl++) {
        const d = b[nl] as number;
        if (d === NL) break;
        if (d === SPACE) {
          blankBefore = blank0;
          blank0 = blank1;
          a1 = c1;
          a2 = c2;
          blank1 = blank2;
          c1 = e1;
          c2 = e2;
          blank2 = nl;
          e1 = h1;
          e2 = h2;
        }
        bad |= CLASS[d] as number;
        h1 = Math.imul(h1 ^ d, 0x01000193);
        h2 = (Math.imul(h2, 0x2f) + d) | 0;
      }
      if ((bad & BAD) !== 0 || nl === i + 1 || b[nl - 1] === SPACE) return -1;
      const slot = createdBy ? -1 : 4 * (frames - 1);
      if (slot !== -1) this.stackRanges[slot] = -1;
      if (
        slot !== -1 &&
        blank0 > i &&
        startsWith(b, blank0, FP) &&
        hexEnd(b, blank0 + FP.length) === blank1 &&
        startsWith(b, blank1, SP) &&
        hexEnd(b, blank1 + SP.length) === blank2 &&
        startsWith(b, blank2, PC) &&
        hexEnd(b, blank2 + PC.length) === nl &&
        blank1 > blank0 + FP.length &&
        blank2 > blank1 + SP.length &&
        nl > blank2 + PC.length &&
        // The parser would read one more `key=0x…` word off the end (and keep the first fp=).
        (blankBefore <= i || b[blankBefore + 3] !== 0x3d) /* = */
      ) {
        // From the hash before ` fp=`: a mark, then ` pc=0x…` (the code's address: the same
        // for every goroutine at this frame).
        h1 = Math.imul(a1 ^ 0x04, 0x01000193);
        h2 = a2;
        for (let k = blank2; k < nl; k++) {
          const d = b[k] as number;
          h1 = Math.imul(h1 ^ d, 0x01000193);
          h2 = (Math.imul(h2, 0x2f) + d) | 0;
        }
        skipped += blank2 - blank0; // ` fp=0x… sp=0x…`
        this.stackRanges[slot] = blank0 + FP.length - 2;
        this.stackRanges[slot + 1] = blank1;
        this.stackRanges[slot + 2] = blank1 + SP.length - 2;
        this.stackRanges[slot + 3] = blank2;
      }
      h1 = Math.imul(h1 ^ NL, 0x01000193);
      i = nl + 1;
      if (createdBy && b[i] !== NL) return -1;
    }
    if (frames === 0) return -1;
    // A hit is trusted on the two 32-bit hash lanes, the frame count and the masked length,
    // with no byte comparison. By accident a wrong hit is negligible (at most 4 096 templates
    // against 10⁷ blocks: ≈ 10⁷ × 4 096 / 2⁶⁴ ≈ 2 × 10⁻⁹). The lanes are not cryptographic, so a
    // crafted text could collide them — but its author writes the text anyway, templates live
    // for one reading of one input, and a collision only shows a goroutine with another
    // stack's frames. The length check costs no measurable time (bench/README.md, issue 16).
    const key = (h1 ^ (frames << 24) ^ (createdBy ? 0x800000 : 0)) >>> 0;
    const masked = i + 1 - start - skipped;
    const template = this.templates.get(key);
    const headerLine = line;
    const lastLine = line + 2 * frames + (createdBy ? 2 : 0);
    if (
      template === undefined ||
      template.check !== h2 ||
      template.masked !== masked ||
      template.frames.length !== frames ||
      (template.createdBy !== null) !== createdBy
    ) {
      this.miss(
        key,
        h2,
        masked,
        headerLine,
        frames,
        createdBy,
        parent !== -1,
        gpStart !== -1,
        mpStart !== -1,
      );
      return -1;
    }
    const list: Frame[] = new Array(frames);
    const ranges = this.argRanges;
    for (let f = 0; f < frames; f++) {
      const t = template.frames[f] as FrameTemplate;
      const args = argsText(b, ranges[2 * f] as number, ranges[2 * f + 1] as number);
      const stack = this.stackRanges[4 * f] as number;
      const system = stack !== -1 && t.fp !== undefined;
      // The parser's shape (frame-lines.ts newFrame, then the file line's fields).
      list[f] = {
        func: t.func,
        args,
        file: t.file,
        line: t.line,
        offset: t.offset,
        pc: t.pc,
        sp: system
          ? latin1(b, this.stackRanges[4 * f + 2] as number, this.stackRanges[4 * f + 3] as number)
          : t.sp,
        fp: system ? latin1(b, stack, this.stackRanges[4 * f + 1] as number) : t.fp,
        inlined: t.offset === undefined && args === "...",
        location: t.location,
        inputLine: headerLine + 1 + 2 * f,
      };
    }
    const goroutine: Goroutine = {
      id,
      state: template.state,
      waitMinutes: minutes,
      lockedToThread: locked,
      frames: list,
      inputLine: headerLine,
    };
    if (gpStart !== -1) {
      goroutine.gp = latin1(b, gpStart - 2, gpEnd);
      goroutine.m = b[mStart] === 0x6e /* n */ ? "nil" : latin1(b, mStart, mEnd);
      if (mpStart !== -1) goroutine.mp = latin1(b, mpStart - 2, mpEnd);
    }
    const c = template.createdBy;
    if (c !== null) {
      goroutine.createdBy = {
        func: c.func,
        args: "",
        file: c.file,
        line: c.line,
        offset: c.offset,
        pc: c.pc,
        sp: c.sp,
        fp: c.fp,
        inlined: false,
        location: c.location,
        inputLine: createdLine,
      };
      if (parent !== -1) goroutine.parentId = parent;
    }
    let site = locked ? template.lockedKey : template.key;
    if (site === null) {
      site = own(siteKey(goroutine));
      if (locked) template.lockedKey = site;
      else template.key = site;
    }
    knowSiteKey(goroutine, site);
    this.lines = lastLine - headerLine + 2;
    this.host.add(goroutine, lastLine, lower, lastLine + 1);
    return i + 1;
  }

  /**
   * A goroutine the parser handed out: if it is the missed block's, parsed cleanly (every
   * line a frame's, nothing unparsed or noted), it becomes a template.
   */
  capture(goroutine: Goroutine, crash: Crash): void {
    const p = this.pending;
    if (p === null || goroutine.inputLine !== p.headerLine) return;
    this.pending = null;
    if (
      crash !== p.crash ||
      crash.unparsedCount !== p.unparsed ||
      crash.notes.length !== p.notes ||
      goroutine.frames.length !== p.frames ||
      (goroutine.createdBy !== undefined) !== p.createdBy ||
      (goroutine.parentId !== undefined) !== p.hasParent ||
      goroutine.elided !== undefined ||
      goroutine.ancestors !== undefined ||
      goroutine.stackUnavailable === true ||
      (goroutine.gp !== undefined) !== p.system ||
      (goroutine.m !== undefined) !== p.system ||
      (goroutine.mp !== undefined) !== p.hasMp ||
      goroutine.flags !== undefined ||
      goroutine.labels !== undefined
    )
      return;
    const frames: FrameTemplate[] = [];
    for (let f = 0; f < goroutine.frames.length; f++) {
      const frame = goroutine.frames[f] as Frame;
      if (frame.file === "" || frame.inputLine !== p.headerLine + 1 + 2 * f) return;
      frames.push(frameTemplate(frame));
    }
    const created = goroutine.createdBy;
    if (created !== undefined && created.file === "") return;
    if (this.templates.size >= MAX_TEMPLATES) return;
    this.templates.set(p.key, {
      check: p.check,
      masked: p.masked,
      state: own(goroutine.state),
      frames,
      createdBy: created === undefined ? null : frameTemplate(created),
      key: null,
      lockedKey: null,
    });
  }

  private miss(
    key: number,
    check: number,
    masked: number,
    headerLine: number,
    frames: number,
    createdBy: boolean,
    hasParent: boolean,
    system: boolean,
    hasMp: boolean,
  ): void {
    const crash = this.host.crash();
    if (crash === null || this.templates.size >= MAX_TEMPLATES) return;
    this.pending = {
      key,
      check,
      masked,
      headerLine,
      frames,
      createdBy,
      hasParent,
      system,
      hasMp,
      crash,
      unparsed: crash.unparsedCount,
      notes: crash.notes.length,
    };
  }
}

function startsWith(b: Buffer, at: number, word: Buffer): boolean {
  for (let k = 0; k < word.length; k++) if (b[at + k] !== word[k]) return false;
  return true;
}

/** Where the lower-case hex digits from `at` end (the runtime prints words so). */
function hexEnd(b: Buffer, at: number): number {
  let k = at;
  for (;;) {
    const d = b[k] as number;
    if ((d >= 0x30 && d <= 0x39) || (d >= 0x61 && d <= 0x66)) k++;
    else return k;
  }
}

function latin1(b: Buffer, start: number, end: number): string {
  return (b as unknown as Latin1Slicer).latin1Slice(start, end);
}

/** Buffer's own decoder, without toString's checks of its arguments. */
interface Latin1Slicer {
  latin1Slice(start: number, end: number): string;
}

/** An argument list as the parser's string: the common ones without decoding. */
function argsText(b: Buffer, start: number, end: number): string {
  if (end === start) return "";
  if (end - start === 3 && b[start] === 0x2e && b[start + 1] === 0x2e && b[start + 2] === 0x2e)
    return "...";
  return latin1(b, start, end);
}

/** A frame's fields that blocks of one shape share, with storage of their own. */
function frameTemplate(frame: Frame): FrameTemplate {
  return {
    func: own(frame.func),
    file: own(frame.file),
    line: frame.line,
    offset: frame.offset,
    pc: frame.pc === undefined ? undefined : own(frame.pc),
    sp: frame.sp === undefined ? undefined : own(frame.sp),
    fp: frame.fp === undefined ? undefined : own(frame.fp),
    location: frame.location,
  };
}

/** A string that does not keep the input chunk it was sliced from alive (group/copy.ts). */
function own(text: string): string {
  return text.length === 0 ? "" : ` ${text}`.slice(1);
}
