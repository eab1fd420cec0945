// Sign-in attempts per name: after `limit` failures within `windowMs`, the name is refused
// until the window has passed since its first failure, whatever the password — guessing stops
// at `limit` tries per window. In memory: a restart forgets (the scrypt cost still bounds
// the rate), and so does a success.

export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 10 * 60_000,
  ) {}

  /** Milliseconds the name must still wait, 0 when it may try. */
  wait(name: string, now = Date.now()): number {
    const entry = this.failures.get(name);
    if (entry === undefined) return 0;
    if (now - entry.since >= this.windowMs) {
      this.failures.delete(name);
      return 0;
    }
    return entry.count >= this.limit ? this.windowMs - (now - entry.since) : 0;
  }

  failed(name: string, now = Date.now()): void {
    const entry = this.failures.get(name);
    if (entry === undefined || now - entry.since >= this.windowMs) {
      // Bounded: names nobody has are tried too; the oldest entries go first.
      if (this.failures.size >= 10_000) {
        const oldest = this.failures.keys().next().value;
        if (oldest !== undefined) this.failures.delete(oldest);
      }
      this.failures.set(name, { count: 1, since: now });
    } else entry.count++;
  }

  succeeded(name: string): void {
    this.failures.delete(name);
  }
}
