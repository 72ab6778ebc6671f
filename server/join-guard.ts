/**
 * Room codes cannot be guessed by trying: each address may ask for at most WRONG_CODES_PER_MINUTE
 * room codes that do not exist; past that, every join from it is refused with `tooManyAttempts`
 * until the minute is over. A right code never counts.
 */
export const WRONG_CODES_PER_MINUTE = 10;
const WINDOW_MS = 60_000;
/** Addresses remembered at once: a flood of spoofed ones cannot grow the map without end. */
const MAX_ADDRESSES = 10_000;

export class JoinGuard {
  private readonly misses = new Map<string, number[]>();

  constructor(private readonly now: () => number) {}

  /** Whether this address is barred from joining for now. */
  barred(address: string): boolean {
    return this.recent(address).length >= WRONG_CODES_PER_MINUTE;
  }

  /** Counts a wrong code from this address. */
  miss(address: string): void {
    if (this.misses.size >= MAX_ADDRESSES && !this.misses.has(address)) this.forgetOld();
    this.misses.set(address, [...this.recent(address), this.now()]);
  }

  private recent(address: string): number[] {
    const since = this.now() - WINDOW_MS;
    const times = (this.misses.get(address) ?? []).filter((time) => time > since);
    if (times.length === 0) this.misses.delete(address);
    return times;
  }

  private forgetOld(): void {
    for (const address of [...this.misses.keys()]) this.recent(address);
    if (this.misses.size >= MAX_ADDRESSES) this.misses.clear();
  }
}
