import { datePrecision, type EventDate } from '../core/challenges/timeline/event-date';
import { formattingLocale } from '../services/i18n-formats';

/** `short` fits on a card ("5 Jan 2022"), `long` reads well in a sentence ("5 January 2022"). */
export type DateLength = 'short' | 'long';

/**
 * A date in the player's language, with only the parts the sources give: day, month and year; month
 * and year; or the year alone, in the order the texts write them (English too: "5 January 2022").
 * Formatted in UTC so no time zone can move an event to the day before.
 */
export function formatEventDate(date: EventDate, language: string, length: DateLength): string {
  const precision = datePrecision(date);
  const instant = new Date(Date.UTC(2000, (date.month ?? 1) - 1, date.day ?? 1));
  // Date.UTC reads years 0–99 as 1900–1999; setting the year afterwards keeps any year as written.
  instant.setUTCFullYear(date.year);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (precision !== 'year') options.month = length;
  if (precision === 'day') options.day = 'numeric';
  if (date.year <= 0) options.era = 'short';
  return new Intl.DateTimeFormat(formattingLocale(language), options).format(instant);
}
