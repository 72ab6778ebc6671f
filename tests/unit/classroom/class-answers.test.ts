import { describe, expect, it } from 'vitest';
import {
  answerSpread,
  itemAnswers,
  itemTally,
  rightPositions,
} from '../../../src/core/classroom/class-answers';
import type { TimelineItem } from '../../../src/core/level/level-types';
import { level, newSession, playThrough } from './classroom-fixtures';

describe('the class map', () => {
  const session = playThrough(newSession(['Ana', 'Ben', 'Chloé']), (name) => name !== 'Ben');

  it('lists every answer to an item in the order the step was played', () => {
    expect(itemAnswers(session, 1, 'protests').map((answer) => answer.participant.name)).toEqual([
      'Ben',
      'Chloé',
      'Ana',
    ]);
    expect(itemTally(session, 0, 'almaty')).toEqual({ right: 2, answered: 3 });
  });

  it('groups the positions an event was given, the most frequent first', () => {
    expect(
      answerSpread(session, 1, 'protests').map((group) => [
        group.answer,
        group.participants.map((p) => p.name),
        group.correct,
      ]),
    ).toEqual([
      ['1', ['Chloé', 'Ana'], true],
      ['2', ['Ben'], false],
    ]);
  });

  it('groups the targets chosen for a match item', () => {
    expect(
      answerSpread(session, 2, 'tokayev').map((group) => [group.answer, group.participants.length]),
    ).toEqual([
      ['president', 2],
      ['eu-diplomat', 1],
    ]);
  });
});

describe('the right positions of a timeline event', () => {
  it('is one slot, or a range when events share a date', () => {
    const items = level().challenges[1]!.items as TimelineItem[];
    expect(rightPositions(items, 'protests')).toEqual({ first: 1, last: 1 });
    const tied = items.map((item) => ({ ...item, date: '2022-01' }));
    expect(rightPositions(tied, 'emergency')).toEqual({ first: 1, last: 2 });
  });
});
