// A frame whose function has no package (`_skip_one_fast`): the runtime's own C or assembly
// (go ≤1.4 `stopm` in …/src/pkg/runtime/proc.c, `crosscall2` in runtime/cgo/asm_amd64.s),
// or native code the program loaded with its own line table — bytedance/sonic registers its
// C-transpiled functions through runtime.moduledata under their C file names
// (`avx2/skip_one_fast.c`). Only the file tells them apart.

import type { Frame, FrameLocation } from "../model.js";
import { isToolchainSymbol } from "../names/toolchain.js";
import { fileLocation } from "./logged-frames.js";

/**
 * The location of a frame read as the runtime's from its name alone: still the runtime's unless
 * its function has no package and its file is a relative path outside GOROOT (an absolute one is
 * the runtime's or, from a cgo symbolizer, the C library's: neither is the program's code).
 */
export function packageLessLocation(frame: Frame): FrameLocation {
  const { func, file } = frame;
  if (file === "" || file.charCodeAt(0) === 0x2f /* / */ || /^[A-Za-z]:[\\/]/.test(file)) {
    return frame.location;
  }
  if (func.includes(".") || func.includes("/") || isToolchainSymbol(func)) return frame.location;
  if (!file.includes("/") || file.startsWith("?")) return frame.location;
  return fileLocation(file);
}
