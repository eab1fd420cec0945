// The fast path for big dumps: most goroutines of a dump repeat a stack already read. A plain
// goroutine block is cut straight from the input's bytes into spans — its header's state and
// every byte of its frame lines but the argument words, the ids and the wait minutes — and
// compared byte for byte with the blocks already parsed (a key made of the spans' lengths and
// a few of their bytes picks the candidates). On a hit its frames are built from the one
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

import { BlockShape, handOut } from "../block-shape.js";
import { siteKey } from "../group/similarity.js";
import type { Crash, Frame, FrameLocation, Goroutine } from "../model.js";

/** What the fast path needs of the reader it sits in (read-crashes.ts). */
export interface FastBlockHost {
  /** The fast path may be taken for the rest of the input (one stream, no prefix learnt). */
  active(): boolean;
  /**
   * A block may be handed over now: the parser is between blocks, the unwrapper passes lines as
   * they are. Asked only where a line starts with `goroutine `: the parser may end the block
   * whose blank line it held.
   */
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
  /** The bytes a block of this shape repeats: its spans (FastBlocks.read), one after another. */
  bytes: Uint8Array;
  /** Each span's length, and where it starts in `bytes`. */
  lengths: Int32Array;
  offsets: Int32Array;
  /** `bytes`, to be read four at a time. */
  words: DataView;
  /** HAS_GP, HAS_MP, HAS_CREATED_BY, HAS_PARENT. */
  flags: number;
  /** The next template whose spans gave the same key. */
  next: Template | undefined;
  state: string;
  frames: FrameTemplate[];
  createdBy: FrameTemplate | null;
  /** The shape of its goroutines, not locked and locked to a thread (made once). */
  shape: BlockShape | null;
  lockedShape: BlockShape | null;
}

/** A missed block whose parse may become a template. */
interface Pending {
  key: number;
  /** The key of its state alone (FastBlocks.byState). */
  stateKey: number;
  bytes: Uint8Array;
  lengths: Int32Array;
  flags: number;
  headerLine: number;
  frames: number;
  crash: Crash;
  unparsed: number;
  notes: number;
}

/** Templates kept at once: a dump of all-distinct stacks must not grow the cache without end. */
export const MAX_TEMPLATES = 4096;
/** Frames of one block read here, at most (the runtime prints 100, then an elision line). */
const MAX_FRAMES = 128;
/** Templates of a block's state that a block is followed along before it is cut into spans. */
const FOLLOWED = 4;
/** Blocks tried before the fast path judges whether it pays (hits against misses). */
const TRIAL_BLOCKS = 4096;
/** A block's spans, at most: its state, three per frame, two for `created by`. */
const MAX_SPANS = 1 + 3 * MAX_FRAMES + 2;
/** A block's header had ` gp=… m=…`, and ` mp=…`; it has a `created by` line, with ` in goroutine N`. */
const HAS_GP = 1;
const HAS_MP = 2;
const HAS_CREATED_BY = 4;
const HAS_PARENT = 8;

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
  /** Templates by key; those whose spans gave one key are chained. */
  private readonly templates = new Map<number, Template>();
  private templateCount = 0;
  /**
   * Templates with a plain header and no `fp=`/`sp=` words, by the key of their state, the
   * last one hit first: a block is followed along them before it is cut into spans.
   */
  private readonly byState = new Map<number, Template[]>();
  /** Where the block a template was followed to ends (its blank line), and its parent id. */
  private followedEnd = 0;
  private followedParent = -1;
  private pending: Pending | null = null;
  /** Argument ranges of the block being read: start and end of each frame's. */
  private readonly argRanges = new Int32Array(2 * MAX_FRAMES);
  /** Each frame's `fp=` and `sp=` values (start and end of each; -1: none). */
  private readonly stackRanges = new Int32Array(4 * MAX_FRAMES);
  /** Start and end of each span of the block being read. */
  private readonly spans = new Int32Array(2 * MAX_SPANS);
  /** Where its `created by` line ends. */
  private createdEnd = 0;
  private viewed: Buffer | null = null;
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

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
    if (b[start] !== 0x67 /* g */ || !startsWith(b, start, HEADER) || !this.host.ready()) return -1;
    if (++this.tried === TRIAL_BLOCKS && this.hits < this.tried / 2) {
      // Few stacks repeat (or few blocks are plain): cutting them only adds to the slow path's work.
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
    let flags = 0;
    // GOTRACEBACK=system and SIGQUIT (go1.22+): ` gp=0x… m=N|nil[ mp=0x…]`, compared as present.
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
        flags |= HAS_MP;
      }
      flags |= HAS_GP;
      if (b[i] !== SPACE) return -1;
    }
    if (b[i + 1] !== 0x5b /* [ */) return -1;
    i += 2;
    const stateStart = i;
    let key = 0x811c9dc5;
    for (; i < end; i++) {
      const c = b[i] as number;
      if (c === 0x5d /* ] */ || c === 0x2c /* , */) break;
      if ((CLASS[c] as number) & BAD || c === 0x5b || c === 0x7b || c === 0x7d) return -1;
      key = Math.imul(key ^ c, 0x01000193);
    }
    const stateEnd = i;
    const stateKey = key;
    // A state the header parser reads flags off (` (scan)`) is seen at capture, not here.
    if (stateEnd === stateStart || b[stateEnd - 1] === SPACE) return -1;
    const spans = this.spans;
    spans[0] = stateStart;
    spans[1] = stateEnd;
    let n = 1;
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
    i += 3;
    // ── frames: a function line and its file line each, then `created by`, then a blank ──
    // Each line is cut into the spans a block of its shape repeats byte for byte (compared
    // with the template's below) and the words that vary (arguments, ids, `fp=`/`sp=`): only
    // the line ends, the argument bytes and the words are looked at here.
    const view = this.viewOf(b);
    let frames = 0;
    let lower = 1;
    let createdBy = false;
    let parent = -1;
    let createdLine = 0;
    const headerLine = line;
    // First the templates of this state: a block that follows one needs no spans, no key.
    let template = flags === 0 ? this.follow(b, stateStart, stateEnd, i, end, stateKey) : undefined;
    if (template !== undefined) {
      frames = template.frames.length;
      createdBy = template.createdBy !== null;
      lower += frames + (createdBy ? 1 : 0);
      parent = this.followedParent;
      createdLine = line + 1 + 2 * frames;
      i = this.followedEnd;
    } else {
      for (;;) {
        if (i >= end) return -1;
        const c = b[i] as number;
        if (c === NL) break;
        if (c < 0x61 || c > 0x7a || c === 0x70 || c === 0x66) return -1;
        lower++;
        let nl = i;
        if (c === 0x63 && startsWith(b, i, CREATED_BY)) {
          // `created by F[ in goroutine N]`, compared without N
          if (frames === 0) return -1;
          nl = lineEnd(view, b, i + CREATED_BY.length);
          let funcEnd = nl;
          let k = nl;
          while (k > i && (b[k - 1] as number) >= 0x30 && (b[k - 1] as number) <= 0x39) k--;
          const inAt = k - IN_GOROUTINE.length;
          if (k < nl && inAt > i + CREATED_BY.length && startsWith(b, inAt, IN_GOROUTINE)) {
            if (nl - k > 15) return -1;
            parent = 0;
            for (let d = k; d < nl; d++) parent = parent * 10 + ((b[d] as number) - 0x30);
            funcEnd = inAt;
            flags |= HAS_PARENT;
          }
          spans[2 * n] = i;
          spans[2 * n + 1] = funcEnd;
          n++;
          key = Math.imul(key ^ (funcEnd - i), 0x01000193);
          this.createdEnd = nl;
          createdBy = true;
          createdLine = line + 1 + 2 * frames;
        } else {
          // `pkg.F(args)`: the name up to the last `(`, every byte after it an argument's, `)`.
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
          nl = lineEnd(view, b, k);
          if (b[nl - 1] !== 0x29 /* ) */) return -1;
          let open = nl - 2;
          while (((CLASS[b[open] as number] as number) & ARG) !== 0) open--;
          if (b[open] !== 0x28 /* ( */ || open <= i) return -1;
          spans[2 * n] = i;
          spans[2 * n + 1] = open;
          n++;
          key = Math.imul(key ^ (open - i) ^ ((b[open - 1] as number) << 16), 0x01000193);
          this.argRanges[2 * frames] = open + 1;
          this.argRanges[2 * frames + 1] = nl - 1;
          frames++;
        }
        // The file line: a tab, then printable text.
        i = nl + 1;
        if (i >= end || b[i] !== TAB) return -1;
        nl = lineEnd(view, b, i + 1);
        // ` fp=0x… sp=0x… pc=0x…` at the end (GOTRACEBACK=system): compared without fp and sp,
        // which differ per goroutine. Read from the end: the last three blanks, as the parser does.
        let preEnd = nl;
        let postStart = nl;
        if (!createdBy) {
          const slot = 4 * (frames - 1);
          this.stackRanges[slot] = -1;
          const blank2 = hexStart(b, nl) - PC.length;
          if (blank2 > i && blank2 + PC.length < nl && startsWith(b, blank2, PC)) {
            const blank1 = hexStart(b, blank2) - SP.length;
            if (blank1 > i && blank1 + SP.length < blank2 && startsWith(b, blank1, SP)) {
              const blank0 = hexStart(b, blank1) - FP.length;
              if (blank0 > i && blank0 + FP.length < blank1 && startsWith(b, blank0, FP)) {
                // The parser would read one more `key=0x…` word off the end (and keep the first fp=).
                let before = blank0 - 1;
                while (before > i && b[before] !== SPACE) before--;
                if (before <= i || b[before + 3] !== 0x3d /* = */) {
                  preEnd = blank0;
                  postStart = blank2;
                  this.stackRanges[slot] = blank0 + FP.length - 2;
                  this.stackRanges[slot + 1] = blank1;
                  this.stackRanges[slot + 2] = blank1 + SP.length - 2;
                  this.stackRanges[slot + 3] = blank2;
                }
              }
            }
          }
        }
        spans[2 * n] = i + 1;
        spans[2 * n + 1] = preEnd;
        n++;
        // The end of the path, the line number and the offset tell most call sites apart.
        key = Math.imul(
          key ^ (preEnd - i) ^ ((b[preEnd - 1] as number) << 8) ^ ((b[preEnd - 2] as number) << 16),
          0x01000193,
        );
        if (!createdBy) {
          spans[2 * n] = postStart;
          spans[2 * n + 1] = nl;
          n++;
        }
        i = nl + 1;
        if (createdBy && b[i] !== NL) return -1;
      }
      if (frames === 0) return -1;
      if (createdBy) flags |= HAS_CREATED_BY;
      key = (key ^ (frames << 24) ^ flags) >>> 0;
      // A hit is a template whose spans this block repeats byte for byte (the key only picks
      // the candidates): every line then reads as the template's did, with this block's words.
      template = this.templates.get(key);
      while (template !== undefined && !this.repeats(b, template, n, flags))
        template = template.next;
      if (template === undefined) {
        if (this.valid(b, n, frames, createdBy))
          this.miss(key, stateKey, b, n, flags, headerLine, frames);
        return -1;
      }
    }
    const lastLine = line + 2 * frames + (createdBy ? 2 : 0);
    // The block decoded once (a call into Buffer's decoder costs more than its bytes), its
    // words sliced from it: each a copy or a slice of this block's text, never of the chunk.
    const text = latin1(b, start, i);
    const list: Frame[] = new Array(frames);
    const ranges = this.argRanges;
    const stacks = this.stackRanges;
    for (let f = 0; f < frames; f++) {
      const t = template.frames[f] as FrameTemplate;
      const args = argsText(b, text, start, ranges[2 * f] as number, ranges[2 * f + 1] as number);
      const stack = stacks[4 * f] as number;
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
          ? text.slice((stacks[4 * f + 2] as number) - start, (stacks[4 * f + 3] as number) - start)
          : t.sp,
        fp: system ? text.slice(stack - start, (stacks[4 * f + 1] as number) - start) : t.fp,
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
      goroutine.gp = text.slice(gpStart - 2 - start, gpEnd - start);
      goroutine.m = b[mStart] === 0x6e /* n */ ? "nil" : text.slice(mStart - start, mEnd - start);
      if (mpStart !== -1) goroutine.mp = text.slice(mpStart - 2 - start, mpEnd - start);
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
    let shape = locked ? template.lockedShape : template.shape;
    if (shape === null) {
      shape = new BlockShape(own(siteKey(goroutine)));
      if (locked) template.lockedShape = shape;
      else template.shape = shape;
    }
    handOut(goroutine, shape, b, this.argRanges);
    this.lines = lastLine - headerLine + 2;
    this.host.add(goroutine, lastLine, lower, lastLine + 1);
    return i + 1;
  }

  /**
   * The template of this state (its key `stateKey`) that the block whose state is
   * `b[stateStart, stateEnd)` and whose frames start at `i` repeats, found by following the
   * block along each of the first FOLLOWED of them: every span compared where the template
   * puts it, the argument lists read forward from their `(` to `)` and the newline. Where the
   * template's spans and lines end is where the block's do, so a block that follows one is
   * one that the spans below would find repeating it; any other is cut into spans as before.
   */
  private follow(
    b: Buffer,
    stateStart: number,
    stateEnd: number,
    i: number,
    end: number,
    stateKey: number,
  ): Template | undefined {
    const list = this.byState.get(stateKey);
    if (list === undefined) return undefined;
    const tries = Math.min(list.length, FOLLOWED);
    for (let k = 0; k < tries; k++) {
      const t = list[k] as Template;
      if (!this.follows(b, stateStart, stateEnd, i, end, t)) continue;
      if (k > 0) {
        list[k] = list[0] as Template;
        list[0] = t;
      }
      return t;
    }
    return undefined;
  }

  /** Whether the block follows `t` (see follow); its arguments' ranges are then set. */
  private follows(
    b: Buffer,
    stateStart: number,
    stateEnd: number,
    from: number,
    end: number,
    t: Template,
  ): boolean {
    const lengths = t.lengths;
    const offsets = t.offsets;
    const view = this.viewOf(b);
    if (stateEnd - stateStart !== lengths[0] || !same(view, b, stateStart, t, 0, lengths[0]))
      return false;
    const frames = t.frames.length;
    let i = from;
    for (let f = 0; f < frames; f++) {
      // `name(args)`: the name, `(`, argument bytes, `)`, the newline.
      const s = 1 + 3 * f;
      const name = lengths[s] as number;
      if (i + name >= end || !same(view, b, i, t, offsets[s] as number, name)) return false;
      let k = i + name;
      if (b[k] !== 0x28 /* ( */) return false;
      const args = ++k;
      while (k < end && ((CLASS[b[k] as number] as number) & ARG) !== 0) k++;
      if (k + 1 >= end || b[k] !== 0x29 /* ) */ || b[k + 1] !== NL) return false;
      this.argRanges[2 * f] = args;
      this.argRanges[2 * f + 1] = k;
      this.stackRanges[4 * f] = -1;
      i = k + 2;
      // The file line: a tab, the template's text, the newline.
      const file = lengths[s + 1] as number;
      if (i + 1 + file >= end || b[i] !== TAB) return false;
      if (!same(view, b, i + 1, t, offsets[s + 1] as number, file) || b[i + 1 + file] !== NL)
        return false;
      i += 2 + file;
    }
    this.followedParent = -1;
    if (t.createdBy !== null) {
      // `created by F`, then ` in goroutine N` if the template had it, the newline, the file line.
      const s = 1 + 3 * frames;
      const created = lengths[s] as number;
      if (i + created >= end || !same(view, b, i, t, offsets[s] as number, created)) return false;
      i += created;
      if ((t.flags & HAS_PARENT) !== 0) {
        if (i + IN_GOROUTINE.length >= end || !startsWith(b, i, IN_GOROUTINE)) return false;
        i += IN_GOROUTINE.length;
        const digits = i;
        let parent = 0;
        while (i < end && (b[i] as number) >= 0x30 && (b[i] as number) <= 0x39)
          parent = parent * 10 + ((b[i++] as number) - 0x30);
        if (i === digits || i - digits > 15) return false;
        this.followedParent = parent;
      }
      if (i >= end || b[i] !== NL) return false;
      i++;
      const file = lengths[s + 1] as number;
      if (i + 1 + file >= end || b[i] !== TAB) return false;
      if (!same(view, b, i + 1, t, offsets[s + 1] as number, file) || b[i + 1 + file] !== NL)
        return false;
      i += 2 + file;
    }
    if (i >= end || b[i] !== NL) return false;
    this.followedEnd = i;
    return true;
  }

  /** A view of the chunk being read, for reading words from it. */
  private viewOf(b: Buffer): DataView<ArrayBufferLike> {
    if (b !== this.viewed) {
      this.viewed = b;
      this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    }
    return this.view;
  }

  /** Whether the block just cut into spans repeats `t`'s byte for byte. */
  private repeats(b: Buffer, t: Template, n: number, flags: number): boolean {
    const lengths = t.lengths;
    if (t.flags !== flags || lengths.length !== n) return false;
    const spans = this.spans;
    const bytes = t.bytes;
    const words = t.words;
    const view = this.viewOf(b);
    let o = 0;
    for (let s = 0; s < n; s++) {
      const from = spans[2 * s] as number;
      const length = (spans[2 * s + 1] as number) - from;
      if (length !== lengths[s]) return false;
      // Four bytes at a time (DataView reads compile to one load each), then the rest.
      let k = 0;
      for (; k + 4 <= length; k += 4)
        if (view.getInt32(from + k, true) !== words.getInt32(o + k, true)) return false;
      for (; k < length; k++) if (b[from + k] !== bytes[o + k]) return false;
      o += length;
    }
    return true;
  }

  /**
   * What the spans of a block that may become a template must hold besides their shape (a
   * block that repeats one byte for byte holds it too): printable ASCII lines, no blank in a
   * function's name, no link a log viewer put in, no blank at a file line's end.
   */
  private valid(b: Buffer, n: number, frames: number, createdBy: boolean): boolean {
    const spans = this.spans;
    for (let f = 0; f < frames; f++) {
      const s = 1 + 3 * f;
      const name = spans[2 * s] as number;
      const open = spans[2 * s + 1] as number;
      const nl = (this.argRanges[2 * f + 1] as number) + 1;
      if (!printable(b, name, nl)) return false;
      for (let k = name; k < open; k++) if (b[k] === SPACE) return false;
      for (let k = name; k < nl; k++)
        if (b[k] === 0x5d /* ] */ && b[k + 1] === 0x28 && b[k + 2] === 0x68 /* (h */) return false;
      if (!fileLine(b, spans[2 * s + 2] as number, spans[2 * s + 5] as number)) return false;
    }
    if (createdBy) {
      const s = n - 2;
      const from = spans[2 * s] as number;
      const funcEnd = spans[2 * s + 1] as number;
      const nl = this.createdEnd;
      if (!printable(b, from, nl) || b[nl - 1] === SPACE || b[nl - 1] === 0x29) return false;
      for (let k = from + CREATED_BY.length; k < funcEnd; k++) if (b[k] === SPACE) return false;
      if (!fileLine(b, spans[2 * s + 2] as number, spans[2 * s + 3] as number)) return false;
    }
    return true;
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
      (goroutine.createdBy !== undefined) !== ((p.flags & HAS_CREATED_BY) !== 0) ||
      (goroutine.parentId !== undefined) !== ((p.flags & HAS_PARENT) !== 0) ||
      goroutine.elided !== undefined ||
      goroutine.ancestors !== undefined ||
      goroutine.stackUnavailable === true ||
      (goroutine.gp !== undefined) !== ((p.flags & HAS_GP) !== 0) ||
      (goroutine.m !== undefined) !== ((p.flags & HAS_GP) !== 0) ||
      (goroutine.mp !== undefined) !== ((p.flags & HAS_MP) !== 0) ||
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
    if (this.templateCount >= MAX_TEMPLATES) return;
    this.templateCount++;
    const offsets = new Int32Array(p.lengths.length);
    for (let s = 1; s < offsets.length; s++)
      offsets[s] = (offsets[s - 1] as number) + (p.lengths[s - 1] as number);
    const template: Template = {
      bytes: p.bytes,
      lengths: p.lengths,
      offsets,
      words: new DataView(p.bytes.buffer),
      flags: p.flags,
      next: this.templates.get(p.key),
      state: own(goroutine.state),
      frames,
      createdBy: created === undefined ? null : frameTemplate(created),
      shape: null,
      lockedShape: null,
    };
    this.templates.set(p.key, template);
    // Followed only with a plain header and no `fp=`/`sp=` split off a file line.
    let plain = (p.flags & (HAS_GP | HAS_MP)) === 0;
    for (let f = 0; f < frames.length; f++) if (p.lengths[3 + 3 * f] !== 0) plain = false;
    if (plain) {
      const list = this.byState.get(p.stateKey);
      if (list === undefined) this.byState.set(p.stateKey, [template]);
      else list.push(template);
    }
  }

  /** A block that repeats no template: its spans are kept for its parse to make one. */
  private miss(
    key: number,
    stateKey: number,
    b: Buffer,
    n: number,
    flags: number,
    headerLine: number,
    frames: number,
  ): void {
    const crash = this.host.crash();
    if (crash === null || this.templateCount >= MAX_TEMPLATES) return;
    const spans = this.spans;
    const lengths = new Int32Array(n);
    let total = 0;
    for (let s = 0; s < n; s++) {
      lengths[s] = (spans[2 * s + 1] as number) - (spans[2 * s] as number);
      total += lengths[s] as number;
    }
    const bytes = new Uint8Array(total);
    let o = 0;
    for (let s = 0; s < n; s++) {
      bytes.set(b.subarray(spans[2 * s] as number, spans[2 * s + 1] as number), o);
      o += lengths[s] as number;
    }
    this.pending = {
      key,
      stateKey,
      bytes,
      lengths,
      flags,
      headerLine,
      frames,
      crash,
      unparsed: crash.unparsedCount,
      notes: crash.notes.length,
    };
  }
}

/** Whether `b[at, at + length)` is `t`'s bytes from `o`: four at a time, then the rest. */
function same(
  view: DataView<ArrayBufferLike>,
  b: Buffer,
  at: number,
  t: Template,
  o: number,
  length: number,
): boolean {
  const words = t.words;
  let k = 0;
  for (; k + 4 <= length; k += 4)
    if (view.getInt32(at + k, true) !== words.getInt32(o + k, true)) return false;
  const bytes = t.bytes;
  for (; k < length; k++) if (b[at + k] !== bytes[o + k]) return false;
  return true;
}

function startsWith(b: Buffer, at: number, word: Buffer): boolean {
  for (let k = 0; k < word.length; k++) if (b[at + k] !== word[k]) return false;
  return true;
}

/** No byte of `b[from, to)` is one no line read here holds (CLASS: BAD). */
function printable(b: Buffer, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (((CLASS[b[k] as number] as number) & BAD) !== 0) return false;
  return true;
}

/** A file line's text after its tab, as the parser takes it: printable, not blank-ended. */
function fileLine(b: Buffer, from: number, to: number): boolean {
  return to > from && printable(b, from, to) && b[to - 1] !== SPACE;
}

/**
 * The newline at or after `from` (one lies before the chunk's end): four bytes at a time while
 * none of them is one (a word with a zero byte after `^ 0x0a0a0a0a`), then byte by byte.
 */
function lineEnd(view: DataView<ArrayBufferLike>, b: Buffer, from: number): number {
  let k = from;
  const last = view.byteLength - 4;
  while (k <= last) {
    const w = view.getInt32(k, true) ^ 0x0a0a0a0a;
    if (((w - 0x01010101) & ~w & 0x80808080) !== 0) break;
    k += 4;
  }
  while (b[k] !== NL) k++;
  return k;
}

/** Where the run of lower-case hex digits that ends before `at` starts. */
function hexStart(b: Buffer, at: number): number {
  let k = at;
  for (;;) {
    const d = b[k - 1] as number;
    if ((d >= 0x30 && d <= 0x39) || (d >= 0x61 && d <= 0x66)) k--;
    else return k;
  }
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

/** An argument list `b[from, to)` as the parser's string, sliced from `text` (`b` from `at`). */
function argsText(b: Buffer, text: string, at: number, from: number, to: number): string {
  if (to === from) return "";
  if (to - from === 3 && b[from] === 0x2e && b[from + 1] === 0x2e && b[from + 2] === 0x2e)
    return "...";
  return text.slice(from - at, to - at);
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
