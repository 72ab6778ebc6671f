import { describe, expect, it } from 'vitest';
import { teacherSheet } from '../../../src/core/classroom/teacher-sheet';
import type { Level } from '../../../src/core/level/level-types';
import { level } from './classroom-fixtures';

describe('the teacher sheet', () => {
  it('lists every fact with its source and right answer, and the notes to discuss', () => {
    const base = level();
    const withNote: Level = {
      ...base,
      challenges: base.challenges.map((challenge) =>
        challenge.kind === 'match'
          ? { ...challenge, items: challenge.items.map((item) => ({ ...item, note: 'sample.tokayev-note' })) }
          : challenge,
      ),
    };
    const sheet = teacherSheet(withNote);
    expect(sheet.articles.map((article) => article.id)).toEqual(['A', 'B']);
    expect(sheet.facts.map((fact) => [fact.itemId, fact.answer])).toEqual([
      ['almaty', { kind: 'none' }],
      ['protests', { kind: 'date', date: '2022-01-02' }],
      ['emergency', { kind: 'date', date: '2022-01-05' }],
      ['tokayev', { kind: 'target', text: 'sample.president' }],
    ]);
    expect(sheet.facts[0]).toMatchObject({
      label: 'sample.almaty',
      sources: [{ article: 'A', paragraph: 1 }],
    });
    expect(sheet.discussion.map((fact) => [fact.itemId, fact.note])).toEqual([
      ['tokayev', 'sample.tokayev-note'],
    ]);
  });
});
