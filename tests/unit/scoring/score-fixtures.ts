import type { Level, PlaceItem } from '../../../src/core/level/level-types';
import type { ChallengeResult, ItemResult, LevelRun } from '../../../src/core/run/level-run';

function place(id: string): PlaceItem {
  return {
    id,
    name: `places.${id}`,
    kind: 'city',
    lonLat: [70, 45],
    toleranceKm: 50,
    fact: `facts.${id}`,
    source: [{ article: 'A', paragraph: 1 }],
  };
}

/** Four places then two events, with the usual star thresholds. */
export function sampleLevel(): Level {
  return {
    formatVersion: 1,
    id: 'sample',
    chapter: 1,
    order: 1,
    title: 'sample.title',
    articles: { A: { title: 'articles.a', paragraphs: 3 } },
    map: { projection: 'conicConformal', bbox: [40, 35, 90, 56] },
    stars: [0.4, 0.65, 0.85],
    challenges: [
      {
        kind: 'place',
        id: 'cities',
        prompt: 'sample.cities',
        maxDistanceKm: 1000,
        items: ['almaty', 'astana', 'aktau', 'zhanaozen'].map(place),
      },
      {
        kind: 'timeline',
        id: 'days',
        prompt: 'sample.days',
        items: ['protests', 'emergency', 'csto'].map((id, index) => ({
          id,
          text: `events.${id}`,
          date: `2022-01-0${index + 2}`,
          place: 'places.almaty',
          lonLat: [70, 45] as const,
          fact: `facts.${id}`,
          source: [{ article: 'A', paragraph: 1 }],
        })),
      },
    ],
  };
}

/** An item worth 100: right (100), wrong (0), or partly right (the given points, not correct). */
export function right(itemId: string): ItemResult {
  return { itemId, points: 100, maxPoints: 100, correct: true };
}
export function wrong(itemId: string, points = 0): ItemResult {
  return { itemId, points, maxPoints: 100, correct: false };
}

export function finishedRun(level: Level, results: readonly ChallengeResult[], startedAt = 0): LevelRun {
  return { levelId: level.id, difficulty: 'hard', startedAt, challengeIndex: results.length, results };
}

/** The sample level answered item by item, `marks` in order: true right, false wrong. */
export function sampleRun(marks: readonly boolean[]): LevelRun {
  const level = sampleLevel();
  let index = 0;
  const results = level.challenges.map(
    (challenge): ChallengeResult => ({
      challengeId: challenge.id,
      kind: challenge.kind,
      items: challenge.items.map((item) => ((marks[index++] ?? false) ? right(item.id) : wrong(item.id))),
    }),
  );
  return finishedRun(level, results);
}
