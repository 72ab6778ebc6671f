import type { Level } from './level-types';

/**
 * Longest text, in characters (code points), for each thing a level names. The screens lay these
 * out on cards and lines sized for them; a longer text would spill, and a huge one would freeze
 * the page while it is wrapped. The shipped texts stay well within (longest fact: about 370).
 */
export const LEVEL_TEXT_LIMITS = {
  title: 100,
  summary: 300,
  article: 200,
  prompt: 300,
  target: 200,
  fact: 1000,
  note: 600,
  name: 80,
  text: 300,
  place: 100,
} as const;

export type LevelTextRole = keyof typeof LEVEL_TEXT_LIMITS;

/** Every content key the level names, with what it names (the first role wins for a shared key). */
export function levelTextRoles(level: Level): Map<string, LevelTextRole> {
  const roles = new Map<string, LevelTextRole>();
  const add = (key: string | undefined, role: LevelTextRole) => {
    if (key !== undefined && !roles.has(key)) roles.set(key, role);
  };
  add(level.title, 'title');
  add(level.summary, 'summary');
  for (const article of Object.values(level.articles)) add(article.title, 'article');
  for (const challenge of level.challenges) {
    add(challenge.prompt, 'prompt');
    if (challenge.kind === 'place')
      for (const confusion of challenge.confusions ?? []) add(confusion.note, 'note');
    if (challenge.kind === 'match') for (const target of challenge.targets) add(target.text, 'target');
    for (const item of challenge.items) {
      add(item.fact, 'fact');
      add(item.note, 'note');
      if ('name' in item) add(item.name, 'name');
      if ('text' in item) add(item.text, 'text');
      if ('place' in item) add(item.place, 'place');
    }
  }
  return roles;
}

/** Length as a reader counts it, without building an array for a long text. */
export function codePointLength(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    length += 1;
  }
  return length;
}
