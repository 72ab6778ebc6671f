/**
 * When an event happened, as precisely as the sources say: a year, a month of a year, or a day.
 * Levels write it "YYYY", "YYYY-MM" or "YYYY-MM-DD" (levels/schema.json); the UI formats it with
 * Intl in the player's language, showing only the parts that are known.
 */
export interface EventDate {
  /** Astronomical year: negative before the common era, as in ISO 8601. */
  readonly year: number;
  /** 1–12, when known. */
  readonly month?: number;
  /** 1–31, when known (only together with a month). */
  readonly day?: number;
}

export type DatePrecision = 'year' | 'month' | 'day';

const DATE_PATTERN = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads a level's date. Returns null for anything that is not one of the three forms; whether the
 * day exists in its month is the level validator's job (`isRealDate`), not this parser's.
 */
export function parseEventDate(text: string): EventDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > 31) return null;
  return { year, month, day };
}

export function datePrecision(date: EventDate): DatePrecision {
  if (date.month === undefined) return 'year';
  return date.day === undefined ? 'month' : 'day';
}

/**
 * Orders two dates on the precision both have: 2004-11 and 2004-11-22 are a tie, as are 2004 and
 * 2004-03-29, because the sources do not say which came first. Returns a negative number when `a`
 * is surely earlier, a positive one when surely later, 0 for a tie.
 *
 * Ties between dates of different precision are not transitive (2004 ties with both 2004-03 and
 * 2004-11, which do not tie), so this is not a sort comparator for partial dates; the rules only
 * ever compare pairs.
 */
export function compareEventDates(a: EventDate, b: EventDate): number {
  if (a.year !== b.year) return Math.sign(a.year - b.year);
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return Math.sign(a.month - b.month);
  if (a.day === undefined || b.day === undefined) return 0;
  return Math.sign(a.day - b.day);
}

/** A total order that agrees with every strict comparison above: unknown parts sort as the earliest. */
export function chronologicalKey(date: EventDate): number {
  return date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}
