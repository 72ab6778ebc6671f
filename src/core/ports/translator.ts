/** What the game needs from the i18n adapter; the core hands it keys, never text. */
export interface Translator {
  readonly language: string;
  t(key: string, params?: Readonly<Record<string, string | number>>): string;
  exists(key: string): boolean;
}
