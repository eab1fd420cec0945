// Counts as every output prints them: groups of three digits split by a space (`20 000`),
// the same in the terminal, the diagnosis's sentences and the diff.

export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}
