import type { Challenge, Level } from './level-types';

/**
 * Every level plays in two variants, so that one file serves a first discovery and a revision.
 * - easy: at most EASY_ITEMS items per challenge, wider tolerances, country names on the map;
 * - hard: every item, tolerances halved, no country names, and placed pins keep no label.
 */
export type Difficulty = 'easy' | 'hard';

export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'hard'];
export const EASY_ITEMS = 8;

export function parseDifficulty(value: string | null): Difficulty {
  return value === 'hard' ? 'hard' : 'easy';
}

export function applyDifficulty(level: Level, difficulty: Difficulty): Level {
  return {
    ...level,
    map: { ...level.map, labels: difficulty === 'easy' ? (level.map.labels ?? true) : false },
    challenges: level.challenges.map((challenge) => adjustChallenge(challenge, difficulty)),
  };
}

function adjustChallenge(challenge: Challenge, difficulty: Difficulty): Challenge {
  switch (challenge.kind) {
    case 'place': {
      const factor = difficulty === 'easy' ? 1.5 : 0.5;
      const items = difficulty === 'easy' ? challenge.items.slice(0, EASY_ITEMS) : challenge.items;
      return {
        ...challenge,
        items: items.map((item) => ({
          ...item,
          toleranceKm: Math.min(item.toleranceKm * factor, challenge.maxDistanceKm / 2),
        })),
      };
    }
    case 'timeline':
      return difficulty === 'easy'
        ? { ...challenge, items: challenge.items.slice(0, EASY_ITEMS) }
        : challenge;
    case 'match': {
      if (difficulty === 'hard') return challenge;
      const items = challenge.items.slice(0, EASY_ITEMS);
      if (challenge.mode === 'categories') return { ...challenge, items };
      // In pairs mode a dropped item's target would become one more distractor: drop it too.
      const dropped = new Set(challenge.items.slice(EASY_ITEMS).map((item) => item.answer));
      return { ...challenge, items, targets: challenge.targets.filter((target) => !dropped.has(target.id)) };
    }
  }
}
