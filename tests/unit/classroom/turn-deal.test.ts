import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChallengeAnswer, PlayerChallengeView } from '../../../src/core/challenges/challenge-kinds';
import { emptyAnswerFor, playerViewOf, scoreAnswer } from '../../../src/core/challenges/challenge-registry';
import { isCorrectOrder } from '../../../src/core/challenges/timeline/timeline-rules';
import { dealtChallenge, dealtView, turnSeed, unreachedItems } from '../../../src/core/classroom/turn-deal';
import type {
  Challenge,
  MatchChallenge,
  PlaceChallenge,
  TimelineChallenge,
} from '../../../src/core/level/level-types';
import { level } from './classroom-fixtures';

const challenges = level().challenges;
const ofKind = <K extends Challenge['kind']>(kind: K) =>
  challenges.find((challenge): challenge is Extract<Challenge, { kind: K }> => challenge.kind === kind)!;

/** The sample's place challenge with eight cards, so two deals are unlikely to agree by chance. */
function bigPlace(): PlaceChallenge {
  const sample = ofKind('place');
  const first = sample.items[0]!;
  return { ...sample, items: Array.from({ length: 8 }, (_, index) => ({ ...first, id: `place-${index}` })) };
}

describe("each pupil's deal", () => {
  it('differs from one pupil to the next, and is the same again for the same pupil and step', () => {
    const challenge = bigPlace();
    const order = (participantId: string, step = 0) =>
      dealtView(challenge, turnSeed('session-1', participantId, step)).items.map((item) => item.id);
    const orders = ['p1', 'p2', 'p3', 'p4'].map((id) => order(id).join());
    expect(new Set(orders).size).toBeGreaterThan(1);
    expect(order('p2')).toEqual(order('p2'));
    expect(new Set(order('p1'))).toEqual(new Set(challenge.items.map((item) => item.id)));
    // The relay turn's challenge holds the same cards in the same order as the blind view.
    const seed = turnSeed('session-1', 'p3', 0);
    expect(dealtChallenge(challenge, seed).items.map((item) => item.id)).toEqual(
      dealtView(challenge, seed).items.map((item) => item.id),
    );
  });

  it('deals a match per pupil, a relay turn laid out as the blind view, in both modes', () => {
    const sample = ofKind('match');
    const [item] = sample.items;
    const targets = sample.targets;
    for (const mode of ['pairs', 'categories'] as const) {
      // Eight items, so two pupils are unlikely to be dealt the same order by chance.
      const match: MatchChallenge = {
        ...sample,
        mode,
        targets:
          mode === 'pairs'
            ? Array.from({ length: 8 }, (_, index) => ({ ...targets[0]!, id: `t${index}` }))
            : targets,
        items: Array.from({ length: 8 }, (_, index) => ({
          ...item!,
          id: `m${index}`,
          answer: mode === 'pairs' ? `t${index}` : targets[index % targets.length]!.id,
        })),
      };
      const ids = (view: PlayerChallengeView) => view.items.map((entry) => entry.id).join();
      const relay = (participantId: string) =>
        ids(playerViewOf(dealtChallenge(match, turnSeed('session-1', participantId, 2))));
      const blind = (participantId: string) => ids(dealtView(match, turnSeed('session-1', participantId, 2)));
      const pupils = ['p1', 'p2', 'p3', 'p4', 'p5'];
      expect(new Set(pupils.map(relay)).size, mode).toBeGreaterThan(1);
      for (const pupil of pupils) {
        expect(relay(pupil), mode).toBe(blind(pupil));
        const seed = turnSeed('session-1', pupil, 2);
        const targetsOf = (view: PlayerChallengeView) => (view.kind === 'match' ? view.targets : []);
        expect(targetsOf(playerViewOf(dealtChallenge(match, seed)))).toEqual(
          targetsOf(dealtView(match, seed)),
        );
      }
      // The same cards, each with its own answer: a deal changes the layout, never the score.
      const dealt = dealtChallenge(match, turnSeed('session-1', 'p1', 2));
      expect(dealt.kind === 'match' && [...dealt.items].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        match.items,
      );
    }
  });

  it('never deals a timeline already in order', () => {
    const timeline = ofKind('timeline') as TimelineChallenge;
    fc.assert(
      fc.property(fc.string(), (participantId) => {
        const view = dealtView(timeline, turnSeed('s', participantId, 1));
        const order = view.items.map((item) => item.id);
        expect(isCorrectOrder(timeline.items, order)).toBe(false);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe('an answer cut short by the time limit', () => {
  it('tells the places never reached apart from an "I don\'t know"', () => {
    const challenge = bigPlace();
    const answer: ChallengeAnswer = {
      kind: 'place',
      drops: [
        { itemId: 'place-0', lonLat: null },
        { itemId: 'place-1', lonLat: [76.9, 43.2] },
      ],
    };
    expect(unreachedItems(challenge, answer)).toEqual([
      'place-2',
      'place-3',
      'place-4',
      'place-5',
      'place-6',
      'place-7',
    ]);
  });

  it('counts a match item the pupil said they did not know as reached', () => {
    const match = ofKind('match');
    expect(unreachedItems(match, { kind: 'match', links: [], dontKnow: true })).toEqual([]);
    expect(unreachedItems(match, { kind: 'match', links: [] })).toEqual(match.items.map((item) => item.id));
  });

  it('is scored with every item of the challenge, the unanswered ones worth nothing (no padding needed)', () => {
    for (const challenge of [...challenges, bigPlace()]) {
      const result = scoreAnswer(challenge, emptyAnswerFor(playerViewOf(challenge)));
      expect(result.items.map((item) => item.itemId).sort()).toEqual(
        challenge.items.map((item) => item.id).sort(),
      );
      if (challenge.kind !== 'timeline')
        expect(result.items.every((item) => item.points === 0 && item.maxPoints > 0)).toBe(true);
    }
  });
});
