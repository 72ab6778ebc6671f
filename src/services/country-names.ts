import countries, { type LocaleData } from 'i18n-iso-countries';

/**
 * Country names in the player's language. The short names of the Unicode CLDR, which every
 * browser ships through Intl.DisplayNames, come first: they are what a map should say ("Moldova",
 * "Syria", "Китай"), where i18n-iso-countries often gives the formal name ("Moldova, Republic of",
 * "КНР (Китайская Народная Республика)"). i18n-iso-countries maps alpha-3 codes to alpha-2 and
 * supplies the names when the browser has none; its locale tables are loaded only when asked for.
 */

const localeTables: Record<string, () => Promise<{ default: LocaleData }>> = {
  fr: () => import('i18n-iso-countries/langs/fr.json'),
  en: () => import('i18n-iso-countries/langs/en.json'),
  ru: () => import('i18n-iso-countries/langs/ru.json'),
};

/** Codes from ISO's user-assigned range that scripts/build-geometry.mjs gives places ISO does not list. */
const USER_ASSIGNED_ALPHA2: Readonly<Record<string, string>> = { XKX: 'XK' };

const registered = new Set<string>();
const displayNames = new Map<string, Intl.DisplayNames | null>();

/** Loads the names of one language (fr, en, ru); other languages fall back to the browser's names only. */
export async function loadCountryNames(language: string): Promise<void> {
  const load = localeTables[language];
  if (!load || registered.has(language)) return;
  countries.registerLocale((await load()).default);
  registered.add(language);
}

/** The country's name in `language`, or undefined for a code no table names (e.g. "XNC", N. Cyprus). */
export function countryName(iso3: string, language: string): string | undefined {
  const alpha2 = USER_ASSIGNED_ALPHA2[iso3] ?? countries.alpha3ToAlpha2(iso3);
  if (!alpha2) return undefined;
  return browserName(alpha2, language) ?? countries.getName(alpha2, language, { select: 'alias' });
}

function browserName(alpha2: string, language: string): string | undefined {
  if (!displayNames.has(language)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(language, names);
  }
  return displayNames.get(language)?.of(alpha2) ?? undefined;
}
