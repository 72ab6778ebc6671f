import { describe, expect, it } from 'vitest';
import { matchModule } from '../../../src/core/challenges/match/match-answer';
import {
  canCheck,
  canFinish,
  initialMatchState,
  matchReducer,
} from '../../../src/core/challenges/match/match-rules';
import { dealTimeline } from '../../../src/core/challenges/timeline/shuffle';
import { timelineModule } from '../../../src/core/challenges/timeline/timeline-answer';
import { challengeSeed, startRun } from '../../../src/core/run/level-run';
import { pairs } from '../match/match-fixtures';
import { shippedLevels, shippedOfKind } from './shipped-challenges';

describe('a match played from its player view', () => {
  const view = matchModule.playerView(pairs);
  const reduce = matchReducer(view);
  const linked = view.items.reduce(
    (state, item, index) =>
      reduce(state, { type: 'link', itemId: item.id, targetId: view.targets[index]!.id }),
    initialMatchState(),
  );

  it('links and unlinks as with the answers', () => {
    expect(Object.keys(linked.links)).toHaveLength(view.items.length);
    const first = view.items[0]!.id;
    expect(reduce(linked, { type: 'unlink', itemId: first }).links[first]).toBeUndefined();
  });

  it('is never checked: no mark can tell an answer', () => {
    expect(canCheck(view, linked)).toBe(true);
    expect(canFinish(view, linked)).toBe(true);
    expect(reduce(linked, { type: 'check' })).toBe(linked);
    expect(reduce(linked, { type: 'finish' })).toBe(linked);
    expect(linked.marks).toEqual({});
  });
});

describe('the seed of a run', () => {
  const level = shippedLevels.find((candidate) => candidate.challenges.some((c) => c.kind === 'timeline'))!;
  const { challenge } = shippedOfKind('timeline')[0]!;

  it('deals a timeline the same way every time the run is replayed', () => {
    const run = startRun(level, 'easy', 0, 12345);
    const again = structuredClone(run);
    expect(dealTimeline(challenge.items, challengeSeed(again, challenge.id))).toEqual(
      dealTimeline(challenge.items, challengeSeed(run, challenge.id)),
    );
  });

  it('gives other runs other deals, and each challenge of a run a seed of its own', () => {
    const deals = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) =>
        dealTimeline(challenge.items, challengeSeed(startRun(level, 'easy', 0, seed), challenge.id)).join(),
      ),
    );
    expect(deals.size).toBeGreaterThan(1);
    const run = startRun(level, 'easy', 0, 7);
    expect(challengeSeed(run, 'a')).not.toBe(challengeSeed(run, 'b'));
  });

  it('without a seed, deals as the player view does, by the challenge id alone', () => {
    const run = startRun(level, 'easy', 0);
    expect(run).not.toHaveProperty('seed');
    const view = timelineModule.playerView(challenge);
    expect(dealTimeline(challenge.items, challengeSeed(run, challenge.id))).toEqual(
      view.items.map((item) => item.id),
    );
  });
});
