/**
 * A language's name in that language ("Français", "English", "Русский"), from the browser's own
 * data: it is right before the language's texts are loaded, and a new language needs no text for it.
 */
export function languageNameInItself(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
