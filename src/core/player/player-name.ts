/** Long enough for a first name and a surname in any script, short enough for a leaderboard row. */
export const MAX_PLAYER_NAME_LENGTH = 30;

export type PlayerNameCheck =
  | { readonly ok: true; readonly name: string }
  | { readonly ok: false; readonly problem: 'empty' | 'tooLong' };

/** Control characters and line breaks would break a CSV row or a table line: they become spaces. */
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/gu;

/**
 * Invisible format characters go: a name made of zero-width spaces would look empty, and
 * bidirectional overrides would reverse the text shown after the name. The joiners stay, since
 * emoji sequences and Persian spelling need them.
 */
const FORMAT_CHARACTER = /\p{Cf}/gu;
const JOINERS = new Set(['\u200C', '\u200D']);

/** A name needs something to read: a letter, a digit, a symbol or a punctuation mark. */
const VISIBLE = /[\p{L}\p{N}\p{S}\p{P}]/u;

/**
 * A name as the player typed it, made safe to keep and to show: Unicode NFC, invisible and control
 * characters dropped, runs of spaces collapsed, trimmed. The length is counted in characters as a
 * reader sees them (grapheme clusters), so an emoji or a letter with combining accents counts once.
 */
export function checkPlayerName(raw: string): PlayerNameCheck {
  const name = raw
    .normalize('NFC')
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(FORMAT_CHARACTER, (character) => (JOINERS.has(character) ? character : ''))
    .replace(/\s+/gu, ' ')
    .trim();
  if (!VISIBLE.test(name)) return { ok: false, problem: 'empty' };
  // A character takes at least one UTF-16 unit, so a short string needs no segmenting: every stored
  // score's name is checked on reading, and most names are short.
  if (name.length > MAX_PLAYER_NAME_LENGTH && visibleLength(name) > MAX_PLAYER_NAME_LENGTH)
    return { ok: false, problem: 'tooLong' };
  return { ok: true, name };
}

/** Made on first use and kept: building a segmenter costs far more than segmenting a name. */
let graphemes: Intl.Segmenter | null = null;

export function visibleLength(text: string): number {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}
