import type { FeedbackMessage } from '../core/feedback/feedback-message';
import type { Translator } from '../core/ports/translator';
import { countryName } from '../services/country-names';

/**
 * A teaching message of core/feedback in the player's language: its numbers written the local way,
 * its text parameters translated, its countries named (by their code when no table names them), then the sentence itself, so the
 * scenes, the class results, the print and the CSV all say it the same way.
 */
export function feedbackText(i18n: Translator, message: FeedbackMessage): string {
  const number = new Intl.NumberFormat(i18n.language);
  const values: Record<string, string | number> = {};
  // `count` stays a number: i18next picks the plural form from it.
  for (const [name, value] of Object.entries(message.params))
    values[name] = name === 'count' ? value : number.format(value);
  for (const [name, key] of Object.entries(message.texts)) values[name] = i18n.t(key);
  for (const [name, iso3] of Object.entries(message.countries))
    values[name] = countryName(iso3, i18n.language) ?? iso3;
  return i18n.t(message.key, values);
}
