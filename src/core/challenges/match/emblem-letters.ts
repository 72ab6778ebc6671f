/**
 * The letters an actor's emblem shows, in the language the player reads. A level gives Latin
 * initials of at most three letters ("CST"), which cut an abbreviation short and stay Latin in
 * Russian; the name in the current language usually carries the whole abbreviation ("ОДКБ (…)",
 * "NATO", "Comité de sécurité nationale (KNB)"), so that wins. Without one, the level's initials
 * are kept when they are in the name's script; otherwise the name's own initials (first and last
 * word) stand in, so "Касым-Жомарт Токаев" reads "КТ", not "KT".
 */
export function emblemLetters(name: string, initials: string | undefined): string {
  const abbreviation = name.match(/(?<![\p{L}\p{M}])\p{Lu}{2,5}(?![\p{L}\p{M}])/u);
  if (abbreviation) return abbreviation[0];
  const given = (initials ?? '').toUpperCase();
  const words = name.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (given !== '' && sameScript(given, name)) return given;
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const derived = `${first?.[0] ?? ''}${last?.[0] ?? ''}`.toUpperCase();
  return derived === '' ? given : derived;
}

function sameScript(letters: string, name: string): boolean {
  const latin = /\p{Script=Latin}/u;
  const firstLetter = name.match(/\p{L}/u)?.[0];
  if (firstLetter === undefined) return true;
  return latin.test(letters) === latin.test(firstLetter);
}
