import { describe, expect, it } from 'vitest';
import type { PlayerChallengeView } from '../../../src/core/challenges/challenge-kinds';
import { parseAnswerFor, playerViewOf } from '../../../src/core/challenges/challenge-registry';
import type { MatchPlayerView } from '../../../src/core/challenges/match/match-answer';
import type { PlacePlayerView } from '../../../src/core/challenges/place/place-answer';
import type { TimelinePlayerView } from '../../../src/core/challenges/timeline/timeline-answer';
import { shippedOfKind } from './shipped-challenges';

function firstView<V extends PlayerChallengeView>(
  views: PlayerChallengeView[],
  test: (view: V) => boolean,
): V {
  const found = views.find((view) => test(view as V));
  if (!found) throw new Error('no shipped challenge fits this test');
  return found as V;
}

const place = firstView<PlacePlayerView>(
  shippedOfKind('place').map(({ challenge }) => playerViewOf(challenge)),
  () => true,
);
const timeline = firstView<TimelinePlayerView>(
  shippedOfKind('timeline').map(({ challenge }) => playerViewOf(challenge)),
  () => true,
);
const matchViews = shippedOfKind('match').map(({ challenge }) => playerViewOf(challenge));
const pairs = firstView<MatchPlayerView>(matchViews, (view) => view.mode === 'pairs');
const categories = firstView<MatchPlayerView>(matchViews, (view) => view.mode === 'categories');

const placeIds = place.items.map((item) => item.id);
const timelineIds = timeline.items.map((item) => item.id);
const [firstItem, secondItem] = pairs.items.map((item) => item.id) as [string, string];
const [firstTarget, secondTarget] = pairs.targets.map((target) => target.id) as [string, string];

const refused = (view: PlayerChallengeView, raw: unknown) => {
  const parsed = parseAnswerFor(view, raw);
  return parsed.ok ? 'accepted' : parsed.problem;
};

describe('reading an untrusted answer', () => {
  it.each([null, undefined, 3, 'place', [], true])('refuses %s, which is no object', (raw) => {
    for (const view of [place, timeline, pairs]) expect(refused(view, raw)).toBe('notAnObject');
  });

  it('refuses an answer of another kind, or of no kind', () => {
    expect(refused(place, { kind: 'timeline', order: timelineIds })).toBe('wrongKind');
    expect(refused(timeline, { kind: 'place', drops: [] })).toBe('wrongKind');
    expect(refused(pairs, { drops: [] })).toBe('wrongKind');
  });

  it('accepts what a player can do, and keeps nothing else the message held', () => {
    const parsed = parseAnswerFor(place, {
      kind: 'place',
      drops: [
        { itemId: placeIds[0], lonLat: [71.4, 51.1], score: 100 },
        { itemId: placeIds[1], lonLat: null },
      ],
      points: 9999,
    });
    expect(parsed).toEqual({
      ok: true,
      answer: {
        kind: 'place',
        drops: [
          { itemId: placeIds[0], lonLat: [71.4, 51.1] },
          { itemId: placeIds[1], lonLat: null },
        ],
      },
    });
    expect(parseAnswerFor(timeline, { kind: 'timeline', order: [...timelineIds].reverse() }).ok).toBe(true);
    expect(
      parseAnswerFor(pairs, { kind: 'match', links: [{ itemId: firstItem, targetId: firstTarget }] }).ok,
    ).toBe(true);
  });

  it('refuses cards the challenge does not have, and cards answered twice', () => {
    expect(refused(place, { kind: 'place', drops: [{ itemId: 'nowhere', lonLat: null }] })).toBe(
      'unknownItem',
    );
    const twice = { itemId: placeIds[0], lonLat: null };
    expect(refused(place, { kind: 'place', drops: [twice, twice] })).toBe('badValue');
    expect(refused(timeline, { kind: 'timeline', order: [...timelineIds.slice(1), 'ghost'] })).toBe(
      'badValue',
    );
    expect(
      refused(timeline, { kind: 'timeline', order: [timelineIds[0], ...timelineIds.slice(0, -1)] }),
    ).toBe('badValue');
    expect(refused(pairs, { kind: 'match', links: [{ itemId: 'ghost', targetId: firstTarget }] })).toBe(
      'unknownItem',
    );
    expect(refused(pairs, { kind: 'match', links: [{ itemId: firstItem, targetId: 'ghost' }] })).toBe(
      'unknownTarget',
    );
    expect(
      refused(pairs, {
        kind: 'match',
        links: [
          { itemId: firstItem, targetId: firstTarget },
          { itemId: firstItem, targetId: secondTarget },
        ],
      }),
    ).toBe('badValue');
  });

  it('refuses an order that leaves cards out: a timeline answer places every card', () => {
    expect(refused(timeline, { kind: 'timeline', order: timelineIds.slice(1) })).toBe('badValue');
    expect(refused(timeline, { kind: 'timeline', order: 'a,b' })).toBe('badValue');
  });

  it('refuses a role taken twice in pairs, but lets a bin take many items in categories', () => {
    const twoOnOne = (view: MatchPlayerView) => {
      const [a, b] = view.items.map((item) => item.id);
      const target = view.targets[0]?.id;
      return {
        kind: 'match',
        links: [
          { itemId: a, targetId: target },
          { itemId: b, targetId: target },
        ],
      };
    };
    expect(refused(pairs, twoOnOne(pairs))).toBe('badValue');
    expect(refused(categories, twoOnOne(categories))).toBe('accepted');
  });

  it.each([
    [Number.NaN, 43],
    [77, Number.NaN],
    [Number.POSITIVE_INFINITY, 43],
    [180.5, 43],
    [77, -90.01],
    ['77', '43'],
    [77],
    [77, 43, 0],
    { lon: 77, lat: 43 },
    '77,43',
  ])('refuses the coordinates %j', (lonLat) => {
    expect(refused(place, { kind: 'place', drops: [{ itemId: placeIds[0], lonLat }] })).toBe('badValue');
  });

  it('accepts the very edges of the world', () => {
    expect(refused(place, { kind: 'place', drops: [{ itemId: placeIds[0], lonLat: [-180, 90] }] })).toBe(
      'accepted',
    );
  });

  it('refuses huge lists before reading them', () => {
    const many = Array.from({ length: 100_000 }, () => ({ itemId: placeIds[0], lonLat: null }));
    expect(refused(place, { kind: 'place', drops: many })).toBe('tooLarge');
    expect(refused(timeline, { kind: 'timeline', order: Array(100_000).fill(timelineIds[0]) })).toBe(
      'tooLarge',
    );
    expect(
      refused(pairs, {
        kind: 'match',
        links: Array(100_000).fill({ itemId: firstItem, targetId: firstTarget }),
      }),
    ).toBe('tooLarge');
  });

  it('reads only what the message holds itself, never what its prototype carries', () => {
    const inherited = Object.create({ kind: 'place', drops: [] }) as object;
    expect(refused(place, inherited)).toBe('wrongKind');
    const inheritedDrops = Object.assign(Object.create({ drops: [] }) as object, { kind: 'place' });
    expect(refused(place, inheritedDrops)).toBe('badValue');
    const drop = Object.assign(Object.create({ lonLat: [77, 43] }) as object, { itemId: placeIds[0] });
    expect(refused(place, { kind: 'place', drops: [drop] })).toBe('badValue');
    const link = Object.assign(Object.create({ targetId: firstTarget }) as object, { itemId: firstItem });
    expect(refused(pairs, { kind: 'match', links: [link] })).toBe('badValue');
  });

  it('refuses prototype names as ids, and a __proto__ key changes nothing', () => {
    expect(refused(place, { kind: 'place', drops: [{ itemId: '__proto__', lonLat: null }] })).toBe(
      'unknownItem',
    );
    expect(refused(place, { kind: 'place', drops: [{ itemId: 'constructor', lonLat: null }] })).toBe(
      'unknownItem',
    );
    expect(refused(pairs, { kind: 'match', links: [{ itemId: firstItem, targetId: 'toString' }] })).toBe(
      'unknownTarget',
    );
    const polluted = JSON.parse('{"__proto__": {"kind": "place", "drops": []}}') as unknown;
    expect(refused(place, polluted)).toBe('wrongKind');
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });

  it('takes a count of checks only as a whole number a player could reach', () => {
    const links = [{ itemId: secondItem, targetId: secondTarget }];
    expect(refused(pairs, { kind: 'match', links, checks: 3 })).toBe('accepted');
    for (const checks of [0, -1, 2.5, Number.NaN, '3', 1e9])
      expect(refused(pairs, { kind: 'match', links, checks })).toBe('badValue');
  });
});
