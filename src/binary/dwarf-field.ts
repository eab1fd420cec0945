// Which struct field a faulting offset names: from the DWARF types of the function's parameters
// and variables, one or two pointer hops deep (`o.Val`, `o.Inner.Val`).

import type { Dwarf } from "./dwarf.js";

export interface FieldGuess {
  type: string;
  field: string;
  fieldType: string;
  offset: number;
  /** `o.Inner.Val`: the expression, when a variable of the function leads there. */
  via?: string;
}

/**
 * Names the field at `offset` reached through a pointer, from the types of `func`'s parameters and
 * variables: `v.F` when v points to a struct with a field at offset, or `v.P.F` when P is a pointer
 * field of v's struct (preferring the one at `loadedFrom`, the displacement of the load that set the
 * base register, when known).
 */
export function fieldAt(
  dwarf: Dwarf,
  func: string,
  offset: number,
  loadedFrom?: number,
): FieldGuess | undefined {
  const fn = dwarf.subprogram(func);
  if (fn === undefined) return undefined;
  const direct: FieldGuess[] = [];
  const nested: (FieldGuess & { via2: number })[] = [];
  for (const v of dwarf.variables(fn)) {
    const s = dwarf.pointee(v.type);
    if (s === undefined) continue;
    for (const m of dwarf.members(s)) {
      if (m.offset === offset) {
        direct.push({
          type: dwarf.name(s),
          field: m.name,
          fieldType: m.typeName,
          offset,
          via: `${v.name}.${m.name}`,
        });
      }
      const inner = dwarf.pointee(m.type);
      if (inner === undefined) continue;
      for (const f of dwarf.members(inner)) {
        if (f.offset === offset) {
          nested.push({
            type: dwarf.name(inner),
            field: f.name,
            fieldType: f.typeName,
            offset,
            via: `${v.name}.${m.name}.${f.name}`,
            via2: m.offset,
          });
        }
      }
    }
  }
  if (loadedFrom !== undefined) {
    const n = nested.find((x) => x.via2 === loadedFrom);
    if (n !== undefined) {
      const { via2: _, ...rest } = n;
      return rest;
    }
  }
  return direct[0] ?? (nested[0] && (({ via2: _, ...rest }) => rest)(nested[0]));
}
