import i18next, { type i18n } from 'i18next';
import type { Translator } from '../core/ports/translator';
import { importAgain } from './fresh-import';
import { numberFormatter } from './i18n-formats';
import { FALLBACK_LANGUAGE } from './language-choice';

type Resources = Record<string, unknown>;

/** Each locale file is its own chunk: a language is downloaded only when it is chosen. */
type LocaleFile = { readonly default: Resources };
const localeFiles = import.meta.glob<LocaleFile>('../../locales/*/*.json');
/** Failed downloads by locale file: the next try imports its chunk under a fresh address (see fresh-import.ts). */
const failedLoads = new Map<string, number>();

function parseLocalePath(path: string): { language: string; namespace: string } | null {
  const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? { language: match[1] ?? '', namespace: match[2] ?? '' } : null;
}

export const SUPPORTED_LANGUAGES: readonly string[] = [
  ...new Set(Object.keys(localeFiles).flatMap((path) => parseLocalePath(path)?.language ?? [])),
].sort();

export const NAMESPACES: readonly string[] = [
  ...new Set(Object.keys(localeFiles).flatMap((path) => parseLocalePath(path)?.namespace ?? [])),
].sort();

export interface I18nService extends Translator {
  /** Loads the language if needed, then switches every listener to it. */
  setLanguage(language: string): Promise<void>;
  onLanguageChanged(listener: (language: string) => void): () => void;
  /**
   * Adds a level's own texts (by language) for the keys the game has no text for. They are shown as
   * written: never handed to i18next, so a teacher's `{{…}}` or `$t(…)` stays plain text.
   */
  addLevelTexts(texts: Readonly<Record<string, unknown>>): void;
  /** The child keys of a group of texts (e.g. the terms under "content:glossary"), in file order. */
  childKeys(key: string): string[];
  /** Names of the languages in their own tongue, for the switch. */
  readonly languages: readonly string[];
  /** Loads groups of texts (e.g. "classroom") in the current and fallback languages, before a screen shows them. */
  loadNamespaces(namespaces: readonly string[]): Promise<void>;
}

/** The texts the first screen needs; every other namespace waits for the screen that shows it. */
export const FIRST_SCREEN_NAMESPACES: readonly string[] = ['ui'];

/** A level's own texts: key (without namespace) → language → text. */
type LevelTexts = Map<string, Map<string, string>>;

/** Deepest group of level texts read; the validator refuses deeper files long before. */
const MAX_LEVEL_TEXT_DEPTH = 24;

/** Adds the strings of one language's tree of level texts, keeping texts already there. */
function addLevelTree(into: LevelTexts, language: string, tree: object): void {
  const pending: { node: object; prefix: string; depth: number }[] = [{ node: tree, prefix: '', depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const [part, value] of Object.entries(next.node)) {
      const key = next.prefix ? `${next.prefix}.${part}` : part;
      if (typeof value === 'string') {
        const byLanguage = into.get(key) ?? new Map<string, string>();
        if (!byLanguage.has(language)) byLanguage.set(language, value);
        into.set(key, byLanguage);
      } else if (value && typeof value === 'object' && next.depth < MAX_LEVEL_TEXT_DEPTH) {
        pending.push({ node: value, prefix: key, depth: next.depth + 1 });
      }
    }
  }
}

/** Locale files already added or on their way, by path; a level's own texts may create a bundle before its file is loaded. */
type LoadedFiles = Map<string, Promise<void>>;

function loadFiles(
  instance: i18n,
  initialized: Promise<unknown>,
  loadedFiles: LoadedFiles,
  language: string,
  namespaces: ReadonlySet<string>,
): Promise<void> {
  const loads = Object.entries(localeFiles).map(([path, load]) => {
    const parsed = parseLocalePath(path);
    if (!parsed || parsed.language !== language || !namespaces.has(parsed.namespace))
      return Promise.resolve();
    const loaded = loadedFiles.get(path);
    if (loaded) return loaded;
    const attempt = failedLoads.get(path) ?? 0;
    const file =
      attempt === 0 ? load() : (importAgain(load, attempt, import.meta.url) as Promise<LocaleFile>);
    // Fetched at once, added once i18next is ready to hold it.
    const loading = Promise.all([file, initialized]).then(([{ default: resources }]) => {
      // The game's own text wins over a level's text for the same key.
      instance.addResourceBundle(language, parsed.namespace, resources, true, true);
    });
    loading.catch(() => {
      loadedFiles.delete(path);
      failedLoads.set(path, attempt + 1);
    });
    loadedFiles.set(path, loading);
    return loading;
  });
  return Promise.all(loads).then(() => undefined);
}

/**
 * i18next behind the Translator port. Keys are written "namespace:key" (e.g. "ui:title.play");
 * a key missing in the current language falls back to French and is reported once in the console,
 * naming the file to fix.
 */
export async function createI18nService(
  language: string,
  namespaces: readonly string[] = FIRST_SCREEN_NAMESPACES,
): Promise<I18nService> {
  // Every number put into a text is grouped in the language's way (i18n-formats.ts).
  const instance = i18next.createInstance().use(numberFormatter);
  // A language switch loads, in the new language, every namespace the screens have asked for so far.
  const wanted = new Set(namespaces);
  const loadedFiles: LoadedFiles = new Map();
  const reported = new Set<string>();
  const initialized = instance.init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: SUPPORTED_LANGUAGES,
    ns: NAMESPACES,
    defaultNS: 'ui',
    resources: {},
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      const where = `locales/${languages.join(',')}/${namespace}.json`;
      if (reported.has(where + key)) return;
      reported.add(where + key);
      console.warn(`Qantar: missing translation "${key}" in ${where}`);
    },
  });
  const loadWanted = (current: string) =>
    Promise.all([
      loadFiles(instance, initialized, loadedFiles, FALLBACK_LANGUAGE, wanted),
      loadFiles(instance, initialized, loadedFiles, current, wanted),
    ]).then(() => undefined);
  await Promise.all([initialized, loadWanted(language)]);

  const levelTexts: LevelTexts = new Map();
  /** A level's text for a `content:` key the game has no text for, in this language, else French, else the file's first. */
  const ownText = (key: string): string | undefined => {
    if (!key.startsWith('content:') || instance.exists(key)) return undefined;
    const byLanguage = levelTexts.get(key.slice('content:'.length));
    if (!byLanguage) return undefined;
    return (
      byLanguage.get(instance.language) ??
      byLanguage.get(FALLBACK_LANGUAGE) ??
      byLanguage.values().next().value
    );
  };
  const listeners = new Set<(language: string) => void>();
  return {
    get language() {
      return instance.language;
    },
    languages: SUPPORTED_LANGUAGES,
    t: (key, params) => ownText(key) ?? instance.t(key, params ?? {}),
    exists: (key) => instance.exists(key) || ownText(key) !== undefined,
    async setLanguage(next) {
      await loadWanted(next);
      await instance.changeLanguage(next);
      for (const listener of listeners) listener(next);
    },
    addLevelTexts(texts) {
      for (const [language, tree] of Object.entries(texts)) {
        if (tree && typeof tree === 'object') addLevelTree(levelTexts, language, tree);
      }
    },
    childKeys(key) {
      const [namespace = 'ui', path = ''] = key.includes(':') ? key.split(':') : ['ui', key];
      const group = instance.getResource(FALLBACK_LANGUAGE, namespace, path) as unknown;
      return group && typeof group === 'object' ? Object.keys(group) : [];
    },
    loadNamespaces(namespaces) {
      for (const namespace of namespaces) wanted.add(namespace);
      return loadWanted(instance.language);
    },
    onLanguageChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
