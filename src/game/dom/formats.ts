import type { Translator } from '../../core/ports/translator';
import { formattingLocale, numberFormat } from '../../services/i18n-formats';

/** Numbers, dates and times in the reader's language, for the HTML screens. */
export function formats(i18n: Translator) {
  // English in day-month-year order and four-digit numbers grouped, as the texts write them (i18n-formats.ts).
  const locale = formattingLocale(i18n.language);
  const number = numberFormat(i18n.language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    number: (value: number) => number.format(value),
    percent: (share: number) => percent.format(share),
    date: (epochMs: number) => date.format(new Date(epochMs)),
    duration: (ms: number) => {
      const seconds = Math.round(ms / 1000);
      const minutes = Math.floor(seconds / 60);
      return minutes > 0
        ? i18n.t('leaderboard:duration.minutes', { minutes, seconds: String(seconds % 60).padStart(2, '0') })
        : i18n.t('leaderboard:duration.seconds', { seconds });
    },
    /** Filled and empty stars, for the eye; callers add the count in words beside them. */
    stars: (count: number) => `${'★'.repeat(count)}${'☆'.repeat(Math.max(0, 3 - count))}`,
  };
}

export type Formats = ReturnType<typeof formats>;
