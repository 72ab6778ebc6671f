import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { cardKey, type ReviewCard } from '../../../src/core/review/review-card';
import { createIdbReviewStore } from '../../../src/services/storage/idb-review-store';
import { DATABASE_VERSION, QantarDatabase } from '../../../src/services/storage/qantar-database';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

function card(itemId: string): ReviewCard {
  return {
    format: 1,
    key: cardKey('places', 'cities', itemId),
    levelId: 'places',
    challengeId: 'cities',
    itemId,
    dueSession: 2,
    rightInReview: 0,
  };
}

describe('the review store', () => {
  it('writes and removes cards one by one, and skips a damaged one', async () => {
    const store = createIdbReviewStore(new QantarDatabase());
    await store.apply({ put: [card('almaty'), card('astana')], remove: [] });
    await store.apply({ put: [{ ...card('aktau'), rightInReview: 1 }], remove: [card('almaty').key] });
    const raw = await openDB('qantar', DATABASE_VERSION);
    await raw.put('review', { key: 'broken', format: 1 });
    raw.close();
    const loaded = await createIdbReviewStore(new QantarDatabase()).load();
    expect(loaded.ok && loaded.value.map((c) => [c.itemId, c.rightInReview])).toEqual([
      ['aktau', 1],
      ['astana', 0],
    ]);
  });
});
