import { describe, expect, it } from 'vitest';
import { CHALLENGE_MODULES, playerViewOf } from '../../../src/core/challenges/challenge-registry';
import { isCorrectOrder } from '../../../src/core/challenges/timeline/timeline-rules';
import type { Challenge } from '../../../src/core/level/level-types';
import { shippedChallenges, shippedOfKind } from './shipped-challenges';

/** Fields that tell an answer, or a fact only shown at the reveal. */
const ANSWER_KEYS = new Set(['toleranceKm', 'maxDistanceKm', 'date', 'answer', 'fact', 'note', 'source']);

/** Every key anywhere in a value, with its path, e.g. "items.3.lonLat". */
function keysIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => keysIn(entry, `${path}${index}.`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, entry]) => [
    `${path}${key}`,
    ...keysIn(entry, `${path}${key}.`),
  ]);
}

const lastPart = (path: string) => path.split('.').at(-1) ?? '';

describe('player views of the shipped challenges', () => {
  it.each(shippedChallenges)('$name holds no answer anywhere', ({ challenge }) => {
    const view = playerViewOf(challenge);
    const found = keysIn(view).filter((path) => ANSWER_KEYS.has(lastPart(path)));
    expect(found).toEqual([]);
    // Plain JSON: it survives the wire unchanged.
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it.each(shippedOfKind('place'))('$name shows no place where a card belongs', ({ challenge }) => {
    const view = playerViewOf(challenge);
    expect(keysIn(view).filter((path) => lastPart(path) === 'lonLat')).toEqual([]);
    const numbers = JSON.stringify(view).match(/-?\d+\.\d+/g) ?? [];
    expect(numbers).toEqual([]);
    expect(view.items.map((item) => item.id)).toEqual(challenge.items.map((item) => item.id));
  });

  it.each(shippedOfKind('timeline'))('$name is dealt out of chronological order', ({ challenge }) => {
    const view = playerViewOf(challenge);
    if (view.kind !== 'timeline') throw new Error('a timeline view was expected');
    const dealt = view.items.map((item) => item.id);
    expect([...dealt].sort()).toEqual(challenge.items.map((item) => item.id).sort());
    expect(isCorrectOrder(challenge.items, dealt)).toBe(false);
    // Seeded by the challenge id: every pupil and every replay gets the same deal.
    expect(playerViewOf(challenge)).toEqual(view);
  });

  it.each(shippedOfKind('match').filter(({ challenge }) => challenge.mode === 'pairs'))(
    '$name lays the targets out in another order than the pairs',
    ({ challenge }) => {
      const view = playerViewOf(challenge);
      if (view.kind !== 'match') throw new Error('a match view was expected');
      const laidOut = view.targets.map((target) => target.id);
      expect([...laidOut].sort()).toEqual(challenge.targets.map((target) => target.id).sort());
      expect(laidOut).not.toEqual(challenge.targets.map((target) => target.id));
      // Nor does the n-th target answer the n-th item.
      const aligned = challenge.items.filter((item, index) => laidOut[index] === item.answer).length;
      expect(aligned).toBeLessThan(challenge.items.length / 2);
    },
  );

  it.each(shippedChallenges)('$name names the texts it shows, and no fact', ({ challenge }) => {
    const view = playerViewOf(challenge);
    const keys = new Set(CHALLENGE_MODULES[view.kind].viewTextKeys(view as never));
    expect(keys.has(challenge.prompt)).toBe(true);
    for (const item of challenge.items) {
      expect(keys.has(item.fact)).toBe(false);
      if (item.note) expect(keys.has(item.note)).toBe(false);
      expect(keys.has('name' in item ? item.name : item.text)).toBe(true);
    }
    // Every string the view holds that is one of the level's content keys is among them.
    const strings = JSON.stringify(view).match(/"[a-z][\w-]*(\.[\w-]+)+"/gi) ?? [];
    for (const quoted of strings) expect(keys.has(JSON.parse(quoted) as string)).toBe(true);
  });

  it('does not hand out the challenge itself: changing the view leaves the level as it was', () => {
    const challenge = shippedChallenges[0]?.challenge as Challenge;
    const before = JSON.stringify(challenge);
    const view = playerViewOf(challenge) as unknown as { items: { id: string }[] };
    view.items[0]!.id = 'changed';
    expect(JSON.stringify(challenge)).toBe(before);
  });
});
