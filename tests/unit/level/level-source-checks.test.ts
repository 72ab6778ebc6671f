import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleProblems,
  levelSourceProblems,
  recordMarkProblems,
} from '../../../scripts/level-source-checks';
import type { Level } from '../../../src/core/level/level-types';
import { validLevel } from './valid-level';

const root = join(import.meta.dirname, '../../..');
const texts = (byLanguage: Record<string, Record<string, string>>) =>
  new Map(Object.entries(byLanguage).map(([language, byKey]) => [language, new Map(Object.entries(byKey))]));

describe('record marks', () => {
  it('refuses a record figure stated without the mark, in the language that omits it', () => {
    const problems = recordMarkProblems(
      texts({
        en: { 'l.csto.fact': 'About 2,030 troops came.' },
        fr: { 'l.csto.fact': 'Hors articles : environ 2\u202f030 soldats sont venus.' },
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^locales\/en\/content\.json: "l\.csto\.fact" states the CSTO troop total .* without saying so$/,
      ),
      expect.stringMatching(
        /^locales\/en\/content\.json: "l\.csto\.fact" lacks the "not in the articles" mark its fr text has$/,
      ),
    ]);
  });

  it('accepts a mark that opens the fact or closes its sentence, not one in another sentence', () => {
    expect(
      recordMarkProblems(
        texts({
          en: {
            'a.fact': 'Not in the articles: Karim Massimov was arrested.',
            'b.fact': 'He went with Dmytro Kuleba (public record).',
            'c.fact': 'Dmytro Kuleba went too. Article B says so; the rest is public record.',
          },
        }),
      ),
    ).toEqual([
      expect.stringContaining('"c.fact" states Kuleba, which is not in the articles, outside the sentence'),
    ]);
  });

  it('does not ask a place name on a card to carry the mark', () => {
    expect(recordMarkProblems(texts({ en: { 'places.zhanaozen.name': 'Zhanaozen' } }))).toEqual([]);
  });

  it('passes on the shipped levels and texts', () => {
    const levels = ['places-of-the-crisis', 'who-is-who'].map(
      (id) => ({ ...validLevel(), id, challenges: [] }) as unknown as Level,
    );
    expect(levelSourceProblems(root, levels)).toEqual([]);
  });
});

describe('citations', () => {
  it('names a paragraph beyond the real article, and a wrong paragraph count', () => {
    const level = validLevel() as unknown as Level;
    const wrong = {
      ...level,
      articles: { ...level.articles, B: { title: 'articles.b.title', paragraphs: 13 } },
      challenges: [
        {
          ...level.challenges[0],
          items: [{ ...level.challenges[0]?.items[0], source: [{ article: 'B', paragraph: 13 }] }],
        },
      ],
    } as unknown as Level;
    expect(articleProblems([wrong])).toEqual([
      'levels/sample.json at /articles/B/paragraphs: 13, but that article has 12 paragraphs',
      'levels/sample.json at /challenges/0/items/0/source/0: B§13 does not exist',
    ]);
  });

  it('refuses an article the game does not know', () => {
    const level = validLevel() as unknown as Level;
    const unknown = {
      ...level,
      articles: { A: { title: 'articles.c.title', paragraphs: 3 } },
    } as unknown as Level;
    expect(articleProblems([unknown])[0]).toContain('"articles.c.title" is not an article the game knows');
  });
});
