import type { Level, TextKey } from '../level/level-types';
import type { DraftChallenge, DraftItemBase, LevelDraft, LocalText } from './level-draft';

/** The game's own texts of the `content` namespace, by language (locales/<lang>/content.json). */
export type ContentTexts = Readonly<Record<string, unknown>>;

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A valid level, as a draft to edit: each key's words are read as the game shows them, the game's
 * own text first, then the level's (the order "Load a level file" uses). A level that carries texts
 * is written in those languages; a shipped one, in the languages of `gameTexts`.
 */
export function levelFileToDraft(level: Level, gameTexts: ContentTexts): LevelDraft {
  const own = level.texts ?? {};
  const languages = Object.keys(own).length > 0 ? Object.keys(own) : Object.keys(gameTexts);
  const words = (key: TextKey | undefined): LocalText => {
    const text: Record<string, string> = {};
    if (key === undefined) return text;
    for (const language of languages) {
      const found = lookup(gameTexts[language], key) ?? lookup(own[language], key);
      if (found !== undefined) text[language] = found;
    }
    return text;
  };
  const base = (item: Level['challenges'][number]['items'][number]): DraftItemBase => ({
    id: item.id,
    fact: words(item.fact),
    note: words(item.note),
    // The format cannot say: an imported fact is taken as one, and the teacher may change it.
    stance: 'fact',
    source: item.source.map((source) => ({ article: source.article, paragraph: source.paragraph })),
  });
  const toChallenge = (challenge: Level['challenges'][number]): DraftChallenge => {
    switch (challenge.kind) {
      case 'place':
        return {
          kind: 'place',
          id: challenge.id,
          prompt: words(challenge.prompt),
          maxDistanceKm: challenge.maxDistanceKm,
          items: challenge.items.map((item) => ({
            ...base(item),
            name: words(item.name),
            kind: item.kind,
            lon: item.lonLat[0],
            lat: item.lonLat[1],
            toleranceKm: item.toleranceKm,
          })),
          confusions: (challenge.confusions ?? []).map((confusion) => ({
            item: confusion.item,
            confusedWith: confusion.confusedWith,
            note: words(confusion.note),
          })),
        };
      case 'timeline':
        return {
          kind: 'timeline',
          id: challenge.id,
          prompt: words(challenge.prompt),
          items: challenge.items.map((item) => ({
            ...base(item),
            text: words(item.text),
            date: item.date,
            place: words(item.place),
            lon: item.lonLat[0],
            lat: item.lonLat[1],
          })),
        };
      case 'match':
        return {
          kind: 'match',
          id: challenge.id,
          prompt: words(challenge.prompt),
          mode: challenge.mode,
          onMap: challenge.onMap ?? false,
          targets: challenge.targets.map((target) => ({ id: target.id, text: words(target.text) })),
          items: challenge.items.map((item) => ({
            ...base(item),
            text: words(item.text),
            answer: item.answer,
            ...(item.actor ? { actor: item.actor } : {}),
            ...(item.initials ? { initials: item.initials } : {}),
            ...(item.country ? { country: item.country } : {}),
          })),
        };
    }
  };
  const challenges = level.challenges.map(toChallenge);
  return {
    id: level.id,
    chapter: level.chapter,
    order: level.order,
    languages,
    title: words(level.title),
    summary: words(level.summary),
    articles: Object.entries(level.articles).map(([letter, article]) => ({
      letter,
      title: words(article.title),
      paragraphs: article.paragraphs,
    })),
    map: {
      projection: level.map.projection,
      bbox: [...level.map.bbox],
      highlight: [...(level.map.highlight ?? [])],
      labels: level.map.labels ?? true,
    },
    stars: [...level.stars],
    challenges,
  };
}
