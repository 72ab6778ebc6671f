/**
 * Room codes cannot be guessed by trying: each address may ask for at most WRONG_CODES_PER_MINUTE
 * room codes that do not exist; past that, every join from it is refused with `tooManyAttempts`
 * until the minute is over. A right code never counts.
 */
export const WRONG_CODES_PER_MINUTE = 10;
/** Rooms one address may create a minute: a teacher makes one; a script filling the disk, many. */
export const ROOMS_PER_MINUTE = 10;
const WINDOW_MS = 60_000;
/** Addresses remembered at once: a flood of spoofed ones cannot grow the map without end. */
const MAX_ADDRESSES = 10_000;

export class JoinGuard {
  private readonly misses = new Map<string, number[]>();

  constructor(
    private readonly now: () => number,
    private readonly perMinute = WRONG_CODES_PER_MINUTE,
  ) {}

  /** Whether this address is barred for now. */
  barred(address: string): boolean {
    return this.recent(address).length >= this.perMinute;
  }

  /** Counts a wrong code (or, for the creation guard, a room) from this address. */
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
