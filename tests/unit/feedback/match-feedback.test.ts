import { describe, expect, it } from 'vitest';
import { matchFeedback } from '../../../src/core/feedback/match-feedback';
import type { MatchChallenge, MatchItem } from '../../../src/core/level/level-types';
import { shippedChallenge } from './shipped';

const item = (challenge: MatchChallenge, id: string): MatchItem => {
  const found = challenge.items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('match feedback, pairs', () => {
  const actors = shippedChallenge('who-is-who', 'match-the-actors', 'match');

  it('says whom the chosen role really describes', () => {
    expect(matchFeedback(actors, item(actors, 'tajikistan'), 't-chair')).toEqual({
      key: 'feedback:match.fitsOther',
      params: {},
      texts: {
        target: 'content:who-is-who.targets.t-chair',
        other: 'content:countries.armenia.name',
        item: 'content:countries.tajikistan.name',
      },
      countries: {},
    });
  });

  it('says when the chosen role fits nobody in the challenge', () => {
    expect(matchFeedback(actors, item(actors, 'borrell'), 't-escort')).toEqual({
      key: 'feedback:match.fitsNone',
      params: {},
      texts: { target: 'content:who-is-who.targets.t-escort' },
      countries: {},
    });
  });

  it('is silent on a right link', () => {
    expect(matchFeedback(actors, item(actors, 'armenia'), 't-chair')).toBeNull();
  });
});

describe('match feedback, categories', () => {
  const sorting = shippedChallenge('reading-the-crisis', 'fact-or-assessment', 'match');

  it('says where the statement belongs, and gives one that belongs where it was put', () => {
    expect(matchFeedback(sorting, item(sorting, 's-order-thanks-to-russia'), 'fact')).toEqual({
      key: 'feedback:match.belongsInExample',
      params: {},
      texts: {
        item: 'content:reading-the-crisis.items.s-order-thanks-to-russia.text',
        right: 'content:two-articles-two-readings.targets.interpretation',
        chosen: 'content:two-articles-two-readings.targets.fact',
        example: 'content:reading-the-crisis.items.s-justifications-made.text',
      },
      countries: {},
    });
  });

  it('gives an example only when another item belongs where the item was put', () => {
    const lone = {
      ...sorting,
      items: [item(sorting, 's-not-democratic'), item(sorting, 's-president-departure')],
    };
    expect(matchFeedback(lone, item(lone, 's-not-democratic'), 'inaccurate')?.key).toBe(
      'feedback:match.belongsInExample',
    );
    expect(matchFeedback(lone, item(lone, 's-president-departure'), 'opinion')?.key).toBe(
      'feedback:match.belongsInExample',
    );
    expect(matchFeedback(lone, item(lone, 's-president-departure'), 'fact')?.key).toBe(
      'feedback:match.belongsIn',
    );
  });
});
