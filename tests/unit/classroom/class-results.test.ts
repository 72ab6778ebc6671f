import { describe, expect, it } from 'vitest';
import { classScores, itemAnalysis, playedLevel, podium } from '../../../src/core/classroom/class-results';
import { LEVELS, newSession, playThrough } from './classroom-fixtures';

describe('the class results', () => {
  it('ranks the players by total, ties sharing a rank, with one score per level', () => {
    const session = playThrough(newSession(['Ana', 'Ben', 'Chloé', 'David']), (name, step) =>
      name === 'Ana' ? true : name === 'Ben' || name === 'Chloé' ? step !== 2 : false,
    );
    const scores = classScores(session, LEVELS);
    expect(scores.map((score) => [score.participant.name, score.rank, score.total])).toEqual([
      ['Ana', 1, 400],
      ['Ben', 2, 300],
      ['Chloé', 2, 300],
      ['David', 4, 0],
    ]);
    expect(scores[0]?.levels).toHaveLength(1);
    expect(scores[0]?.levels[0]).toMatchObject({ base: 400, maxBase: 400, stars: 3, mode: 'fair' });
    expect(podium(scores).map((score) => score.participant.name)).toEqual(['Ana', 'Ben', 'Chloé']);
  });

  it('adds the streak and time bonuses in the standard mode', () => {
    const session = playThrough(newSession(['Ana'], { scoreMode: 'standard' }));
    const [ana] = classScores(session, LEVELS);
    expect(ana!.total).toBeGreaterThan(400);
    expect(ana!.accuracy).toBe(1);
  });

  it('leaves a level a participant did not play empty rather than zero', () => {
    const session = playThrough(newSession(['Ana', 'Ben'], { turnMode: 'relay' }, ['first', 'second']));
    const scores = classScores(session, LEVELS);
    expect(scores.every((score) => score.levels.every((level) => level !== null))).toBe(true);
    const solo = playThrough(newSession(['Ana', 'Ben', 'Chloé', 'David'], { turnMode: 'relay' }));
    expect(classScores(solo, LEVELS).find((s) => s.participant.name === 'David')?.levels).toEqual([null]);
  });

  it('lists every fact with the share of the class that got it right, hardest first', () => {
    const session = playThrough(newSession(['Ana', 'Ben']), (name, step) => step === 1 || name === 'Ana');
    expect(
      itemAnalysis(session, LEVELS).map((stat) => [stat.itemId, stat.right, stat.answered, stat.share]),
    ).toEqual([
      ['almaty', 1, 2, 0.5],
      ['tokayev', 1, 2, 0.5],
      ['protests', 2, 2, 1],
      ['emergency', 2, 2, 1],
    ]);
  });

  it('still counts the answers to a level no longer on the device', () => {
    const session = playThrough(newSession(['Ana']));
    const [ana] = classScores(session, new Map());
    expect(ana).toMatchObject({ total: 400, accuracy: 1 });
    expect(ana!.levels[0]?.stars).toBe(0);
    expect(itemAnalysis(session, new Map())).toHaveLength(4);
  });
});

describe('the level as the class plays it', () => {
  it('takes the session’s difficulty, and hides the country names without hints', () => {
    const level = LEVELS.get('first')!;
    expect(playedLevel(newSession(['Ana'], { hints: true }), level).map.labels).toBe(true);
    expect(playedLevel(newSession(['Ana'], { hints: false }), level).map.labels).toBe(false);
    expect(playedLevel(newSession(['Ana'], { difficulty: 'hard', hints: true }), level).map.labels).toBe(
      false,
    );
  });
});
