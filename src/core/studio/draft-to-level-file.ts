import type { LevelDraft, LocalText } from './level-draft';

/**
 * The level file a draft makes: the format "Load a level file" accepts, its words carried in its
 * own `texts` (by language, nested as content.json is). Every text gets a key of the level's own
 * (`<level id>.items.<item id>.fact`…), never a key the game ships: a game key keeps the game's
 * text, so a teacher's change to it would be lost.
 */
export interface BuiltLevelFile {
  /** The level file, as a plain JSON document (it may be invalid: the validator says how). */
  readonly file: Record<string, unknown>;
  /** Text key → the draft field (a JSON Pointer into the draft, without the language) it comes from. */
  readonly textFields: ReadonlyMap<string, string>;
}

/** A key segment the schema accepts, made from an id a teacher may still be typing. */
function segment(id: string, fallback: string): string {
  const clean = id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return clean === '' ? fallback : clean.slice(0, 64);
}

function hasAnyText(text: LocalText | undefined): boolean {
  return Object.values(text ?? {}).some((value) => value.trim() !== '');
}

function setNested(tree: Record<string, unknown>, key: string, value: string): void {
  const parts = key.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next && typeof next === 'object') node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[part] = created;
      node = created;
    }
  }
  node[parts.at(-1) ?? ''] = value;
}

/** `keyPrefix` replaces the level id at the head of every key: a fresh one per play in the studio. */
export function buildLevelFile(draft: LevelDraft, keyPrefix?: string): BuiltLevelFile {
  const prefix = keyPrefix ?? segment(draft.id, 'level');
  const textFields = new Map<string, string>();
  const texts: Record<string, Record<string, unknown>> = {};
  for (const language of draft.languages) texts[language] = {};

  /** Registers a text under a key and returns the key. `required` texts get a key even when empty. */
  const text = (key: string, value: LocalText | undefined, field: string, required: boolean) => {
    if (!required && !hasAnyText(value)) return undefined;
    textFields.set(key, field);
    for (const language of draft.languages) {
      const written = value?.[language]?.trim() ?? '';
      if (written !== '') setNested(texts[language] ?? {}, key, written);
    }
    return key;
  };

  const articles: Record<string, unknown> = {};
  draft.articles.forEach((article, a) => {
    articles[article.letter] = {
      title: text(
        `${prefix}.articles.${segment(article.letter, `a${a}`)}.title`,
        article.title,
        `/articles/${a}/title`,
        true,
      ),
      paragraphs: article.paragraphs,
    };
  });

  const toChallenge = (challenge: LevelDraft['challenges'][number], c: number) => {
    const cKey = `${prefix}.challenges.${segment(challenge.id, `c${c}`)}`;
    const cPath = `/challenges/${c}`;
    const base = {
      kind: challenge.kind,
      id: challenge.id,
      prompt: text(`${cKey}.prompt`, challenge.prompt, `${cPath}/prompt`, true),
    };
    const itemBase = (item: LevelDraft['challenges'][number]['items'][number], i: number) => {
      const iKey = `${cKey}.items.${segment(item.id, `i${i}`)}`;
      const iPath = `${cPath}/items/${i}`;
      const note = text(`${iKey}.note`, item.note, `${iPath}/note`, false);
      return {
        key: iKey,
        path: iPath,
        fields: {
          id: item.id,
          fact: text(`${iKey}.fact`, item.fact, `${iPath}/fact`, true),
          ...(note ? { note } : {}),
          source: item.source.map((source) => ({ article: source.article, paragraph: source.paragraph })),
        },
      };
    };
    switch (challenge.kind) {
      case 'place':
        return {
          ...base,
          maxDistanceKm: challenge.maxDistanceKm,
          items: challenge.items.map((item, i) => {
            const { key, path, fields } = itemBase(item, i);
            return {
              ...fields,
              name: text(`${key}.name`, item.name, `${path}/name`, true),
              kind: item.kind,
              lonLat: [item.lon, item.lat],
              toleranceKm: item.toleranceKm,
            };
          }),
          ...(challenge.confusions.length > 0
            ? {
                confusions: challenge.confusions.map((confusion, n) => ({
                  item: confusion.item,
                  confusedWith: confusion.confusedWith,
                  note: text(
                    `${cKey}.confusions.n${n}.note`,
                    confusion.note,
                    `${cPath}/confusions/${n}/note`,
                    true,
                  ),
                })),
              }
            : {}),
        };
      case 'timeline':
        return {
          ...base,
          items: challenge.items.map((item, i) => {
            const { key, path, fields } = itemBase(item, i);
            return {
              ...fields,
              text: text(`${key}.text`, item.text, `${path}/text`, true),
              date: item.date,
              place: text(`${key}.place`, item.place, `${path}/place`, true),
              lonLat: [item.lon, item.lat],
            };
          }),
        };
      case 'match':
        return {
          ...base,
          mode: challenge.mode,
          ...(challenge.onMap ? { onMap: true } : {}),
          targets: challenge.targets.map((target, t) => ({
            id: target.id,
            text: text(
              `${cKey}.targets.${segment(target.id, `t${t}`)}.text`,
              target.text,
              `${cPath}/targets/${t}/text`,
              true,
            ),
          })),
          items: challenge.items.map((item, i) => {
            const { key, path, fields } = itemBase(item, i);
            return {
              ...fields,
              text: text(`${key}.text`, item.text, `${path}/text`, true),
              answer: item.answer,
              ...(item.actor ? { actor: item.actor } : {}),
              ...(item.initials ? { initials: item.initials } : {}),
              ...(item.country ? { country: item.country } : {}),
            };
          }),
        };
    }
  };
  const challenges = draft.challenges.map(toChallenge);

  const summary = text(`${prefix}.summary`, draft.summary, '/summary', false);
  const file: Record<string, unknown> = {
    formatVersion: 1,
    id: draft.id,
    chapter: draft.chapter,
    order: draft.order,
    title: text(`${prefix}.title`, draft.title, '/title', true),
    ...(summary ? { summary } : {}),
    articles,
    map: {
      projection: draft.map.projection,
      bbox: [...draft.map.bbox],
      ...(draft.map.highlight.length > 0 ? { highlight: [...draft.map.highlight] } : {}),
      labels: draft.map.labels,
    },
    stars: [...draft.stars],
    challenges,
    texts,
  };
  return { file, textFields };
}

/** The level file of a draft, texts included, as "Load a level file" accepts it. */
export function draftToLevelFile(draft: LevelDraft): Record<string, unknown> {
  return buildLevelFile(draft).file;
}
