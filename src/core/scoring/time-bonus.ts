/** Time a careful player needs per item; at or under par the whole time bonus is earned. */
export const PAR_MS_PER_ITEM = 20_000;
/** Beyond this many times par the time bonus is gone; between the two it falls linearly. */
export const SLOW_FACTOR = 3;
/** Time bonus per item at par speed, for a level answered without a mistake. */
export const TIME_BONUS_PER_ITEM = 20;

/**
 * The time bonus, in proportion to the accuracy (the share of the points earned): speed only pays
 * for what was answered well, so rushing through a level, or pressing "I don't know" everywhere,
 * earns nothing. An unknown or impossible duration (null, negative after a clock change, not
 * finite) earns no bonus rather than a full one.
 */
export function timeBonus(durationMs: number | null, itemCount: number, accuracy: number): number {
  if (durationMs === null || !Number.isFinite(durationMs) || durationMs < 0 || itemCount <= 0) return 0;
  const par = PAR_MS_PER_ITEM * itemCount;
  const speed =
    durationMs <= par ? 1 : Math.max(0, (SLOW_FACTOR * par - durationMs) / ((SLOW_FACTOR - 1) * par));
  const share = Math.min(1, Math.max(0, accuracy));
  return Math.floor(maxTimeBonus(itemCount) * share * speed);
}

export function maxTimeBonus(itemCount: number): number {
  return TIME_BONUS_PER_ITEM * Math.max(0, itemCount);
}
