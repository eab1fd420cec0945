// The fuzzers' clock: CPU time used by this process (every thread: the fuzz worker and its
// garbage collector), not wall time. On a shared machine a niced run can wait seconds for a
// core between two inputs; that is no slowness of panicscope and must not count as a timeout.

/** Milliseconds of CPU this process has used so far. */
export function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}
