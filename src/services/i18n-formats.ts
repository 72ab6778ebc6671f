import type { FormatterModule } from 'i18next';

/**
 * How numbers and dates are written in each language of the game. Intl's own defaults are not quite
 * what the texts use: English dates come out in US order ("Mar 29, 2004") where the texts write
 * "29 March 2004", and Russian leaves four-digit numbers ungrouped, so that "около 2030 военных"
 * reads as a year. One place decides, for the canvas, the HTML screens and i18next's interpolation.
 */

/** The Intl locale for a language of the game: British English, for day-month-year order. */
export function formattingLocale(language: string): string {
  return language === 'en' || language.startsWith('en-') ? 'en-GB' : language;
}

/** Counts and measures: grouped in the language's way from 1 000 on, never rounded. */
export function numberFormat(language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return new Intl.NumberFormat(formattingLocale(language), {
    maximumFractionDigits: 20,
    useGrouping: 'always',
    ...options,
  });
}

/**
 * i18next's formatter, with `interpolation.alwaysFormat`: every number put into a text (`{{count}}`,
 * `{{km}}`…) is written with the language's grouping and decimal sign; any other value as given.
 * Plural forms still follow the number itself, which i18next reads before formatting. The game's
 * texts name no format (`{{value, format}}`), so this formatter replaces i18next's own.
 */
export function interpolationFormat(
  value: unknown,
  _format: string | undefined,
  language: string | undefined,
): unknown {
  return typeof value === 'number' && Number.isFinite(value) && language
    ? numberFormat(language).format(value)
    : value;
}

export const numberFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => {
    throw new Error('Qantar: the texts name no i18next format; numbers are formatted by i18n-formats.ts');
  },
  addCached: () => {
    throw new Error('Qantar: the texts name no i18next format; numbers are formatted by i18n-formats.ts');
  },
  // i18next types the result as a string; a value that is not a number goes through unchanged.
  format: (value, format, language) => interpolationFormat(value, format, language) as string,
};
