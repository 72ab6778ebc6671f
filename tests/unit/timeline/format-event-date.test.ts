import { describe, expect, it } from 'vitest';
import { parseEventDate } from '../../../src/core/challenges/timeline/event-date';
import { formatEventDate } from '../../../src/game/format-event-date';

const date = (text: string) => parseEventDate(text)!;

describe('formatEventDate', () => {
  it('shows day, month and year when the day is known, in the player’s language', () => {
    expect(formatEventDate(date('2022-01-05'), 'fr', 'long')).toBe('5 janvier 2022');
    expect(formatEventDate(date('2022-01-05'), 'en', 'long')).toBe('5 January 2022');
    expect(formatEventDate(date('2022-01-05'), 'fr', 'short')).toBe('5 janv. 2022');
  });

  it('shows only the month and year, or only the year, when that is all the sources give', () => {
    expect(formatEventDate(date('2003-11'), 'fr', 'long')).toBe('novembre 2003');
    expect(formatEventDate(date('2003-11'), 'en', 'short')).toBe('Nov 2003');
    expect(formatEventDate(date('1990'), 'en', 'long')).toBe('1990');
  });

  it('never moves an event to another day, whatever the time zone', () => {
    expect(formatEventDate(date('2022-01-01'), 'en', 'long')).toBe('1 January 2022');
    expect(formatEventDate(date('2019-12-31'), 'en', 'long')).toBe('31 December 2019');
  });

  it('keeps years before 100 as written', () => {
    expect(formatEventDate(date('0079-08-24'), 'en', 'long')).toBe('24 August 79');
  });
});
