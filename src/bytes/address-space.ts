// Memory read by virtual address: what an executable's segments hold, and — for a core file —
// what the process held when it died, with the executable's own segments behind what the
// core left out. The shape of debug/buildinfo's small `exe` interface: one method per need,
// one tiny implementation per format.

export interface AddressSpace {
  /** Pointer size of the target in bytes. */
  readonly ptrSize: 4 | 8;
  readonly littleEndian: boolean;
  /**
   * `size` bytes at virtual address `addr` (addresses are exact as numbers below 2⁵³, which
   * covers every user-space address of the platforms Go runs on), or null when no mapping
   * holds all of them.
   */
  read(addr: number, size: number): Uint8Array | null;
}
