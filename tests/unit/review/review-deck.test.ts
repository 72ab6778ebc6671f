import { describe, expect, it } from 'vitest';
import type { StorageResult } from '../../../src/core/leaderboard/storage-result';
import type { KeyValueStore } from '../../../src/core/ports/key-value-store';
import {
  PLAY_SESSION_SETTING,
  parsePlaySession,
  SESSION_BREAK_MS,
  sessionAt,
} from '../../../src/core/review/play-session';
import type { ReviewCard } from '../../../src/core/review/review-card';
import { ReviewDeck } from '../../../src/core/review/review-deck';
import { reviewLevel } from '../../../src/core/review/review-level';
import type { ReviewStore } from '../../../src/core/review/review-store';
import { finishedRun, right, sampleLevel, wrong } from '../scoring/score-fixtures';

const HOUR = SESSION_BREAK_MS;

describe('play sessions', () => {
  it('go on while play goes on, and start anew after a break or a clock set back', () => {
    const first = sessionAt(null, 0);
    expect(first.number).toBe(1);
    const later = sessionAt(first, HOUR - 1);
    expect(later.number).toBe(1);
    expect(sessionAt(later, 2 * HOUR - 2).number).toBe(1);
    expect(sessionAt(later, 3 * HOUR).number).toBe(2);
    expect(sessionAt(later, 0).number).toBe(2);
  });

  it('start from one when the stored session is unreadable', () => {
    for (const stored of [null, '', '{', '{"number":0,"lastSeenAt":1}', '"x"'])
      expect(parsePlaySession(stored)).toBeNull();
  });
});

function memoryDeck() {
  let cards: ReviewCard[] = [];
  const settings = new Map<string, string>();
  const store: ReviewStore = {
    load: async (): Promise<StorageResult<readonly ReviewCard[]>> => ({ ok: true, value: cards }),
    apply: async (change) => {
      const removed = new Set([...change.remove, ...change.put.map((card) => card.key)]);
      cards = [...cards.filter((card) => !removed.has(card.key)), ...change.put];
      return { ok: true, value: undefined };
    },
  };
  const keyValues: KeyValueStore = {
    get: (key) => settings.get(key) ?? null,
    set: (key, value) => {
      settings.set(key, value);
      return true;
    },
  };
  const clock = { time: 0, now: () => clock.time };
  return { deck: new ReviewDeck(store, keyValues, clock), clock, settings, cards: () => cards };
}

describe('the review deck over several sessions', () => {
  it('brings a miss back in a later session and lets it go after two right answers in review', async () => {
    const level = sampleLevel();
    const { deck, clock, settings } = memoryDeck();
    const place = (correct: boolean) =>
      finishedRun(level, [
        { challengeId: 'cities', kind: 'place', items: [correct ? right('almaty') : wrong('almaty')] },
      ]);
    const dueNow = async () => {
      const cards = await deck.cards();
      return cards.ok ? reviewLevel(level, cards.value, deck.session()) : null;
    };

    await deck.recordRun('sample', place(false), false);
    expect(await dueNow()).toBeNull();
    expect(settings.get(PLAY_SESSION_SETTING)).toContain('"number":1');

    clock.time += 2 * HOUR;
    expect((await dueNow())?.challenges[0]?.items.map((item) => item.id)).toEqual(['almaty']);
    await deck.recordRun('sample', place(true), true);

    clock.time += 2 * HOUR;
    expect(await dueNow()).toBeNull();
    clock.time += 2 * HOUR;
    expect(await dueNow()).not.toBeNull();
    await deck.recordRun('sample', place(true), true);

    clock.time += 10 * HOUR;
    expect(await dueNow()).toBeNull();
    const cards = await deck.cards();
    expect(cards.ok && cards.value).toEqual([]);
  });

  it('passes a storage failure on instead of throwing', async () => {
    const failing: ReviewStore = {
      load: async () => ({ ok: false, problem: 'unavailable' }),
      apply: async () => ({ ok: false, problem: 'unavailable' }),
    };
    const deck = new ReviewDeck(failing, { get: () => null, set: () => false }, { now: () => 0 });
    expect(await deck.recordRun('sample', finishedRun(sampleLevel(), []), false)).toEqual({
      ok: false,
      problem: 'unavailable',
    });
  });
});
