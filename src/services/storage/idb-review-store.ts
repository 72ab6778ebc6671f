import { type ReviewCard, readReviewCard } from '../../core/review/review-card';
import type { ReviewStore } from '../../core/review/review-store';
import type { QantarDatabase } from './qantar-database';
import { withConnection } from './with-connection';

/** The review deck in IndexedDB, one object per card, written card by card. */
export function createIdbReviewStore(database: QantarDatabase): ReviewStore {
  return {
    load: () =>
      withConnection(database, 'reading the review deck', async (db) => {
        const values = await db.getAll('review');
        return values.map(readReviewCard).filter((card): card is ReviewCard => card !== null);
      }),
    apply: (change) =>
      withConnection(database, 'updating the review deck', async (db) => {
        const tx = db.transaction('review', 'readwrite');
        await Promise.all([
          ...change.put.map((card) => tx.store.put(card)),
          ...change.remove.map((key) => tx.store.delete(key)),
          tx.done,
        ]);
      }),
  };
}
