import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import validateLevelSchema from '../../../src/core/level/level-schema-validator.generated';
import type { Level } from '../../../src/core/level/level-types';
import { createLevelValidator } from '../../../src/core/level/validate-level';
import { startEditing, studioReducer } from '../../../src/core/studio/draft-edits';
import { draftProblems, problemsOf } from '../../../src/core/studio/draft-problems';
import { draftToLevelFile } from '../../../src/core/studio/draft-to-level-file';
import { emptyDraft, type LevelDraft } from '../../../src/core/studio/level-draft';
import { levelFileToDraft } from '../../../src/core/studio/level-file-to-draft';

const root = join(import.meta.dirname, '../../..');
const validator = createLevelValidator(validateLevelSchema);
const gameTexts = Object.fromEntries(
  ['fr', 'en', 'ru'].map((language) => [
    language,
    JSON.parse(readFileSync(join(root, `locales/${language}/content.json`), 'utf8')) as unknown,
  ]),
);
const shipped = readdirSync(join(root, 'levels')).filter(
  (name) => name.endsWith('.json') && name !== 'schema.json',
);

function parseShipped(name: string): Level {
  const result = validator.parse(name, readFileSync(join(root, 'levels', name), 'utf8'));
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.level;
}

/** A small level a teacher could make: one place challenge with one place, in French and English. */
function smallDraft(): LevelDraft {
  let state = startEditing(emptyDraft('my-level', 'fr'));
  const edit = (action: Parameters<typeof studioReducer>[1]) => {
    state = studioReducer(state, action);
  };
  edit({ type: 'addLanguage', language: 'en' });
  edit({ type: 'set', path: ['title'], value: { fr: 'Mon niveau', en: 'My level' } });
  edit({ type: 'set', path: ['articles', 0, 'title'], value: { fr: 'Un article', en: 'An article' } });
  edit({ type: 'set', path: ['articles', 0, 'paragraphs'], value: 4 });
  edit({ type: 'addChallenge', kind: 'place' });
  edit({
    type: 'set',
    path: ['challenges', 0, 'prompt'],
    value: { fr: 'Placez la ville.', en: 'Place the city.' },
  });
  edit({ type: 'addItem', challenge: 0, lonLat: [76.93, 43.26] });
  edit({ type: 'set', path: ['challenges', 0, 'items', 0, 'name'], value: { fr: 'Almaty', en: 'Almaty' } });
  edit({
    type: 'set',
    path: ['challenges', 0, 'items', 0, 'fact'],
    value: { fr: 'La plus grande ville du pays.', en: 'The largest city of the country.' },
  });
  return state.draft;
}

describe('a level draft', () => {
  it('makes a level file that the game validator accepts, its texts carried in every language', () => {
    const draft = smallDraft();
    expect(draftProblems(draft, validator)).toEqual([]);
    const file = draftToLevelFile(draft);
    const checked = validator.check('my-level.json', file);
    expect(checked.ok).toBe(true);
    const texts = file.texts as Record<string, Record<string, unknown>>;
    expect(JSON.stringify(texts.en)).toContain('The largest city of the country.');
    expect(JSON.stringify(texts.fr)).toContain('Mon niveau');
    // The studio's file reads back as the same draft.
    if (checked.ok) expect(levelFileToDraft(checked.level, {})).toEqual(draft);
  });

  it('puts each problem beside its field, in words the validator uses', () => {
    let draft = smallDraft();
    draft = studioReducer(startEditing(draft), {
      type: 'set',
      path: ['challenges', 0, 'items', 0, 'lat'],
      value: 95,
    }).draft;
    draft = studioReducer(startEditing(draft), {
      type: 'set',
      path: ['challenges', 0, 'items', 0, 'fact', 'en'],
      value: '',
    }).draft;
    const problems = draftProblems(draft, validator);
    expect(problemsOf(problems, '/challenges/0/items/0/lat').map((p) => p.code)).toContain('range');
    expect(problemsOf(problems, '/challenges/0/items/0/fact', 'en').map((p) => p.code)).toEqual([
      'emptyText',
    ]);
    expect(problemsOf(problems, '/challenges/0/items/0/fact', 'fr')).toEqual([]);
    // The rules beyond the schema come once the file has the right shape, as in the game.
    const cited = studioReducer(startEditing(smallDraft()), {
      type: 'set',
      path: ['challenges', 0, 'items', 0, 'source', 0, 'paragraph'],
      value: 9,
    }).draft;
    expect(
      problemsOf(draftProblems(cited, validator), '/challenges/0/items/0/source/0/paragraph').map(
        (p) => p.code,
      ),
    ).toEqual(['paragraphOutOfRange']);
  });

  it('says a level needs a challenge, a date must exist, and an opinion needs its note', () => {
    const empty = emptyDraft('blank', 'en');
    expect(problemsOf(draftProblems(empty, validator), '/challenges').map((p) => p.code)).toEqual(['tooFew']);
    let state = startEditing(smallDraft());
    state = studioReducer(state, { type: 'addChallenge', kind: 'timeline' });
    state = studioReducer(state, { type: 'addItem', challenge: 1 });
    state = studioReducer(state, {
      type: 'set',
      path: ['challenges', 1, 'items', 0, 'date'],
      value: '2022-02-30',
    });
    state = studioReducer(state, {
      type: 'set',
      path: ['challenges', 0, 'items', 0, 'stance'],
      value: 'opinion',
    });
    const problems = draftProblems(state.draft, validator);
    expect(problemsOf(problems, '/challenges/1/items/0/date').map((p) => p.code)).toContain('invalidDate');
    expect(problemsOf(problems, '/challenges/0/items/0/note').map((p) => p.code)).toEqual([
      'opinionNeedsNote',
    ]);
    expect(problemsOf(problems, '/challenges/1/items').map((p) => p.code)).toContain('tooFew');
  });

  it('tells a text too long for its place, with the field and language', () => {
    const draft = studioReducer(startEditing(smallDraft()), {
      type: 'set',
      path: ['title', 'fr'],
      value: 'x'.repeat(101),
    }).draft;
    expect(problemsOf(draftProblems(draft, validator), '/title', 'fr')).toEqual([
      { field: '/title', language: 'fr', code: 'tooLong', params: { found: 101, limit: 100 }, studio: true },
    ]);
  });

  it('undoes the last change, and gives fresh ids', () => {
    let state = startEditing(smallDraft());
    state = studioReducer(state, { type: 'addItem', challenge: 0 });
    expect(state.draft.challenges[0]?.items.map((item) => item.id)).toEqual(['place-2', 'place-3']);
    state = studioReducer(state, { type: 'removeItem', challenge: 0, index: 0 });
    expect(state.draft.challenges[0]?.items.map((item) => item.id)).toEqual(['place-3']);
    state = studioReducer(state, { type: 'undo' });
    expect(state.draft.challenges[0]?.items.map((item) => item.id)).toEqual(['place-2', 'place-3']);
  });
});

describe('every shipped level in the studio', () => {
  it.each(shipped)(
    '%s opens as a draft and comes back as a valid file with the same play and words',
    (name) => {
      const level = parseShipped(name);
      const draft = levelFileToDraft(level, gameTexts);
      expect(draft.languages).toEqual(['fr', 'en', 'ru']);
      expect(draftProblems(draft, validator)).toEqual([]);
      const file = draftToLevelFile(draft);
      const checked = validator.check(name, file);
      expect(checked.ok).toBe(true);
      if (!checked.ok) return;
      const again = checked.level;
      // Same challenges, items, positions, dates and answers: only the text keys are the level's own.
      expect(again.challenges.map((c) => [c.kind, c.id, c.items.map((item) => item.id)])).toEqual(
        level.challenges.map((c) => [c.kind, c.id, c.items.map((item) => item.id)]),
      );
      expect(
        again.challenges.flatMap((c) => c.items.map((item) => ('lonLat' in item ? item.lonLat : null))),
      ).toEqual(
        level.challenges.flatMap((c) => c.items.map((item) => ('lonLat' in item ? item.lonLat : null))),
      );
      expect(again.map).toEqual({ ...level.map, labels: level.map.labels ?? true });
      expect(again.stars).toEqual(level.stars);
      expect(levelFileToDraft(again, {})).toEqual(draft);
    },
  );
});
