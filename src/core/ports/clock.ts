/** Time as the rules see it, so tests and replays can control it. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}
