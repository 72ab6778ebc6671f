import { describe, expect, it } from 'vitest';
import {
  chronologicalKey,
  compareEventDates,
  datePrecision,
  parseEventDate,
} from '../../../src/core/challenges/timeline/event-date';

describe('parseEventDate', () => {
  it('reads a day, a month and a year', () => {
    expect(parseEventDate('2022-01-05')).toEqual({ year: 2022, month: 1, day: 5 });
    expect(parseEventDate('2004-11')).toEqual({ year: 2004, month: 11 });
    expect(parseEventDate('1990')).toEqual({ year: 1990 });
    expect(parseEventDate('-0044-03-15')).toEqual({ year: -44, month: 3, day: 15 });
  });

  it('refuses anything else', () => {
    for (const text of [
      '',
      '22-01-05',
      '2022-13',
      '2022-00-10',
      '2022-01-32',
      '2022-1-5',
      '2022/01/05',
      '2022-01-05T00:00',
    ]) {
      expect(parseEventDate(text), text).toBeNull();
    }
  });

  it('says how precise a date is', () => {
    expect(datePrecision({ year: 2022, month: 1, day: 5 })).toBe('day');
    expect(datePrecision({ year: 2004, month: 11 })).toBe('month');
    expect(datePrecision({ year: 1990 })).toBe('year');
  });
});

describe('compareEventDates', () => {
  const date = (text: string) => parseEventDate(text)!;

  it('orders by year, then month, then day', () => {
    expect(compareEventDates(date('2019-03-20'), date('2019-03-23'))).toBeLessThan(0);
    expect(compareEventDates(date('2019-04-01'), date('2019-03-23'))).toBeGreaterThan(0);
    expect(compareEventDates(date('2003-11'), date('2004-03-29'))).toBeLessThan(0);
    expect(compareEventDates(date('-0044'), date('0001'))).toBeLessThan(0);
  });

  it('ties the same day, and dates that agree on the precision both have', () => {
    expect(compareEventDates(date('2022-01-05'), date('2022-01-05'))).toBe(0);
    expect(compareEventDates(date('2004-11'), date('2004-11-22'))).toBe(0);
    expect(compareEventDates(date('2004'), date('2004-03-29'))).toBe(0);
    expect(compareEventDates(date('2004-03'), date('2004-11'))).toBeLessThan(0);
  });

  it('has a sort key that agrees with every strict comparison', () => {
    const dates = [
      '-0044-03-15',
      '0001',
      '2003-11',
      '2004',
      '2004-03-29',
      '2004-11',
      '2004-11-22',
      '2022-01-05',
    ].map(date);
    for (const a of dates) {
      for (const b of dates) {
        const order = compareEventDates(a, b);
        if (order < 0) expect(chronologicalKey(a)).toBeLessThan(chronologicalKey(b));
        if (order > 0) expect(chronologicalKey(a)).toBeGreaterThan(chronologicalKey(b));
      }
    }
  });
});
