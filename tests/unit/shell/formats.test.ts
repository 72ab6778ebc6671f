import { describe, expect, it } from 'vitest';
import { parseEventDate } from '../../../src/core/challenges/timeline/event-date';
import type { Translator } from '../../../src/core/ports/translator';
import { formats } from '../../../src/game/dom/formats';
import { formatEventDate } from '../../../src/game/format-event-date';
import { formattingLocale, interpolationFormat, numberFormat } from '../../../src/services/i18n-formats';
import { createI18nService } from '../../../src/services/i18n-service';

/** Intl writes French and Russian groups with a (narrow) no-break space; the reader sees a space. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function translator(language: string): Translator {
  return { language, t: (key: string) => key, exists: () => true } as unknown as Translator;
}

describe('numbers and dates in the reader’s language', () => {
  it('writes English dates day first, as the texts do ("29 March 2004", not "March 29, 2004")', () => {
    const date = parseEventDate('2004-03-29')!;
    expect(formatEventDate(date, 'en', 'long')).toBe('29 March 2004');
    expect(formatEventDate(date, 'en', 'short')).toBe('29 Mar 2004');
    expect(formatEventDate(date, 'fr', 'long')).toBe('29 mars 2004');
    expect(formatEventDate(date, 'ru', 'long')).toBe('29 марта 2004 г.');
    expect(formats(translator('en')).date(Date.UTC(2004, 2, 29, 12))).toMatch(/^29 Mar 2004/);
  });

  it('groups a four-digit count in Russian, so that "about 2 030 soldiers" never reads as a year', () => {
    expect(spaced(numberFormat('ru').format(2030))).toBe('2 030');
    expect(spaced(numberFormat('fr').format(2030))).toBe('2 030');
    expect(numberFormat('en').format(2030)).toBe('2,030');
    expect(spaced(formats(translator('ru')).number(2030))).toBe('2 030');
    // Never rounded: a position keeps its decimals, with the language's decimal sign.
    expect(numberFormat('fr').format(6.143)).toBe('6,143');
    expect(formattingLocale('en')).toBe('en-GB');
    expect(formattingLocale('ru')).toBe('ru');
  });

  it('formats only numbers when i18next interpolates', () => {
    expect(spaced(String(interpolationFormat(12500, undefined, 'ru')))).toBe('12 500');
    expect(interpolationFormat('2030', undefined, 'ru')).toBe('2030');
    expect(interpolationFormat(Number.NaN, undefined, 'ru')).toBeNaN();
  });

  it('puts grouped counts into the game’s texts, with the plural form of the number', async () => {
    const i18n = await createI18nService('ru', ['classroom']);
    expect(spaced(i18n.t('classroom:lobby.players', { count: 1021 }))).toBe('1 021 игрок');
    expect(spaced(i18n.t('classroom:lobby.players', { count: 2030 }))).toBe('2 030 игроков');
    await i18n.setLanguage('en');
    expect(i18n.t('classroom:lobby.players', { count: 2030 })).toMatch(/^2,030 /);
  });
});
