import { describe, expect, it } from 'vitest';
import { classConfusions } from '../../../src/core/classroom/class-confusions';
import {
  type ClassroomSession,
  type RecordedAnswer,
  SESSION_FORMAT,
  type SessionStep,
} from '../../../src/core/classroom/classroom-session';
import type { Challenge, Level } from '../../../src/core/level/level-types';
import type { ItemResult } from '../../../src/core/run/level-run';
import { shippedLevel, shippedShapes } from '../feedback/shipped';

const levels = new Map<string, Level>(
  ['places-of-the-crisis', 'who-is-who', 'reading-the-crisis'].map((id) => [id, shippedLevel(id)]),
);
const challengeOf = (step: SessionStep): Challenge | undefined =>
  levels.get(step.levelId)?.challenges.find((challenge) => challenge.id === step.challengeId);

const STEPS: SessionStep[] = [
  { levelId: 'places-of-the-crisis', challengeId: 'place-the-cities', kind: 'place' },
  { levelId: 'who-is-who', challengeId: 'match-the-actors', kind: 'match' },
  { levelId: 'reading-the-crisis', challengeId: 'the-standoff-in-order', kind: 'timeline' },
];

const ALMATY_ON_ASTANA: ItemResult = {
  itemId: 'almaty',
  points: 0,
  maxPoints: 100,
  correct: false,
  distanceKm: 967,
  guessLonLat: [71.45, 51.17],
};
const ALMATY_RIGHT: ItemResult = {
  ...ALMATY_ON_ASTANA,
  correct: true,
  points: 100,
  guessLonLat: [76.93, 43.26],
};
const ALMATY_IN_UZBEKISTAN: ItemResult = { ...ALMATY_ON_ASTANA, guessLonLat: [64.5, 41.3] };
const TAJIKISTAN_AS_CHAIR: ItemResult = {
  itemId: 'tajikistan',
  points: 0,
  maxPoints: 100,
  correct: false,
  answer: 't-chair',
};

/** A card's slot in a timeline answer, 1-based as the results record it. */
const slots = (order: readonly string[]): ItemResult[] =>
  order.map((itemId, index) => ({
    itemId,
    points: 0,
    maxPoints: 100,
    correct: false,
    answer: String(index + 1),
  }));
const RIGHT_ORDER = [
  'e-biden-takes-office',
  'e-drafts-handed',
  'e-drafts-published',
  'e-lpg-price-freed',
  'e-terrorists-trained-abroad',
  'e-twenty-thousand-bandits',
  'e-coup-attempt',
  'e-non-starters',
  'e-csto-withdrawal',
  'e-toll-announced',
];
const DRAFTS_SWAPPED = RIGHT_ORDER.map((id) =>
  id === 'e-drafts-handed' ? 'e-drafts-published' : id === 'e-drafts-published' ? 'e-drafts-handed' : id,
);

function answer(participantId: string, step: number, items: ItemResult[]): RecordedAnswer {
  const { challengeId, kind } = STEPS[step]!;
  return {
    participantId,
    step,
    attemptId: `${participantId}-${step}`,
    startedAt: 0,
    answeredAt: 1,
    timedOut: false,
    result: { challengeId, kind, items },
  };
}

function session(answers: RecordedAnswer[]): ClassroomSession {
  const ids = [...new Set(answers.map((entry) => entry.participantId))];
  return {
    format: SESSION_FORMAT,
    id: 'session-1',
    name: '4e B',
    createdAt: 0,
    updatedAt: 0,
    teams: false,
    participants: ids.map((id) => ({ id, name: id, members: [] })),
    playlist: [...levels.keys()],
    steps: STEPS,
    settings: {
      turnMode: 'everyone',
      difficulty: 'easy',
      timeLimitSeconds: null,
      hints: true,
      language: 'en',
      scoreMode: 'fair',
      ranking: 'full',
    },
    answers,
    skips: [],
    reviewedSteps: 0,
    paused: false,
    endedAt: null,
    endedEarly: false,
  };
}

describe('class confusions', () => {
  it('counts how many put a card on the same other place, of those who answered', () => {
    const answers = [
      answer('p1', 0, [ALMATY_ON_ASTANA]),
      answer('p2', 0, [ALMATY_ON_ASTANA]),
      answer('p3', 0, [ALMATY_ON_ASTANA]),
      answer('p4', 0, [ALMATY_RIGHT]),
    ];
    expect(classConfusions(session(answers), challengeOf)).toEqual([
      {
        step: 0,
        itemId: 'almaty',
        kind: 'place',
        with: 'astana',
        count: 3,
        answered: 4,
        message: {
          key: 'feedback:class.placedOn',
          params: { count: 3, answered: 4 },
          texts: { item: 'content:places.almaty.name', other: 'content:places.astana.name' },
          countries: {},
        },
      },
    ]);
  });

  it('leaves out a confusion only one participant made, unless asked for every one', () => {
    const answers = [answer('p1', 0, [ALMATY_ON_ASTANA]), answer('p2', 0, [ALMATY_RIGHT])];
    expect(classConfusions(session(answers), challengeOf)).toEqual([]);
    expect(classConfusions(session(answers), challengeOf, { minCount: 1 })).toHaveLength(1);
  });

  it('counts drops in another country when given the country shapes', () => {
    const answers = [answer('p1', 0, [ALMATY_IN_UZBEKISTAN]), answer('p2', 0, [ALMATY_IN_UZBEKISTAN])];
    expect(classConfusions(session(answers), challengeOf)).toEqual([]);
    const [confusion] = classConfusions(session(answers), challengeOf, { shapes: shippedShapes() });
    expect(confusion).toMatchObject({ kind: 'country', with: 'UZB', count: 2 });
    expect(confusion?.message.countries).toEqual({ country: 'UZB' });
  });

  it('counts the same wrong link and the same swapped events, the most common first', () => {
    const answers = [
      answer('p1', 1, [TAJIKISTAN_AS_CHAIR]),
      answer('p2', 1, [TAJIKISTAN_AS_CHAIR]),
      answer('p1', 2, slots(DRAFTS_SWAPPED)),
      answer('p2', 2, slots(DRAFTS_SWAPPED)),
      answer('p3', 2, slots(DRAFTS_SWAPPED)),
    ];
    const confusions = classConfusions(session(answers), challengeOf);
    expect(confusions.map(({ kind, itemId, with: other, count }) => [kind, itemId, other, count])).toEqual([
      ['order', 'e-drafts-published', 'e-drafts-handed', 3],
      ['target', 'tajikistan', 't-chair', 2],
    ]);
    expect(confusions[1]?.message).toEqual({
      key: 'feedback:class.linked',
      params: { count: 2, answered: 2 },
      texts: { item: 'content:countries.tajikistan.name', target: 'content:who-is-who.targets.t-chair' },
      countries: {},
    });
    expect(classConfusions(session(answers), challengeOf, { limit: 1 })).toHaveLength(1);
  });

  it('leaves out a step whose level is gone', () => {
    const answers = [answer('p1', 1, [TAJIKISTAN_AS_CHAIR]), answer('p2', 1, [TAJIKISTAN_AS_CHAIR])];
    expect(classConfusions(session(answers), () => undefined)).toEqual([]);
  });
});
